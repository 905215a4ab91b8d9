// What may go into a message: values from the input cut to a short excerpt, and no secret.
// Secrets are the credentials this run uses (registered with addSecret as they are read:
// the action also masks them in the log with core.setSecret) and anything shaped like one
// (an Authorization header, `Basic …`/`Bearer …`, GitHub tokens, JWTs, password fields).
// scrub() is applied where a server's body or a file's text is turned into words, and once
// more by every front end (CLI errors, log lines, the action's failure) as a last guard.

import {
  EXCERPT_CHARACTERS,
  MESSAGE_LINE_CHARACTERS,
  MESSAGE_LINES
} from './limits.js'

const MASK = '***'

/** A piece of input text, cut to `max` characters with how long it really was. */
export function excerpt(text: string, max = EXCERPT_CHARACTERS): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}… (${text.length} characters)`
}

/** A value from the input as a message quotes it: JSON-quoted, cut to an excerpt. */
export function quote(value: unknown, max = EXCERPT_CHARACTERS): string {
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value)
    return `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`
  }
  const text = JSON.stringify(value) ?? String(value)
  return excerpt(text, max)
}

// --- secrets ---

const secrets = new Set<string>()
let sink: (secret: string) => void = () => {}

/**
 * Registers a credential this run holds: it is masked in every message from now on and,
 * in the action, in the log (core.setSecret). Values too short to mask safely are skipped.
 */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < 4 || secrets.has(value)) return
  secrets.add(value)
  sink(value)
}

/** Where registered secrets also go (the action passes core.setSecret); those already known are handed over at once. */
export function setSecretSink(next: (secret: string) => void): void {
  sink = next
  for (const secret of secrets) next(secret)
}

// Shapes of credentials, whoever's they are.
const SHAPES: [RegExp, string | ((...groups: string[]) => string)][] = [
  // An Authorization header as a server may echo it: `Authorization: Basic abc`, `authorization=Bearer x`, `"Authorization":"…"`.
  [
    /((?:proxy-)?authorization"?\s*[:=]\s*"?)(?:(basic|bearer|token)\s+)?[^\s",;)]+/gi,
    (_, head: string, scheme?: string) =>
      `${head}${scheme ? `${scheme} ` : ''}${MASK}`
  ],
  [/\b(basic|bearer)\s+[A-Za-z0-9._~+/-]{6,}=*/gi, `$1 ${MASK}`],
  // GitHub tokens (classic and fine-grained) and JWTs (registry bearer tokens).
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, MASK],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, MASK],
  // Secret fields in JSON or YAML (a docker config.json, a token server's answer) and in query strings or forms.
  [
    /("(?:password|secret|auth|identitytoken|registrytoken|token|access_token|refresh_token)"\s*:\s*")(?:[^"\\]|\\.)*"/gi,
    `$1${MASK}"`
  ],
  [
    /(\b(?:password|passwd|secret|access_token|refresh_token|client_secret|token)=)[^&\s"']+/gi,
    `$1${MASK}`
  ],
  // user:password@ in a URL.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^/\s@]+@/gi, `$1${MASK}@`]
]

/** The text with every registered secret and anything shaped like a credential replaced by ***. */
export function scrub(text: string): string {
  let out = text
  for (const secret of secrets)
    if (out.includes(secret)) out = out.split(secret).join(MASK)
  for (const [shape, replacement] of SHAPES)
    out = out.replace(shape, replacement as string)
  return out
}

/** A message as a front end shows it: scrubbed, each line and the number of lines bounded. */
export function boundMessage(text: string): string {
  const lines = scrub(text).split('\n')
  const shown = lines
    .slice(0, MESSAGE_LINES)
    .map((line) => excerpt(line, MESSAGE_LINE_CHARACTERS))
  if (lines.length > MESSAGE_LINES)
    shown.push(`… (${lines.length - MESSAGE_LINES} more lines)`)
  return shown.join('\n')
}

// --- JSON syntax errors without the text around them ---

/**
 * Where JSON.parse failed, in words that quote none of the text (V8's own message quotes
 * the text around the error, which in a docker config.json holds passwords): `at line 3,
 * column 14`, or `it ends too early`.
 */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/Unexpected end of JSON input/i.test(message)) return 'it ends too early'
  const at = /at position (\d+)/.exec(message)
  let offset = at ? Number(at[1]) : 0
  if (!at) {
    try {
      offset = firstBadOffset(text)
    } catch {
      // nested too deep to scan: say no more than that it is not JSON
      return 'not JSON'
    }
  }
  if (offset >= text.trimEnd().length) return 'it ends too early'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  // V8's words up to "in JSON at position", or after a token it quotes the text: say only that the character was unexpected.
  const words =
    /^(.*?) in JSON at position/.exec(message)?.[1] ?? 'unexpected character'
  return `${/^Unexpected token/.test(words) ? 'unexpected character' : words} at line ${line}, column ${column}`
}

/** The offset of the first character JSON.parse rejects, by parsing ever shorter prefixes' validity (the text is small). */
function firstBadOffset(text: string): number {
  // A character that cannot continue any valid JSON prefix is where V8 stopped; find the
  // longest prefix that is still the start of valid JSON with a cheap scanner.
  let i = 0
  const stack: string[] = []
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++
  }
  const literal = () => {
    const m =
      /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
        text.slice(i, i + 400)
      )
    if (!m) return false
    i += m[0].length
    return true
  }
  const string = () => {
    if (text[i] !== '"') return false
    i++
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false
      i += text[i] === '\\' ? 2 : 1
    }
    if (i >= text.length) return false
    i++
    return true
  }
  const value = (): boolean => {
    ws()
    if (text[i] === '{' || text[i] === '[') {
      const open = text[i++]
      stack.push(open)
      ws()
      if (text[i] === (open === '{' ? '}' : ']')) {
        i++
        stack.pop()
        return true
      }
      for (;;) {
        ws()
        if (open === '{') {
          if (!string()) return false
          ws()
          if (text[i] !== ':') return false
          i++
        }
        if (!value()) return false
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === (open === '{' ? '}' : ']')) {
          i++
          stack.pop()
          return true
        }
        return false
      }
    }
    return string() || literal()
  }
  if (value()) ws()
  return Math.min(i, text.length)
}

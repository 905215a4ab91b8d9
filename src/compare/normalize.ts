// Turns a layer row's step into what the alignment weighs: the Dockerfile keyword, the
// step's terms (what it installs, writes or copies) and, for COPY/ADD, what the builder
// recorded of the content. Pure: rows in, terms out.
//
// Why each rule:
// - A reviewer knows a step by what it contains, not by its idiom: `mkdir -p /opt/x && dd …`
//   and `mkdir -p /opt/y && dd …` are two steps. So every word gets a class weight: paths,
//   file names, package names and other arguments count fully; commands (`dd`, `curl`), flags
//   (`-y`, `--no-cache`), operands of well-known tools (`if=`, `bs=`), `/dev/zero`, shell
//   operators and plain numbers (a byte count is what an edit changes) hardly count.
//   The alignment then scales each term by how rare it is in the two Dockerfiles (align.ts).
//   What `rm` (or `apt-get purge`, `apk del`) deletes is its own kind of term (`rm:/var/lib/apt/lists`): a cleanup step is not
//   the step that created the files, and a step that absorbed a cleanup says so.
// - Version-like terms (`app-1.4.0.jar`, `curl=7.88.1`) keep a stem with the versions blanked
//   (`app-#.jar`): a bump is the same term at another version, most of a match.
// - Whitespace is collapsed: builders print the same line with different spacing.
// - COPY/ADD: the classic builder writes `COPY file:<sha> in /dst` (the sha is the content),
//   BuildKit writes `COPY [--from=…] src… /dst`. The content (sha, or sources) and the
//   destination are kept apart, so a step that changed only its destination, or only its
//   content, is still itself.
// - Build args (already split off createdBy by the history parser) become terms too: a changed
//   build arg is a small edit of the same step.

/** What the alignment needs of a row: LayerRow's fields, most of them optional for hand-written tests. */
export interface StepInput {
  instruction?: string
  createdBy: string
  sizeBytes?: number
  diffId?: string
  buildArgs?: Record<string, string>
  /** The largest files the layer writes, when the file analysis ran (report.files.layerPaths). */
  paths?: { path: string; bytes: number }[]
}

/** One thing a step names, with how much it says about the step before rarity is counted. */
export interface Term {
  /** The term itself: `/srv/libs.bin`, `libssl-dev`, `cmd:dd`. */
  key: string
  /** The key with version numbers blanked, when it has any (`app-#.jar`); else undefined. */
  stem?: string
  /** Class weight, 0…1: 1 for paths, names and arguments, ~0.05 for idiom. */
  weight: number
}

export interface CopyContent {
  /** Classic builder: `file:<sha>`, `dir:<sha>`, `multi:<sha>` (the content's digest). */
  hash?: string
  /** Classic builder: file, dir or multi. */
  kind?: string
  /** BuildKit: the sources as written, with `--from=<stage>` first when there is one. */
  sources?: string[]
  destination: string
}

export interface NormalizedStep {
  /** The Dockerfile keyword (RUN, COPY, …), '' for an imported or history-less row. */
  keyword: string
  /** The comparable text: keyword and normalized body (COPY/ADD: keyword, kind or sources, destination). */
  text: string
  /** Distinct terms, each once (the largest class weight wins). */
  terms: Term[]
  /** COPY/ADD only. */
  copy?: CopyContent
}

// Words (keeping `apt-get`, `build-deps` whole), digit runs, and single punctuation marks.
const TOKEN = /[A-Za-z_][A-Za-z0-9_-]*|\d+|[^\sA-Za-z0-9_]/g

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

const IDIOM = 0.05
const NUMBER = 0.1
const HOST = 0.3

// Words that appear in install and file idioms whatever the step installs. Command names are
// not here: in command position they are idiom anyway (`cmd:curl`), and as arguments they are
// package names (`apk add curl git`).
const STOP_WORDS = new Set(
  `if of bs count conv status install add update upgrade remove purge del clean autoremove get ci i run build
  exec true false then else fi do done for in while -c set x y yes no all
  dev zero urandom random null tmp var lib cache lists archives usr local bin sbin etc opt srv app root home share`.split(
    /\s+/
  )
)
const STOP_PATHS = new Set([
  '/',
  '/dev/zero',
  '/dev/urandom',
  '/dev/random',
  '/dev/null',
  '/tmp',
  '/usr/local',
  '/usr',
  '/var',
  '/opt',
  '/srv',
  '/etc',
  '/root',
  '/home',
  '/usr/local/bin',
  '/usr/bin',
  '/bin',
  '/usr/lib',
  '/var/lib',
  '/var/cache',
  '.',
  './',
  '..'
])
const DELETING = new Set(['rm', 'rmdir', 'unlink'])
const UNINSTALL = new Set(['purge', 'remove', 'del', 'uninstall', 'autoremove'])
const SHELL_OPERATOR = /^(?:&&|\|\||[|;&()<>]|>>|2>&1|[0-9]?>|\\)$/
const COMMAND_PREFIX = new Set([
  'sudo',
  'env',
  'exec',
  'xargs',
  'time',
  'nice',
  'then',
  'else',
  'do',
  '!'
])
const VERSION = /\d+(?:\.\d+)+(?:[-+~]?[A-Za-z]*\d*)?|\bv\d+\b/g

function stemOf(key: string): string | undefined {
  const stem = key.replace(VERSION, '#')
  return stem === key ? undefined : stem
}

function keywordOf(step: StepInput): string {
  if (step.instruction !== undefined) return step.instruction.toUpperCase()
  return /^([A-Z]+)\b/.exec(step.createdBy.trim())?.[1] ?? ''
}

function trimSlash(dst: string): string {
  return dst.length > 1 ? dst.replace(/\/+$/, '') : dst
}

/** COPY/ADD body in either builder's spelling, split into content and destination. */
export function copyContent(body: string): CopyContent {
  let rest = body.trim()
  // Classic: `file:<sha> in /dst`, `dir:<sha> in /dst`, `multi:<sha> in /dst`.
  const classic = /^(file|dir|multi):([0-9a-f]+) in (.+)$/.exec(rest)
  if (classic)
    return {
      hash: `${classic[1]}:${classic[2]}`,
      kind: classic[1],
      destination: trimSlash(classic[3].trim())
    }
  // BuildKit: flags first (`--from=build`, `--chown=1:1`, `--link`), then sources, then the destination.
  const flags = /^(?:--[a-z-]+(?:=\S+)?\s+)+/.exec(rest)?.[0] ?? ''
  rest = rest.slice(flags.length)
  const from = /--from=(\S+)/.exec(flags)?.[1]
  let words: string[] | undefined
  if (rest.startsWith('[')) {
    try {
      const parts = JSON.parse(rest) as unknown
      if (
        Array.isArray(parts) &&
        parts.length > 0 &&
        parts.every((part) => typeof part === 'string')
      )
        words = parts as string[]
    } catch {
      // not JSON after all: split on spaces
    }
  }
  words ??= rest.split(' ').filter(Boolean)
  const destination = trimSlash(words[words.length - 1] ?? '')
  const sources = words.slice(0, -1).map(trimSlash)
  return {
    ...(sources.length > 0 || from
      ? { sources: [...(from ? [`--from=${from}`] : []), ...sources] }
      : {}),
    destination
  }
}

/** The destination of a COPY/ADD, in either builder's spelling. */
export function copyDestination(body: string): string {
  return copyContent(body).destination
}

/** Terms of a path or file name: the whole of it, and its last part when that names a file. */
function pathTerms(
  word: string,
  weight: number,
  out: Term[],
  baseWeight = weight * 0.5
): void {
  const path = trimSlash(word.replace(/\/\*$/, '').replace(/^\.\//, ''))
  if (path === '' || STOP_PATHS.has(path) || STOP_PATHS.has(word)) {
    out.push({ key: path || word, weight: IDIOM })
    return
  }
  out.push({ key: path, stem: stemOf(path), weight })
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (base !== path && base.length > 1 && !STOP_WORDS.has(base))
    out.push({ key: base, stem: stemOf(base), weight: baseWeight })
}

function argumentTerms(word: string, out: Term[]): void {
  if (word === '') return
  if (
    /^\d+[kKmMgGbB]?$/.test(word) ||
    (/^[0-9a-f]{7,}$/.test(word) === false && /^[\d.:,%+-]+$/.test(word))
  ) {
    out.push({ key: word, weight: NUMBER })
    return
  }
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/]+)(\/.*)?$/i.exec(word)
  if (url) {
    out.push({ key: `host:${url[1]}`, weight: HOST })
    const rest = (url[2] ?? '').replace(/[?#].*$/, '')
    const file = rest.slice(rest.lastIndexOf('/') + 1)
    if (file) out.push({ key: file, stem: stemOf(file), weight: 1 })
    return
  }
  // `curl=7.88.1` (a pin), `of=/x` (an operand), `PATH=…`: the name and the value apart.
  const assignment = /^([A-Za-z_][\w.-]*)=(.*)$/.exec(word)
  if (assignment) {
    const [, name, value] = assignment
    if (/^\d+(?:\.\d+)+[\w.+~-]*$/.test(value)) {
      // A version pin names a package, whatever the package is called.
      out.push({ key: `${name}=`, weight: 0.8 })
      out.push({ key: `${name}=${value}`, stem: `${name}=#`, weight: 0.5 })
      return
    }
    out.push({
      key: `${name}=`,
      weight: STOP_WORDS.has(name.toLowerCase()) ? IDIOM : 0.5
    })
    argumentTerms(value, out)
    return
  }
  if (word.includes('/')) {
    pathTerms(word, 1, out)
    return
  }
  if (STOP_WORDS.has(word.toLowerCase()) || !/[A-Za-z]/.test(word)) {
    out.push({ key: word, weight: IDIOM })
    return
  }
  out.push({
    key: word,
    stem: stemOf(word),
    weight: word.includes('.') ? 1 : 0.8
  })
}

/** Terms of a shell command line: each command word as idiom, each argument by its class. */
function shellTerms(body: string, out: Term[]): void {
  const words = body
    .replace(/(&&|\|\||[;|()])/g, ' $1 ')
    .split(/\s+/)
    .map((word) => word.replace(/^["'`]+|["'`,]+$/g, ''))
    .filter(Boolean)
  let commandNext = true
  let deleting = false
  for (const word of words) {
    if (
      SHELL_OPERATOR.test(word) ||
      (/^[0-9]?>>?\S*$/.test(word) && word.length <= 3)
    ) {
      out.push({ key: word, weight: IDIOM })
      commandNext = !/^[0-9]?>/.test(word)
      continue
    }
    // A redirect target (`>/opt/x`) is a path the step writes.
    const redirect = /^[0-9]?>>?(.+)$/.exec(word)
    if (redirect) {
      argumentTerms(redirect[1], out)
      continue
    }
    if (commandNext) {
      if (COMMAND_PREFIX.has(word)) continue
      // `VAR=x cmd`: an assignment before the command is an argument; the command is still to come.
      if (/^[A-Za-z_]\w*=/.test(word)) {
        argumentTerms(word, out)
        continue
      }
      commandNext = false
      deleting = DELETING.has(word)
      if (word.includes('/')) pathTerms(word, 1, out)
      else out.push({ key: `cmd:${word}`, weight: IDIOM })
      continue
    }
    if (word.startsWith('-')) {
      const flag = /^(--?[A-Za-z][\w-]*)=(.+)$/.exec(word)
      out.push({ key: flag ? flag[1] : word, weight: IDIOM })
      if (flag) argumentTerms(flag[2], out)
      continue
    }
    if (!deleting && UNINSTALL.has(word)) {
      // `apt-get purge …`, `apk del …`, `pip uninstall …`: what follows is removed.
      deleting = true
      out.push({ key: word, weight: IDIOM })
      continue
    }
    if (deleting) {
      // What a step deletes is another fact than what it creates: `rm -rf /opt/x` is not `mkdir /opt/x`.
      const deleted: Term[] = []
      argumentTerms(word, deleted)
      for (const term of deleted)
        out.push({
          key: `rm:${term.key}`,
          ...(term.stem !== undefined ? { stem: `rm:${term.stem}` } : {}),
          weight: term.weight
        })
      continue
    }
    argumentTerms(word, out)
  }
}

/** One entry per key, the largest weight kept (a path named twice is one fact). */
function distinct(terms: Term[]): Term[] {
  const byKey = new Map<string, Term>()
  for (const term of terms) {
    const seen = byKey.get(term.key)
    if (!seen || seen.weight < term.weight) byKey.set(term.key, term)
  }
  return [...byKey.values()]
}

export function normalizeStep(step: StepInput): NormalizedStep {
  const keyword = keywordOf(step)
  let body = step.createdBy.replace(/\s+/g, ' ').trim()
  if (keyword && body.toUpperCase().startsWith(keyword + ' '))
    body = body.slice(keyword.length + 1)
  else if (keyword && body.toUpperCase() === keyword) body = ''
  const terms: Term[] = []
  let copy: CopyContent | undefined
  if (keyword === 'COPY' || keyword === 'ADD') {
    copy = copyContent(body)
    // `.`, `./`, `/`: relative to a WORKDIR, said by many steps; a named destination says much.
    // The name a file lands under says as much as where: `server` in /usr/local/bin or /usr/bin.
    if (copy.destination) pathTerms(copy.destination, 1, terms, 1)
    if (copy.kind) terms.push({ key: `kind:${copy.kind}`, weight: 0.6 })
    for (const source of copy.sources ?? []) {
      if (source.startsWith('--from=')) terms.push({ key: source, weight: 0.6 })
      else if (source === '.' || source === './')
        terms.push({ key: 'src:.', weight: 0.6 })
      else pathTerms(source, 1, terms)
    }
    // Two COPYs to `.` are one step only if they copy alike things: the kind (classic) or the sources (BuildKit) are part of the text.
    body = [copy.kind ?? '', ...(copy.sources ?? []), copy.destination]
      .filter(Boolean)
      .join(' ')
  } else if (keyword === 'RUN' || keyword === '') {
    shellTerms(body, terms)
  } else {
    argumentTerms(body, terms)
  }
  const args = Object.entries(step.buildArgs ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
  for (const arg of args) argumentTerms(arg, terms)
  const text = [keyword, body, ...args].filter(Boolean).join(' ')
  return { keyword, text, terms: distinct(terms), ...(copy ? { copy } : {}) }
}

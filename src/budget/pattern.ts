// A budget rule's `/regex/flags`, run with a linear-time engine. The text a rule is matched
// against is an image's instruction (createdBy): untrusted, and as long as an image config
// allows (JSON_DOCUMENT_LIMIT). JavaScript's backtracking engine can take exponential time
// on a nested quantifier (`(a+)+$`) and polynomial time on mere neighbours (`\s+\s+$` took
// minutes on 30 000 spaces), and no small checker catches the second kind; RE2 (re2js, RE2
// ported to plain JavaScript, no native build) matches in time linear in the text for every
// pattern. So patterns are written in JavaScript syntax, checked by JavaScript (its error
// messages are the familiar ones), and run by RE2. What RE2 cannot run in linear time
// (backreferences, lookahead and lookbehind) is refused when the budget file is loaded.

import { RE2JS } from 're2js'
import { RULE_PATTERN_LIMIT } from '../limits.js'

export type CompiledPattern =
  { test: (text: string) => boolean } | { problem: string }

/** The first feature of a JavaScript pattern that RE2 does not run, or undefined. */
export function unsupportedFeature(source: string): string | undefined {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const next = source[i + 1]
      if (!inClass && next !== undefined && /[1-9]/.test(next))
        return `a backreference (\\${next})`
      if (!inClass && next === 'k' && source[i + 2] === '<')
        return 'a named backreference (\\k<…>)'
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      // `[]…]` is not a class ending at once in JavaScript: `[]` is an empty class, so nothing to skip.
      continue
    }
    if (c === '(' && source[i + 1] === '?') {
      const kind = source.slice(i + 2, i + 4)
      if (kind.startsWith('=') || kind.startsWith('!'))
        return `a lookahead (?${kind[0]}…)`
      if (kind === '<=' || kind === '<!') return `a lookbehind (?${kind}…)`
    }
  }
  return undefined
}

/** Compiles `/source/flags` for budget rules: a linear-time test, or the problem to report. */
export function compilePattern(source: string, flags: string): CompiledPattern {
  if (source.length > RULE_PATTERN_LIMIT)
    return {
      problem: `is ${source.length} characters long; a rule's pattern may have at most ${RULE_PATTERN_LIMIT}`
    }
  try {
    new RegExp(source, flags)
  } catch (error) {
    // V8 repeats the whole pattern in its message: keep only what is wrong.
    return {
      problem: `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`
    }
  }
  const feature = unsupportedFeature(source)
  const linear =
    'budget rules run on RE2, a linear-time engine, so that no pattern can hang on a long instruction'
  if (feature)
    return {
      problem: `uses ${feature}, which RE2 does not support (${linear}); rewrite the pattern without it`
    }
  let flagBits = 0
  if (flags.includes('i')) flagBits |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('m')) flagBits |= RE2JS.MULTILINE
  if (flags.includes('s')) flagBits |= RE2JS.DOTALL
  let translated = RE2JS.translateRegExp(source)
  // Sticky (`y`), with every test starting at 0 as before: a match at the start of the text.
  if (flags.includes('y')) translated = `\\A(?:${translated})`
  let re: RE2JS
  try {
    re = RE2JS.compile(translated, flagBits)
  } catch (error) {
    const said = (error as Error).message.replace(/^error parsing regexp: /, '')
    return {
      problem: `cannot be run: ${said.length > 120 ? `${said.slice(0, 120)}…` : said} (${linear})`
    }
  }
  return { test: (text) => re.test(text) }
}

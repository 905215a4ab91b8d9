// Makes untrusted text safe in GitHub markdown. Every piece of text that comes from an
// image or a report file (instructions are written by whoever wrote the Dockerfile, often
// a PR author) goes through escapeMarkdown (or fencedCode, for whole text in a code block)
// before a markdown renderer (comment.ts, audit.ts) shows it.

/**
 * Characters that must never reach a comment from untrusted text: C0/C1 controls other
 * than tab and line endings (a lone CR ends a markdown line and would break a table row),
 * and the bidirectional overrides/isolates that make text read differently from what it
 * is ("Trojan Source").
 */
const UNSAFE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Removes control and bidi-override characters; keeps tab and line endings. */
export function stripControls(text: string): string {
  return text.replace(UNSAFE_CONTROLS, '')
}

/** U+2060 WORD JOINER: invisible, and it breaks the patterns GitHub links (`@user`, `#1`, `http://`, `www.`). */
const WJ = '\u2060'

/**
 * Makes untrusted text inert in GitHub markdown, for table cells and prose, on one line:
 * line endings become spaces (a table row or a list item cannot be broken out of), HTML
 * is entity-encoded (no tag renders, `<img onerror>` included), markdown punctuation is
 * backslash-escaped (no links, images, emphasis, code, math or table breaks), and a word
 * joiner after `@`, `#`, `GH-`, `://` and `www` stops mentions, issue references and
 * autolinks, so nothing notifies anyone or links anywhere.
 */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()|!~$])/g, '\\$1')
    .replace(/^([-+=]|\d+(?=[.)]))/, (lead) =>
      /^\d/.test(lead) ? `${lead}\\` : `\\${lead}`
    )
    .replace(/@/g, `@${WJ}`)
    .replace(/#/g, `#${WJ}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
    .replace(/:\/\//g, `:${WJ}//`)
    .replace(/\b(www)\./gi, `$1${WJ}.`)
}

/**
 * A fenced code block holding `text` verbatim. GitHub renders nothing inside a code
 * block: no HTML, no links, and its pipeline skips text under <pre>/<code> when it looks
 * for @mentions and #references (html-pipeline's IGNORE_PARENTS). The one way out of a
 * fence is a closing fence, so the fence is longer than any backtick run in the text.
 */
export function fencedCode(text: string, info = ''): string {
  const body = stripControls(text).replace(/\r\n|\r|\u2028|\u2029/g, '\n')
  const longestRun = (body.match(/`+/g) ?? []).reduce(
    (longest, run) => Math.max(longest, run.length),
    0
  )
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${info}\n${body}\n${fence}`
}

/**
 * A sentence of describe.ts for markdown (on one line, cut): escaped like any text, except that its
 * backticked fixes (`&& apt-get clean`) show as code. describe.ts takes the backticks out
 * of the text it quotes, so every backtick pair is one of its own.
 */
export function markdownSentence(line: string): string {
  const pieces = line.split(/`([^`]+)`/)
  return pieces
    .map((piece, i) =>
      // Inside an HTML <code> tag markdown still applies: the code is escaped like any text.
      i % 2 === 1
        ? `<code>${escapeMarkdown(piece)}</code>`
        : escapeMarkdown(piece)
    )
    .join('')
}

// Text from an image or a report file (instructions, names, refs, notes), made fit for one
// line of plain output: `oneLine` takes out control characters and line breaks (a log line
// that starts with `::` would be a workflow command), `cut` shortens to a width. The one
// place text is cut: markdown escapes the result (report/markdown.ts).

import { stripControls } from './markdown.js'

/** Cuts to `width` characters (code points, so no surrogate pair is split), ending in `…` when cut. */
export function cut(text: string, width: number): string {
  const chars = Array.from(text)
  if (chars.length <= width) return text
  if (width <= 1) return chars.slice(0, Math.max(0, width)).join('')
  return `${chars.slice(0, width - 1).join('')}…`
}

/** Untrusted text on one line: no control characters, line breaks become one space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ')
}

/** Untrusted text on one line, cut to `width`. */
export function cutLine(text: string, width: number): string {
  return cut(oneLine(text), width)
}

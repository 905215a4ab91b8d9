// Text from an image or a report file (instructions, names, refs, notes, paths), made fit
// for one line of plain output: `oneLine` takes out control characters and line breaks (a
// log line that starts with `::` would be a workflow command), `cut` shortens to a width.
// The one place text is cut: markdown escapes the result (report/markdown.ts).
//
// Text is cut in the middle, keeping its start and its end: the end of an instruction is
// where a COPY says its destination (`COPY dir:f91da2… in /app`) and the end of a path is
// the file's name, and two long rows that start alike usually differ there. `cutApart`
// goes further for rows of one table that still read the same once cut.

import { stripControls } from './markdown.js'

/**
 * Cuts to `width` characters (code points, so no surrogate pair is split), keeping the start
 * and the end with `…` between them. The end keeps the last word (after the last space or
 * `/`) when it takes at most half the width.
 */
export function cut(text: string, width: number): string {
  const chars = Array.from(text)
  if (chars.length <= width) return text
  if (width <= 1) return chars.slice(0, Math.max(0, width)).join('')
  const room = width - 1
  let tail = Math.floor(room * 0.4)
  const lastBreak = Math.max(text.lastIndexOf(' '), text.lastIndexOf('/'))
  if (lastBreak >= 0) {
    const lastWord = Array.from(text.slice(lastBreak)).length
    if (lastWord <= Math.floor(room / 2)) tail = Math.max(tail, lastWord)
  }
  return `${chars.slice(0, room - tail).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`
}

/** Cuts at the end, for a block that says how much more there is (the full text of an instruction). */
export function cutEnd(text: string, width: number): string {
  const chars = Array.from(text)
  if (chars.length <= width) return text
  return chars.slice(0, Math.max(0, width)).join('')
}

/** Untrusted text on one line: no control characters, line breaks become one space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ')
}

/** Untrusted text on one line, cut to `width`. */
export function cutLine(text: string, width: number): string {
  return cut(oneLine(text), width)
}

/**
 * Each text on one line cut to `width`, so that rows of one table that differ still read
 * differently: where two cut texts come out the same, each shows its start, then the part
 * around where it first differs from the others.
 */
export function cutApart(texts: string[], width: number): string[] {
  const lines = texts.map(oneLine)
  const out = lines.map((line) => cut(line, width))
  const groups = new Map<string, number[]>()
  out.forEach((shown, i) => {
    groups.set(shown, [...(groups.get(shown) ?? []), i])
  })
  for (const members of groups.values()) {
    const distinct = new Set(members.map((i) => lines[i]))
    if (distinct.size < 2) continue
    for (const i of members) {
      const chars = Array.from(lines[i])
      let differs = 0
      for (const j of members) {
        if (lines[j] === lines[i]) continue
        const other = Array.from(lines[j])
        let k = 0
        while (k < chars.length && chars[k] === other[k]) k++
        differs = Math.max(differs, k)
      }
      out[i] = around(chars, differs, width)
    }
  }
  return out
}

/** `start…<the part from a little before position at>…end` within `width` characters. */
function around(chars: string[], at: number, width: number): string {
  if (chars.length <= width) return chars.join('')
  const head = Math.min(Math.floor(width / 5), 16)
  const tail = Math.floor(width * 0.3)
  const room = width - head - tail - 2
  const from = Math.max(head, at - Math.floor(room / 3))
  if (room < 4 || from + room >= chars.length - tail)
    return `${chars.slice(0, head).join('')}…${chars.slice(Math.max(head, chars.length - (width - head - 1))).join('')}`
  return `${chars.slice(0, head).join('')}…${chars.slice(from, from + room).join('')}…${chars.slice(chars.length - tail).join('')}`
}

// The package patterns of a budget's `package:` rules (`gcc*`, `python3*`, `npm:left-pad`,
// `libc6:i386`): a glob over package names, `*` any run of characters and `?` one, case
// insensitive, every other character itself. A leading `dpkg:`, `apk:`, `npm:` or
// `python:` names the package manager; any other colon is dpkg's `name:arch` (the pattern
// then matches `name:arch`, else the name alone, of every architecture). Here, not in
// src/budget: the file analysis totals each pattern over all of an image's packages.

import type { PackageManagerName } from '../model/report.js'

export interface PackagePattern {
  /** The pattern as written. */
  text: string
  manager?: PackageManagerName
  /** The glob, lower case. */
  glob: string
  /** True when the glob holds a colon: it is matched against `name:arch`. */
  withArch: boolean
}

const MANAGERS: readonly PackageManagerName[] = ['dpkg', 'apk', 'npm', 'python']

/** A pattern from the budget file, or what is wrong with it. */
export function parsePackagePattern(
  text: string
): PackagePattern | { problem: string } {
  const colon = text.indexOf(':')
  const prefix = colon > 0 ? text.slice(0, colon).toLowerCase() : ''
  const manager = MANAGERS.find((candidate) => candidate === prefix)
  const glob = (manager ? text.slice(colon + 1) : text).trim().toLowerCase()
  if (glob === '')
    return {
      problem: manager
        ? `names the package manager ${manager} but no package; write e.g. ${manager}:name*`
        : 'is empty; write a package name or a glob such as gcc*'
    }
  return {
    text,
    ...(manager ? { manager } : {}),
    glob,
    withArch: glob.includes(':')
  }
}

/**
 * Whether `text` matches `glob` (`*` any run, `?` one character): the classic walk that
 * backtracks only to the last `*`, so time is at most |glob| × |text| for any pattern.
 */
export function globMatches(glob: string, text: string): boolean {
  let g = 0
  let t = 0
  let star = -1
  let resume = 0
  while (t < text.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === text[t])) {
      g++
      t++
    } else if (g < glob.length && glob[g] === '*') {
      star = g++
      resume = t
    } else if (star >= 0) {
      g = star + 1
      t = ++resume
    } else return false
  }
  while (g < glob.length && glob[g] === '*') g++
  return g === glob.length
}

/** Whether a package is one the pattern names. */
export function packageMatches(
  pattern: PackagePattern,
  item: { name: string; manager: PackageManagerName; arch?: string }
): boolean {
  if (pattern.manager && pattern.manager !== item.manager) return false
  const name = item.name.toLowerCase()
  const text =
    pattern.withArch && item.arch ? `${name}:${item.arch.toLowerCase()}` : name
  return globMatches(pattern.glob, text)
}

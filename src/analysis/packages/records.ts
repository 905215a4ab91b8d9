// The records every package-database parser yields, the bounds they read within, and the
// small text helpers they share. The parsers (dpkg.ts, apk.ts, npm.ts, python.ts) are pure:
// bytes or a string in, records and problems out. Input comes from an image's layers, so it
// may be anything: a parser never throws on it, reads at most the bytes and records below,
// and reports what it skipped as a problem (a sentence naming the file).
//
// RPM is not read: its database is `var/lib/rpm/rpmdb.sqlite` (or Berkeley DB `Packages` on
// older releases), whose header blobs are a binary format of their own; an RPM image's
// bytes all count as unpackaged for now.

import { quote } from '../../messages.js'

/** Which database a package comes from. */
export type PackageManager = 'dpkg' | 'apk' | 'npm' | 'python'

/** Alternatives of one dependency (`a | b` in dpkg), names only: versions and arch qualifiers dropped. */
export type DependencyGroup = string[]

export interface PackageRecord {
  manager: PackageManager
  /**
   * What identifies the package across layers: `dpkg:<name>:<arch>`, `apk:<name>`,
   * `npm:<folder>` (one copy per node_modules folder), `python:<site dir>:<normalized name>`.
   */
  key: string
  name: string
  version: string
  arch?: string
  /** The database's own size estimate, in bytes (dpkg `Installed-Size` KiB × 1024, apk `I:`). Not what is attributed. */
  installedSizeBytes?: number
  /** dpkg's state word (`installed`, `config-files`, `half-installed`, …). */
  state?: string
  /** Paths the database lists for it (layer paths: no leading slash), directories included. */
  paths: readonly string[]
  /**
   * Its file list already resolved to an image's path ids, in place of `paths` (which is then
   * empty): what readPackageDatabases gives for a dpkg list when the caller resolves lists
   * (packages/attribution.ts), so that no string per listed path outlives the list's parse.
   */
  resolvedPaths?: ResolvedPaths
  /** Folders it owns whole (an npm package's folder, a Python top-level module without a file list). */
  folders: readonly string[]
  depends: DependencyGroup[]
  preDepends: DependencyGroup[]
  recommends: DependencyGroup[]
  suggests: DependencyGroup[]
  provides: string[]
  /** Installed only as a dependency: apt's `Auto-Installed: 1`, an apk package not in the world file. Unknown: absent. */
  auto?: boolean
  /** An npm dev dependency (npm's hidden lockfile `node_modules/.package-lock.json` says so). */
  dev?: boolean
  /** The database file that declared it. */
  source: string
}

/** A file list as path ids (see PackageRecord.resolvedPaths). */
export interface ResolvedPaths {
  /** The ids of the paths it owns (what the resolver made of the list). */
  ids: Int32Array
  /** How many paths the list names, owned or not. */
  listed: number
}

/** How many paths a record's database lists for it. */
export const listedPathCount = (record: PackageRecord): number =>
  record.resolvedPaths?.listed ?? record.paths.length

export interface Parsed<T> {
  value: T
  problems: string[]
}

import {
  PACKAGE_DATABASE_FILE_LIMIT,
  PACKAGE_PROBLEMS_LIMIT
} from '../../limits.js'

export {
  PACKAGE_DATABASE_FILE_LIMIT,
  PACKAGE_DATABASES_TOTAL_LIMIT,
  PACKAGE_FIELD_CHARACTERS,
  PACKAGE_PROBLEMS_LIMIT,
  PACKAGE_RECORDS_LIMIT
} from '../../limits.js'

const decoder = new TextDecoder('utf-8', { fatal: false })

/** Text of a database file, or a problem when it is too big to read. */
export function decodeDatabase(
  bytes: Uint8Array | string,
  what: string,
  problems: Problems
): string | undefined {
  const length = typeof bytes === 'string' ? bytes.length : bytes.byteLength
  if (length > PACKAGE_DATABASE_FILE_LIMIT) {
    problems.add(
      `${what}: ${length} bytes, more than the ${PACKAGE_DATABASE_FILE_LIMIT} read; skipped`
    )
    return undefined
  }
  return typeof bytes === 'string' ? bytes : decoder.decode(bytes)
}

/**
 * One database file parsed: its text (within the size limit) handed to `read`, or `empty`
 * with the problem when it is too big to read.
 */
export function parseDatabase<T>(
  bytes: Uint8Array | string,
  what: string,
  empty: T,
  read: (text: string, problems: Problems) => T
): Parsed<T> {
  const problems = new Problems()
  const text = decodeDatabase(bytes, what, problems)
  const value = text === undefined ? empty : read(text, problems)
  return { value, problems: problems.done() }
}

/**
 * A database file that lists one item a line: `read` gives a line's item, or '' or undefined
 * when the line holds none (adding a problem when it should have held one).
 */
export function parseDatabaseLines(
  bytes: Uint8Array | string,
  what: string,
  read: (line: string, problems: Problems) => string | undefined
): Parsed<string[]> {
  return parseDatabase(bytes, what, [], (text, problems) => {
    const items: string[] = []
    for (const line of text.split('\n')) {
      const item = read(line, problems)
      if (item) items.push(item)
    }
    return items
  })
}

/** A bounded list of problems: the first few as sentences, the rest counted. */
export class Problems {
  readonly list: string[] = []
  private dropped = 0
  add(problem: string): void {
    if (this.list.length < PACKAGE_PROBLEMS_LIMIT) this.list.push(problem)
    else this.dropped++
  }
  /** Another bounded list's problems, its count of the rest included. */
  addAll(problems: string[]): void {
    for (const problem of problems) {
      const more = /^and (\d+) more problems$/.exec(problem)
      if (more) this.dropped += Number(more[1])
      else this.add(problem)
    }
  }
  done(): string[] {
    return this.dropped > 0
      ? [...this.list, `and ${this.dropped} more problems`]
      : this.list
  }
}

/** A value quoted in a problem: JSON-quoted, cut short (src/messages.ts). */
export const excerpt = (value: string): string => quote(value, 60)

// Paths that need more than dropping one leading slash: `//`, a `.` or `..` component, a
// trailing slash, a backslash, surrounding space, '' or '/' alone.
const NEEDS_CLEAN = /\/\/|(^|\/)\.\.?(\/|$)|\/$|\\|^\s|\s$|^$/

/** A path from a database as a layer path: no leading `/` or `./`, no trailing `/`; '' when it names the root or leaves it. */
export function databasePath(path: string): string {
  // Almost every path is already clean (`/usr/bin/x`): skip the general algorithm for them.
  if (!NEEDS_CLEAN.test(path))
    return path.charCodeAt(0) === 0x2f ? path.slice(1) : path
  let p = path.trim()
  if (p.includes('\\') && !p.includes('/')) p = p.replace(/\\/g, '/')
  const parts: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return ''
      parts.pop()
      continue
    }
    parts.push(part)
  }
  return parts.join('/')
}

/** An empty record of `manager` with the given identity; parsers fill in the rest. */
export function emptyRecord(
  manager: PackageManager,
  key: string,
  name: string,
  version: string,
  source: string
): PackageRecord {
  return {
    manager,
    key,
    name,
    version,
    paths: [],
    folders: [],
    depends: [],
    preDepends: [],
    recommends: [],
    suggests: [],
    provides: [],
    source
  }
}

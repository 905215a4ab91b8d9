// Debian and Ubuntu's package database, as dpkg and apt leave it in an image:
// `var/lib/dpkg/status` (one deb822 stanza per package), `var/lib/dpkg/info/<pkg>[:arch].list`
// (the paths each package installed, one a line, directories included),
// `var/lib/apt/extended_states` (apt's Auto-Installed marks), and distroless images'
// `var/lib/dpkg/status.d/<pkg>` stanzas with `<pkg>.md5sums` file lists (md5, two spaces, path).
// Formats: deb-control(5), dpkg(1) "INFORMATION ABOUT PACKAGES", apt's extended_states.

import {
  databasePath,
  emptyRecord,
  excerpt,
  PACKAGE_FIELD_CHARACTERS,
  PACKAGE_RECORDS_LIMIT,
  parseDatabase,
  parseDatabaseLines,
  type Problems,
  type DependencyGroup,
  type PackageRecord,
  type Parsed
} from './records.js'

import {
  APT_EXTENDED_STATES,
  DPKG_INFO,
  DPKG_STATUS
} from '../../model/package-paths.js'

export {
  APT_EXTENDED_STATES,
  DPKG_INFO,
  DPKG_STATUS,
  DPKG_STATUS_D
} from '../../model/package-paths.js'

/** One deb822 stanza: field names lowercased, continuation lines joined with '\n'. */
export type Stanza = Map<string, string>

/**
 * The stanzas of a deb822 file (blank lines separate them; a line starting with space or tab
 * continues a field). With `fields`, only those are kept: a status file is mostly
 * descriptions and conffiles, which no reader here needs (and joining their lines was most of
 * the parse's cost).
 */
export function parseStanzas(
  text: string,
  what: string,
  problems: Problems,
  fields?: ReadonlySet<string>
): Stanza[] {
  const stanzas: Stanza[] = []
  let current: Stanza | undefined
  let field: string | undefined
  let dropped = 0
  let start = 0
  let lineNumber = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let line = text.slice(start, end)
    start = end + 1
    lineNumber++
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.trim() === '') {
      current = undefined
      field = undefined
      if (end === text.length) break
      continue
    }
    if (line.startsWith('#')) continue
    if (line[0] === ' ' || line[0] === '\t') {
      if (current && field !== undefined) {
        if (fields && !fields.has(field)) continue
        const value = current.get(field) ?? ''
        if (value.length < PACKAGE_FIELD_CHARACTERS)
          current.set(
            field,
            (value + '\n' + line.slice(1)).slice(0, PACKAGE_FIELD_CHARACTERS)
          )
      } else
        problems.add(
          `${what} line ${lineNumber}: a continuation line with no field`
        )
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) {
      problems.add(`${what} line ${lineNumber}: not a field: ${excerpt(line)}`)
      continue
    }
    if (!current) {
      if (stanzas.length >= PACKAGE_RECORDS_LIMIT) {
        dropped++
        field = undefined
        // Skip to the next blank line: the stanza is not kept.
        const blank = text.indexOf('\n\n', start - 1)
        if (blank < 0) break
        start = blank + 2
        continue
      }
      current = new Map()
      stanzas.push(current)
    }
    field = line.slice(0, colon).trim().toLowerCase()
    if (fields && !fields.has(field)) continue
    current.set(
      field,
      line
        .slice(colon + 1)
        .trim()
        .slice(0, PACKAGE_FIELD_CHARACTERS)
    )
  }
  if (dropped > 0)
    problems.add(
      `${what}: more than ${PACKAGE_RECORDS_LIMIT} stanzas; ${dropped} more not read`
    )
  return stanzas
}

/** A dependency field (`a (>= 1) | b:any, c [amd64]`) as groups of alternative names. */
export function parseDependencies(
  value: string | undefined
): DependencyGroup[] {
  if (!value) return []
  const groups: DependencyGroup[] = []
  for (const group of value.split(',')) {
    const names: string[] = []
    for (const alternative of group.split('|')) {
      const name = /^\s*([^\s([<:]+)/.exec(alternative)?.[1]
      if (name) names.push(name)
    }
    if (names.length > 0) groups.push(names)
  }
  return groups
}

const NAME = /^[a-z0-9][a-z0-9+.-]*$/i

/** The status fields parseDpkgStatus reads. */
const STATUS_FIELDS: ReadonlySet<string> = new Set([
  'package',
  'status',
  'architecture',
  'version',
  'installed-size',
  'depends',
  'pre-depends',
  'recommends',
  'suggests',
  'provides'
])
/** The extended_states fields parseAptExtendedStates reads. */
const EXTENDED_STATES_FIELDS: ReadonlySet<string> = new Set([
  'package',
  'architecture',
  'auto-installed'
])

/** Packages from a status file (or one status.d stanza file). Packages that are `not-installed` are left out. */
export function parseDpkgStatus(
  bytes: Uint8Array | string,
  source = DPKG_STATUS
): Parsed<PackageRecord[]> {
  return parseDatabase(bytes, source, [], (text, problems) => {
    const records: PackageRecord[] = []
    const seen = new Set<string>()
    for (const stanza of parseStanzas(text, source, problems, STATUS_FIELDS)) {
      const name = stanza.get('package') ?? ''
      if (!NAME.test(name)) {
        problems.add(
          `${source}: a stanza with no valid Package field: ${excerpt(name)}`
        )
        continue
      }
      // Status: want flag state (`install ok installed`); status.d stanzas have none: installed.
      const status = stanza.get('status')?.split(/\s+/)
      const state = status ? (status[2] ?? 'unknown') : 'installed'
      if (state === 'not-installed') continue
      const arch = stanza.get('architecture') || undefined
      const key = `dpkg:${name}:${arch ?? ''}`
      if (seen.has(key)) {
        problems.add(
          `${source}: ${name}${arch ? ':' + arch : ''} is listed twice; the first kept`
        )
        continue
      }
      seen.add(key)
      const record = emptyRecord(
        'dpkg',
        key,
        name,
        stanza.get('version') ?? '',
        source
      )
      record.arch = arch
      record.state = state
      const size = stanza.get('installed-size')
      if (size !== undefined && /^\d{1,12}$/.test(size))
        record.installedSizeBytes = Number(size) * 1024
      record.depends = parseDependencies(stanza.get('depends'))
      record.preDepends = parseDependencies(stanza.get('pre-depends'))
      record.recommends = parseDependencies(stanza.get('recommends'))
      record.suggests = parseDependencies(stanza.get('suggests'))
      record.provides = parseDependencies(stanza.get('provides')).flat()
      records.push(record)
    }
    return records
  })
}

/** The paths of a `.list` file, as layer paths (`/usr/bin/x` → `usr/bin/x`); `/.` (the root) left out. */
export function parseDpkgList(
  bytes: Uint8Array | string,
  what: string
): Parsed<string[]> {
  return parseDatabaseLines(bytes, what, (line) =>
    databasePath(line.endsWith('\r') ? line.slice(0, -1) : line)
  )
}

/** The paths of a status.d `<pkg>.md5sums` file (`<md5>  <path>`, paths relative to the root). */
export function parseDpkgMd5sums(
  bytes: Uint8Array | string,
  what: string
): Parsed<string[]> {
  return parseDatabaseLines(bytes, what, (line, problems) => {
    const match = /^[0-9a-f]{32} [ *](.+?)\r?$/i.exec(line)
    if (match) return databasePath(match[1])
    if (line.trim() !== '')
      problems.add(`${what}: not an md5sums line: ${excerpt(line)}`)
    return undefined
  })
}

/**
 * apt's marks: `name:arch` (or `name` when the stanza has no Architecture) → whether it was
 * installed automatically (`Auto-Installed: 1`).
 */
export function parseAptExtendedStates(
  bytes: Uint8Array | string,
  source = APT_EXTENDED_STATES
): Parsed<Map<string, boolean>> {
  return parseDatabase(bytes, source, new Map(), (text, problems) => {
    const marks = new Map<string, boolean>()
    for (const stanza of parseStanzas(
      text,
      source,
      problems,
      EXTENDED_STATES_FIELDS
    )) {
      const name = stanza.get('package')
      if (!name || !NAME.test(name)) {
        problems.add(`${source}: a stanza with no valid Package field`)
        continue
      }
      const arch = stanza.get('architecture')
      marks.set(
        arch ? `${name}:${arch}` : name,
        stanza.get('auto-installed') === '1'
      )
    }
    return marks
  })
}

/** The `.list` names dpkg uses for a package: `<name>:<arch>.list` (Multi-Arch: same) or `<name>.list`. */
export function dpkgListPaths(record: PackageRecord): string[] {
  const plain = `${DPKG_INFO}/${record.name}.list`
  return record.arch
    ? [`${DPKG_INFO}/${record.name}:${record.arch}.list`, plain]
    : [plain]
}

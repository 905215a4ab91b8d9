// Alpine's package database: `lib/apk/db/installed` and the world file `etc/apk/world`.
// Alpine's mirror is not reachable from here, so this follows the documented v2 format
// (wiki.alpinelinux.org "Apk spec", apk-tools database.c): one record per package, records
// separated by a blank line, each line `<letter>:<value>`. `P:` name, `V:` version, `A:` arch,
// `I:` installed size in bytes, `D:` dependencies (space separated, `!name` a conflict),
// `p:` provides, `F:` a directory (relative to the root) and each `R:` after it a file in
// that directory; `M:`, `a:`, `Z:` and the rest are not needed here. The world file holds the
// constraints the user asked for (`apk add`), whitespace separated; a package not named there
// is installed only as a dependency. `apk add --virtual .build-deps gcc …` records a package
// `.build-deps` with no files whose `D:` names gcc …, and puts `.build-deps` in the world.

import {
  databasePath,
  emptyRecord,
  excerpt,
  PACKAGE_FIELD_CHARACTERS,
  PACKAGE_RECORDS_LIMIT,
  parseDatabase,
  type PackageRecord,
  type Parsed
} from './records.js'

import { APK_INSTALLED, APK_WORLD } from '../../model/package-paths.js'

export { APK_INSTALLED, APK_WORLD } from '../../model/package-paths.js'

/** The name in an apk dependency or world constraint (`so:libc.musl-x86_64.so.1=1`, `musl>=1.2`, `curl@edge`). */
export function apkConstraintName(token: string): string {
  return token.replace(/^!/, '').split(/[<>=~@]/)[0]
}

function parseConstraints(value: string): string[] {
  const names: string[] = []
  for (const token of value.split(/\s+/))
    if (token !== '' && !token.startsWith('!'))
      names.push(apkConstraintName(token))
  return names.filter((name) => name !== '')
}

/** Packages of an apk installed database, each with its directories and files as layer paths. */
export function parseApkInstalled(
  bytes: Uint8Array | string,
  source = APK_INSTALLED
): Parsed<PackageRecord[]> {
  return parseDatabase(bytes, source, [], (text, problems) => {
    const records: PackageRecord[] = []
    const seen = new Set<string>()
    let record: PackageRecord | undefined
    let paths: string[] = []
    let dir: string | undefined
    let dropped = 0
    let lineNumber = 0
    const close = () => {
      if (!record) return
      if (record.name === '')
        problems.add(
          `${source}: a record with no P: line before line ${lineNumber}`
        )
      else if (seen.has(record.key))
        problems.add(
          `${source}: ${record.name} is listed twice; the first kept`
        )
      else if (records.length >= PACKAGE_RECORDS_LIMIT) dropped++
      else {
        seen.add(record.key)
        record.paths = paths
        records.push(record)
      }
      record = undefined
    }
    for (let line of text.split('\n')) {
      lineNumber++
      if (line.endsWith('\r')) line = line.slice(0, -1)
      if (line.trim() === '') {
        close()
        continue
      }
      if (line.length < 2 || line[1] !== ':') {
        problems.add(
          `${source} line ${lineNumber}: not a field: ${excerpt(line)}`
        )
        continue
      }
      if (!record) {
        record = emptyRecord('apk', '', '', '', source)
        paths = []
        dir = undefined
      }
      const value = line.slice(2, 2 + PACKAGE_FIELD_CHARACTERS)
      switch (line[0]) {
        case 'P':
          record.name = value.trim()
          record.key = `apk:${record.name}`
          break
        case 'V':
          record.version = value.trim()
          break
        case 'A':
          record.arch = value.trim() || undefined
          break
        case 'I':
          if (/^\d{1,15}$/.test(value.trim()))
            record.installedSizeBytes = Number(value)
          break
        case 'D':
          record.depends = parseConstraints(value).map((name) => [name])
          break
        case 'p':
          record.provides = parseConstraints(value)
          break
        case 'F': {
          const path = databasePath(value)
          dir = path
          if (path !== '') paths.push(path)
          break
        }
        case 'R': {
          if (dir === undefined) {
            problems.add(
              `${source} line ${lineNumber}: R: with no F: before it`
            )
            break
          }
          const path = databasePath(dir === '' ? value : `${dir}/${value}`)
          if (path !== '' && !value.includes('/')) paths.push(path)
          else
            problems.add(
              `${source} line ${lineNumber}: not a file name: ${excerpt(value)}`
            )
          break
        }
      }
    }
    close()
    if (dropped > 0)
      problems.add(
        `${source}: more than ${PACKAGE_RECORDS_LIMIT} records; ${dropped} more not read`
      )
    return records
  })
}

/** The package names the world file asks for. */
export function parseApkWorld(
  bytes: Uint8Array | string,
  source = APK_WORLD
): Parsed<string[]> {
  return parseDatabase(bytes, source, [], (text) =>
    parseConstraints(text).slice(0, PACKAGE_RECORDS_LIMIT)
  )
}

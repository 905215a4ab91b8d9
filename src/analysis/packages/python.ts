// Python distributions installed under a `site-packages` or `dist-packages` folder:
// `<name>-<version>.dist-info/` (pip and wheels: `METADATA` names it, `RECORD` lists its
// files as CSV `path,hash,size`, paths relative to the site folder, `../../../bin/x` for
// scripts) and `<name>-<version>.egg-info/` (setuptools: `PKG-INFO` names it,
// `installed-files.txt` lists paths relative to the egg-info folder when pip wrote one;
// otherwise `top_level.txt` names the modules, which then count as folders it owns).
// Distributions installed by the OS (Debian's python3-* packages) are dpkg's too: their
// files then have two owners, which the attribution reports as such.

import {
  databasePath,
  excerpt,
  parseDatabase,
  parseDatabaseLines,
  type Parsed
} from './records.js'

export { pythonMetadataFile } from '../../model/package-paths.js'

/** PEP 503's normalized name: runs of `-`, `_`, `.` become one `-`, lowercased. */
export const normalizePythonName = (name: string): string =>
  name.replace(/[-_.]+/g, '-').toLowerCase()

/** `Name` and `Version` from METADATA or PKG-INFO (email-header format; the body after the first blank line is not read). */
export function parsePythonMetadata(
  bytes: Uint8Array | string,
  what: string
): Parsed<{ name: string; version: string; requires: string[] } | undefined> {
  return parseDatabase(bytes, what, undefined, (text, problems) => {
    let name = ''
    let version = ''
    const requires: string[] = []
    for (const line of text.split('\n')) {
      if (line.trim() === '') break
      const match = /^([A-Za-z-]+):\s*(.*?)\r?$/.exec(line)
      if (!match) continue
      const field = match[1].toLowerCase()
      if (field === 'name') name = match[2].slice(0, 214)
      else if (field === 'version') version = match[2].slice(0, 214)
      else if (field === 'requires-dist' && !match[2].includes('extra ==')) {
        const required = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(match[2])?.[0]
        if (required) requires.push(normalizePythonName(required))
      }
    }
    if (name !== '') return { name, version, requires }
    problems.add(`${what}: no Name field`)
    return undefined
  })
}

/** Lines of a CSV RECORD: the first field (quoted or not) of each line. */
function firstCsvField(line: string): string {
  if (!line.startsWith('"')) {
    const comma = line.indexOf(',')
    return comma < 0 ? line : line.slice(0, comma)
  }
  let out = ''
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"') {
      if (line[i + 1] === '"') {
        out += '"'
        i++
      } else break
    } else out += line[i]
  }
  return out
}

/** A path a metadata file lists: absolute, or relative to `folder`; '' when it leaves the root. */
const listedPath = (folder: string, file: string): string =>
  file.startsWith('/') ? databasePath(file) : databasePath(`${folder}/${file}`)

/** The files of a RECORD, as layer paths (the site folder joined to each; `..` resolved). */
export function parsePythonRecord(
  bytes: Uint8Array | string,
  site: string,
  what: string
): Parsed<string[]> {
  return parseDatabaseLines(bytes, what, (line, problems) => {
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line === '') return undefined
    const file = firstCsvField(line)
    const path = listedPath(site, file)
    if (path === '')
      problems.add(`${what}: a path outside the root: ${excerpt(file)}`)
    return path
  })
}

/** The files of an egg-info `installed-files.txt` (paths relative to the egg-info folder). */
export function parseEggInstalledFiles(
  bytes: Uint8Array | string,
  eggInfo: string,
  what: string
): Parsed<string[]> {
  return parseDatabaseLines(bytes, what, (line) => {
    const file = line.trim()
    return file === '' ? undefined : listedPath(eggInfo, file)
  })
}

/** The top-level module names of an egg's `top_level.txt`. */
export function parseTopLevel(
  bytes: Uint8Array | string,
  what: string
): Parsed<string[]> {
  return parseDatabaseLines(bytes, what, (line) => {
    const name = line.trim()
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined
  })
}

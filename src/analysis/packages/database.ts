// One image state's package databases read together: given the database files visible at
// some layer (layer path → contents), every package they describe, with its paths and
// marks, whatever the manager. Which files are database files is `isPackageDatabasePath`:
// a reader keeps the contents of those (and only those) while it lists a layer.

import {
  APK_INSTALLED,
  APK_WORLD,
  parseApkInstalled,
  parseApkWorld
} from './apk.js'
import {
  APT_EXTENDED_STATES,
  DPKG_INFO,
  DPKG_STATUS,
  DPKG_STATUS_D,
  dpkgListPaths,
  parseAptExtendedStates,
  parseDpkgList,
  parseDpkgMd5sums,
  parseDpkgStatus
} from './dpkg.js'
import {
  isNpmHiddenLockfile,
  isNpmPackageJson,
  parseNpmHiddenLockfile,
  parseNpmPackageJson
} from './npm.js'
import {
  normalizePythonName,
  parseEggInstalledFiles,
  parsePythonMetadata,
  parsePythonRecord,
  parseTopLevel,
  pythonMetadataFile
} from './python.js'
import {
  emptyRecord,
  Problems,
  type PackageRecord,
  type Parsed,
  type ResolvedPaths
} from './records.js'

export type DatabaseContents = Uint8Array | string

export {
  isPackageDatabasePath,
  mayBePackageDatabaseName
} from '../../model/package-paths.js'

/** Parses keyed by path, reused while the path holds the same contents (the same object): one layer rewrites few database files. */
export class ParseCache {
  private readonly entries = new Map<
    string,
    { contents: DatabaseContents; parsed: unknown }
  >()
  get<T>(
    path: string,
    contents: DatabaseContents,
    parse: () => Parsed<T>
  ): Parsed<T> {
    const known = this.entries.get(path)
    if (known && known.contents === contents) return known.parsed as Parsed<T>
    const parsed = parse()
    this.entries.set(path, { contents, parsed })
    return parsed
  }
}

export interface PackageDatabases {
  /** Every package, by key, in the order the databases list them. */
  packages: Map<string, PackageRecord>
  /** What could not be read, as sentences naming the file. */
  problems: string[]
}

/**
 * Resolves a dpkg file list (a `.list` or a status.d `.md5sums` file: its path and contents)
 * to path ids. Whoever passes one must pass the same cache to every call: the cache then holds
 * the ids, not the parsed paths.
 */
export type ListResolver = (
  path: string,
  contents: DatabaseContents
) => Parsed<ResolvedPaths>

/**
 * The packages the database files `files` describe (layer path → contents: the files visible
 * in one image state). With `resolveList`, dpkg records carry their lists as
 * `resolvedPaths` (and no `paths`).
 */
export function readPackageDatabases(
  files: ReadonlyMap<string, DatabaseContents>,
  cache = new ParseCache(),
  resolveList?: ListResolver
): PackageDatabases {
  const packages = new Map<string, PackageRecord>()
  const problems = new Problems()
  const take = <T>(
    path: string,
    parse: (contents: DatabaseContents) => Parsed<T>
  ) => {
    const contents = files.get(path)
    if (contents === undefined) return undefined
    const parsed = cache.get(path, contents, () => parse(contents))
    problems.addAll(parsed.problems)
    return parsed.value
  }
  const add = (record: PackageRecord) => {
    if (packages.has(record.key))
      problems.add(
        `${record.source}: ${record.name} is listed again; the first kept`
      )
    else packages.set(record.key, record)
  }

  // dpkg: the status file, and distroless's status.d stanzas.
  const marks = take(APT_EXTENDED_STATES, (c) => parseAptExtendedStates(c))
  // apt marks an `Architecture: all` package under the native architecture (`manpages:amd64`).
  let byName: Map<string, boolean> | undefined
  const marksByName = (all: Map<string, boolean> | undefined) => {
    if (!all) return undefined
    if (!byName) {
      byName = new Map()
      for (const [key, auto] of all) {
        const colon = key.indexOf(':')
        const name = colon < 0 ? key : key.slice(0, colon)
        if (!byName.has(name)) byName.set(name, auto)
      }
    }
    return byName
  }
  const dpkgRecords: { record: PackageRecord; lists: string[] }[] = []
  for (const record of take(DPKG_STATUS, (c) => parseDpkgStatus(c)) ?? [])
    dpkgRecords.push({ record, lists: dpkgListPaths(record) })
  const pythonFolders = new Map<string, Map<string, string>>()
  const npmDev = new Map<string, boolean>()
  const npmFiles: string[] = []
  for (const path of [...files.keys()].sort()) {
    if (path.startsWith(DPKG_STATUS_D + '/')) {
      if (path.endsWith('.md5sums')) continue
      for (const record of take(path, (c) => parseDpkgStatus(c, path)) ?? [])
        dpkgRecords.push({
          record,
          lists: [`${path}.md5sums`, `${DPKG_STATUS_D}/${record.name}.md5sums`]
        })
    } else if (isNpmPackageJson(path)) npmFiles.push(path)
    else if (isNpmHiddenLockfile(path))
      for (const [folder, dev] of take(path, (c) =>
        parseNpmHiddenLockfile(c, path)
      ) ?? [])
        npmDev.set(folder, dev)
    else {
      const python = pythonMetadataFile(path)
      if (python) {
        const folder =
          pythonFolders.get(python.folder) ?? new Map<string, string>()
        folder.set(python.file, path)
        pythonFolders.set(python.folder, folder)
      }
    }
  }
  let unlisted = 0
  for (const { record, lists } of dpkgRecords) {
    const list = lists.find((path) => files.has(path))
    if (list === undefined) unlisted++
    const resolvedPaths =
      list !== undefined && resolveList
        ? take(list, (c) => resolveList(list, c))
        : undefined
    const paths =
      list === undefined
        ? record.paths
        : resolveList
          ? []
          : list.endsWith('.md5sums')
            ? take(list, (c) => parseDpkgMd5sums(c, list))
            : take(list, (c) => parseDpkgList(c, list))
    const mark =
      marks?.get(`${record.name}:${record.arch}`) ??
      marks?.get(record.name) ??
      (record.arch === 'all' ? marksByName(marks)?.get(record.name) : undefined)
    // A fresh record per state: the parsed one is shared through the cache.
    add({
      ...record,
      paths: paths ?? [],
      ...(resolvedPaths ? { resolvedPaths } : {}),
      auto: marks ? (mark ?? false) : undefined
    })
  }

  // `rm -rf /var/lib/dpkg/info` (a slimming trick) leaves the status without file lists.
  if (unlisted > 0)
    problems.add(
      `${unlisted} of ${dpkgRecords.length} dpkg packages have no file list (${DPKG_INFO}/<name>.list): a list a lower layer had is kept, else their files count as unpackaged`
    )

  // apk
  const world = take(APK_WORLD, (c) => parseApkWorld(c))
  const asked = world ? new Set(world) : undefined
  for (const record of take(APK_INSTALLED, (c) => parseApkInstalled(c)) ?? [])
    add(asked ? { ...record, auto: !asked.has(record.name) } : record)

  // npm
  for (const path of npmFiles) {
    const record = take(path, (c) => parseNpmPackageJson(c, path))
    if (!record) continue
    const dev = npmDev.get(record.folders[0])
    add(dev === undefined ? record : { ...record, dev })
  }

  // Python: one record per metadata folder.
  for (const [folder, metadata] of pythonFolders) {
    const info = pythonMetadataFile(metadata.values().next().value as string)
    if (!info) continue
    const header = metadata.get(
      info.kind === 'dist-info' ? 'METADATA' : 'PKG-INFO'
    )
    const about = header
      ? take(header, (c) => parsePythonMetadata(c, header))
      : undefined
    if (!about) {
      if (!header)
        problems.add(
          `${folder}: no ${info.kind === 'dist-info' ? 'METADATA' : 'PKG-INFO'}; not read`
        )
      continue
    }
    const name = normalizePythonName(about.name)
    const record = emptyRecord(
      'python',
      `python:${info.site}:${name}`,
      about.name,
      about.version,
      header as string
    )
    record.depends = about.requires.map((required) => [required])
    const recordFile = metadata.get('RECORD')
    const installed = metadata.get('installed-files.txt')
    const topLevel = metadata.get('top_level.txt')
    if (recordFile)
      record.paths =
        take(recordFile, (c) => parsePythonRecord(c, info.site, recordFile)) ??
        []
    else if (installed)
      record.paths =
        take(installed, (c) => parseEggInstalledFiles(c, folder, installed)) ??
        []
    else {
      // No file list: the metadata folder and the top-level modules are its own.
      const modules = topLevel
        ? (take(topLevel, (c) => parseTopLevel(c, topLevel)) ?? [])
        : []
      record.folders = [
        folder,
        ...modules.map((module) => `${info.site}/${module}`)
      ]
      record.paths = modules.map((module) => `${info.site}/${module}.py`)
    }
    if (recordFile || installed) record.paths = [...record.paths, folder]
    add(record)
  }
  return { packages, problems: problems.done() }
}

// Which layer paths are package-database files (the files src/analysis/packages reads to
// attribute bytes to packages): the readers (src/image/archive) keep the contents of these,
// and only these, while they list a layer, so the test lives here in the layer model that
// both share. The quick test on a tar name's bytes runs for every entry of every layer; the
// full test only for the few names that pass it.

export const DPKG_STATUS = 'var/lib/dpkg/status'
export const DPKG_STATUS_D = 'var/lib/dpkg/status.d'
export const DPKG_INFO = 'var/lib/dpkg/info'
export const APT_EXTENDED_STATES = 'var/lib/apt/extended_states'
export const APK_INSTALLED = 'lib/apk/db/installed'
export const APK_WORLD = 'etc/apk/world'

const PACKAGE_JSON =
  /(^|\/)node_modules\/(@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/
const HIDDEN_LOCKFILE = /(^|\/)node_modules\/\.package-lock\.json$/

/** Whether a layer path is an installed npm package's `package.json`. */
export const isNpmPackageJson = (path: string): boolean =>
  PACKAGE_JSON.test(path)
/** Whether a layer path is npm's hidden lockfile. */
export const isNpmHiddenLockfile = (path: string): boolean =>
  HIDDEN_LOCKFILE.test(path)

const DIST_INFO =
  /^(.*\/(?:site|dist)-packages)\/([^/]+)\.(dist-info|egg-info)\/(RECORD|METADATA|PKG-INFO|installed-files\.txt|top_level\.txt)$/

/** What a layer path is as a Python metadata file, or undefined. */
export function pythonMetadataFile(path: string):
  | {
      site: string
      folder: string
      kind: 'dist-info' | 'egg-info'
      file: string
    }
  | undefined {
  const match = DIST_INFO.exec(path)
  if (!match) return undefined
  return {
    site: match[1],
    folder: `${match[1]}/${match[2]}.${match[3]}`,
    kind: match[3] as 'dist-info' | 'egg-info',
    file: match[4]
  }
}

/** Whether a layer path is a file some package database reader needs the contents of. */
export function isPackageDatabasePath(path: string): boolean {
  if (path === DPKG_STATUS || path === APT_EXTENDED_STATES) return true
  if (path === APK_INSTALLED || path === APK_WORLD) return true
  if (path.startsWith(DPKG_INFO + '/'))
    return path.endsWith('.list') && !path.includes('/', DPKG_INFO.length + 1)
  if (path.startsWith(DPKG_STATUS_D + '/'))
    return !path.includes('/', DPKG_STATUS_D.length + 1)
  if (path.endsWith('package.json') || path.endsWith('.package-lock.json'))
    return isNpmPackageJson(path) || isNpmHiddenLockfile(path)
  return pythonMetadataFile(path) !== undefined
}

// How every database file's name ends, and the one folder whose files all are.
const NAME_ENDINGS = [
  'status',
  '.list',
  'extended_states',
  'installed',
  'world',
  'package.json',
  'package-lock.json',
  'RECORD',
  'METADATA',
  'PKG-INFO',
  'installed-files.txt',
  'top_level.txt'
].map((ending) => new TextEncoder().encode(ending))
const STATUS_D = new TextEncoder().encode(DPKG_STATUS_D + '/')

/**
 * A quick test on a tar name's bytes [start, end) (a layer path, as a reader holds it)
 * before making a string of it: false for every path isPackageDatabasePath refuses but a
 * few, true for every one it accepts. Nearly all of a layer's names fail it.
 */
export function mayBePackageDatabaseName(
  bytes: Uint8Array,
  start: number,
  end: number
): boolean {
  const endsWith = (ending: Uint8Array) => {
    if (end - start < ending.length) return false
    for (let i = 1; i <= ending.length; i++)
      if (bytes[end - i] !== ending[ending.length - i]) return false
    return true
  }
  if (NAME_ENDINGS.some(endsWith)) return true
  if (end - start <= STATUS_D.length) return false
  for (let i = 0; i < STATUS_D.length; i++)
    if (bytes[start + i] !== STATUS_D[i]) return false
  return true
}

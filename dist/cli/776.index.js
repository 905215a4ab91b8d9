export const id = 776;
export const ids = [776];
export const modules = {

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ DPKG_INFO),
/* harmony export */   F: () => (/* binding */ DPKG_STATUS_D),
/* harmony export */   Hs: () => (/* binding */ APT_EXTENDED_STATES),
/* harmony export */   J9: () => (/* binding */ isNpmHiddenLockfile),
/* harmony export */   _e: () => (/* binding */ APK_INSTALLED),
/* harmony export */   bA: () => (/* binding */ mayBePackageDatabaseName),
/* harmony export */   bn: () => (/* binding */ isPackageDatabasePath),
/* harmony export */   cJ: () => (/* binding */ isNpmPackageJson),
/* harmony export */   cl: () => (/* binding */ pythonMetadataFile),
/* harmony export */   ok: () => (/* binding */ DPKG_STATUS),
/* harmony export */   yP: () => (/* binding */ APK_WORLD)
/* harmony export */ });
// Which layer paths are package-database files (the files src/analysis/packages reads to
// attribute bytes to packages): the readers (src/image/archive) keep the contents of these,
// and only these, while they list a layer, so the test lives here in the layer model that
// both share. The quick test on a tar name's bytes runs for every entry of every layer; the
// full test only for the few names that pass it.
const DPKG_STATUS = 'var/lib/dpkg/status';
const DPKG_STATUS_D = 'var/lib/dpkg/status.d';
const DPKG_INFO = 'var/lib/dpkg/info';
const APT_EXTENDED_STATES = 'var/lib/apt/extended_states';
const APK_INSTALLED = 'lib/apk/db/installed';
const APK_WORLD = 'etc/apk/world';
const PACKAGE_JSON = /(^|\/)node_modules\/(@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/;
const HIDDEN_LOCKFILE = /(^|\/)node_modules\/\.package-lock\.json$/;
/** Whether a layer path is an installed npm package's `package.json`. */
const isNpmPackageJson = (path) => PACKAGE_JSON.test(path);
/** Whether a layer path is npm's hidden lockfile. */
const isNpmHiddenLockfile = (path) => HIDDEN_LOCKFILE.test(path);
const DIST_INFO = /^(.*\/(?:site|dist)-packages)\/([^/]+)\.(dist-info|egg-info)\/(RECORD|METADATA|PKG-INFO|installed-files\.txt|top_level\.txt)$/;
/** What a layer path is as a Python metadata file, or undefined. */
function pythonMetadataFile(path) {
    const match = DIST_INFO.exec(path);
    if (!match)
        return undefined;
    return {
        site: match[1],
        folder: `${match[1]}/${match[2]}.${match[3]}`,
        kind: match[3],
        file: match[4]
    };
}
/** Whether a layer path is a file some package database reader needs the contents of. */
function isPackageDatabasePath(path) {
    if (path === DPKG_STATUS || path === APT_EXTENDED_STATES)
        return true;
    if (path === APK_INSTALLED || path === APK_WORLD)
        return true;
    if (path.startsWith(DPKG_INFO + '/'))
        return path.endsWith('.list') && !path.includes('/', DPKG_INFO.length + 1);
    if (path.startsWith(DPKG_STATUS_D + '/'))
        return !path.includes('/', DPKG_STATUS_D.length + 1);
    if (path.endsWith('package.json') || path.endsWith('.package-lock.json'))
        return isNpmPackageJson(path) || isNpmHiddenLockfile(path);
    return pythonMetadataFile(path) !== undefined;
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
].map((ending) => new TextEncoder().encode(ending));
const STATUS_D = new TextEncoder().encode(DPKG_STATUS_D + '/');
/**
 * A quick test on a tar name's bytes [start, end) (a layer path, as a reader holds it)
 * before making a string of it: false for every path isPackageDatabasePath refuses but a
 * few, true for every one it accepts. Nearly all of a layer's names fail it.
 */
function mayBePackageDatabaseName(bytes, start, end) {
    const endsWith = (ending) => {
        if (end - start < ending.length)
            return false;
        for (let i = 1; i <= ending.length; i++)
            if (bytes[end - i] !== ending[ending.length - i])
                return false;
        return true;
    };
    if (NAME_ENDINGS.some(endsWith))
        return true;
    if (end - start <= STATUS_D.length)
        return false;
    for (let i = 0; i < STATUS_D.length; i++)
        if (bytes[start + i] !== STATUS_D[i])
            return false;
    return true;
}


/***/ })

};

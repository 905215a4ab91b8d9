// npm packages as they sit in an image: a package is its folder under a `node_modules`
// (`app/node_modules/express`, `app/node_modules/@types/node`, nested copies under a
// package's own `node_modules`), named by the `package.json` in it; everything below the
// folder is the package's, save nested packages. Whether it is a dev dependency is not in
// package.json: npm 7+ writes it to the hidden lockfile `node_modules/.package-lock.json`
// (`packages["node_modules/x"].dev`), read when present.

import {
  decodeDatabase,
  emptyRecord,
  excerpt,
  Problems,
  type PackageRecord,
  type Parsed
} from './records.js'

export {
  isNpmHiddenLockfile,
  isNpmPackageJson
} from '../../model/package-paths.js'

function parseJson(
  bytes: Uint8Array | string,
  what: string,
  problems: Problems
): Record<string, unknown> | undefined {
  const text = decodeDatabase(bytes, what, problems)
  if (text === undefined) return undefined
  try {
    const value: unknown = JSON.parse(text)
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>
    problems.add(`${what}: not a JSON object`)
  } catch (error) {
    problems.add(`${what}: not JSON (${excerpt((error as Error).message)})`)
  }
  return undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, 214) : undefined

const names = (value: unknown): string[][] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value).map((name) => [name])
    : []

/** The package whose `package.json` is at `path` (a layer path), owning its folder. */
export function parseNpmPackageJson(
  bytes: Uint8Array | string,
  path: string
): Parsed<PackageRecord | undefined> {
  const problems = new Problems()
  const json = parseJson(bytes, path, problems)
  if (!json) return { value: undefined, problems: problems.done() }
  const folder = path.slice(0, path.lastIndexOf('/'))
  const fromFolder = folder.slice(folder.lastIndexOf('node_modules/') + 13)
  const name = text(json.name) ?? fromFolder
  const record = emptyRecord(
    'npm',
    `npm:${folder}`,
    name,
    text(json.version) ?? '',
    path
  )
  record.folders = [folder]
  record.depends = names(json.dependencies)
  record.recommends = names(json.optionalDependencies)
  record.suggests = names(json.peerDependencies)
  return { value: record, problems: problems.done() }
}

/** From a hidden lockfile at `path`: package folder (layer path) → whether it is a dev dependency. */
export function parseNpmHiddenLockfile(
  bytes: Uint8Array | string,
  path: string
): Parsed<Map<string, boolean>> {
  const problems = new Problems()
  const dev = new Map<string, boolean>()
  const json = parseJson(bytes, path, problems)
  const packages = json?.packages
  if (
    packages !== null &&
    typeof packages === 'object' &&
    !Array.isArray(packages)
  ) {
    // Keys are relative to the project: the folder holding node_modules.
    const project = path.slice(0, -'node_modules/.package-lock.json'.length)
    for (const [key, entry] of Object.entries(
      packages as Record<string, unknown>
    )) {
      if (!key.startsWith('node_modules/') || key.includes('..')) continue
      const isDev =
        entry !== null &&
        typeof entry === 'object' &&
        (entry as Record<string, unknown>).dev === true
      dev.set(project + key, isDev)
    }
  } else if (json) problems.add(`${path}: no "packages" object`)
  return { value: dev, problems: problems.done() }
}

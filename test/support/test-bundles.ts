// The action and CLI bundles the engine tests run, built from the current sources. The
// engine project's global setup calls ensureTestBundles(): it bundles src/ with
// scripts/build.mjs into build/test-dist/<hash of the sources> (gitignored) unless that
// folder is already there, and hands the folder to the test workers as ISB_DIST. The
// committed dist/ is never written by a test run, so .ci/run's check that dist/ is what the
// sources build to still sees the committed files. ISB_DIST set beforehand (e.g. ISB_DIST=dist
// to test the committed bundles) is used as it is.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync
} from 'node:fs'
import path from 'node:path'

/** The files a bundle is made from: the sources, the dependencies' lock, the build script. */
function bundleInputs(): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.push(full)
    }
  }
  walk('src')
  files.push(
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'scripts/build.mjs'
  )
  return files.sort()
}

export function sourcesHash(): string {
  const hash = createHash('sha256')
  for (const file of bundleInputs()) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** Builds the bundles of the current sources when not built yet; returns their folder. */
export function ensureTestBundles(): string {
  if (process.env.ISB_DIST) return path.resolve(process.env.ISB_DIST)
  const root = path.resolve('build/test-dist')
  const dir = path.join(root, sourcesHash())
  if (!existsSync(path.join(dir, 'cli', 'index.js'))) {
    const started = Date.now()
    // Built beside and renamed into place: a run stopped half-way leaves no folder that looks done.
    const partial = `${dir}.partial-${process.pid}`
    execFileSync(process.execPath, ['scripts/build.mjs', partial], {
      stdio: 'inherit'
    })
    // Bundles of older sources are of no use (one test run at a time per checkout).
    for (const old of readdirSync(root))
      if (old !== path.basename(partial))
        rmSync(path.join(root, old), { recursive: true, force: true })
    renameSync(partial, dir)
    console.log(
      `test bundles: built from the current sources into ${path.relative('.', dir)} in ${((Date.now() - started) / 1000).toFixed(0)} s`
    )
  }
  return dir
}

/** The folder of the bundles under test (set by the engine project's global setup). */
export function bundlesDir(): string {
  const dir = process.env.ISB_DIST
  if (!dir)
    throw new Error(
      'no bundles to run: ISB_DIST is unset. Run the engine tests through "npm run test:engine" (or vitest with the engine project), whose global setup builds them'
    )
  return path.resolve(dir)
}

/** The action's bundle (index.js), as a runner runs it. */
export function actionBundle(): string {
  return path.join(bundlesDir(), 'index.js')
}

/** The CLI's bundle (cli/index.js), as `npx image-size-budget` runs it. */
export function cliBundle(): string {
  return path.join(bundlesDir(), 'cli', 'index.js')
}

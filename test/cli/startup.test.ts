// Start-up counts (bench/files.mjs): `analyze --archive` loads the archive reader and the
// analysis, and none of the engine, build, registry, baseline or GitHub code. Run on the
// CLI bundle built from the current sources (test/support/test-bundles.ts; the bundle users
// run is built the same way), with a module hook that names every file of it Node loads.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliBundle } from '../support/test-bundles.js'

const CLI = cliBundle()
const BUNDLE_DIR = path.dirname(path.resolve(CLI))

const HOOK = `data:text/javascript,${encodeURIComponent(
  `import { registerHooks } from 'node:module'
registerHooks({ load(url, context, next) {
  if (url.startsWith(${JSON.stringify(`file://${BUNDLE_DIR}/`)})) process.stderr.write('loaded ' + new URL(url).pathname + '\\n')
  return next(url, context)
} })`
)}`

// A definition each unwanted part of the bundle has, as ncc keeps it (no minifying).
const UNWANTED = [
  'function readEngineImage(',
  'function buildImage(',
  'function readRegistryImage(',
  'function resolveBaseline(',
  'function readHistory(' // src/github/audit.ts, the only GitHub code the CLI has
]

function loadedFiles(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], {
    encoding: 'utf8'
  })
  expect([
    result.status,
    result.stderr.split('\n').filter((line) => !line.startsWith('loaded '))
  ]).toEqual([0, ['']])
  return [...result.stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1])
}

describe('analyze --archive start-up', () => {
  it('every unwanted part is somewhere in the bundle (so its absence below means something)', () => {
    const bundle = readdirSync(BUNDLE_DIR)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(BUNDLE_DIR, name), 'utf8'))
      .join('\n')
    for (const definition of UNWANTED)
      expect([definition, bundle.includes(definition)]).toEqual([
        definition,
        true
      ])
  })

  it('loads the archive reader and the analysis, nothing of the engine, registry, baseline or GitHub', () => {
    const files = loadedFiles([
      'analyze',
      '--archive',
      'test/fixtures/dive/test-docker-image.tar',
      '--json'
    ])
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(code).toContain('function readArchiveImage(')
    expect(code).toContain('function analyzeFiles(')
    expect(UNWANTED.filter((definition) => code.includes(definition))).toEqual(
      []
    )
  })
})

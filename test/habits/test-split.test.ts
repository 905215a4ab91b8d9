// The split of the suite into the unit and engine projects (test/support/test-split.ts,
// vitest.config.ts): every test file in exactly one project, no unit test that reaches for an
// engine or the bundles, and, inside the unit project, docker and its kin really are the stub.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../../vitest.config.js'
import { ENGINE_TEST_FILES } from '../support/test-split.js'

/** Every *.test.ts under test/, repo-relative with forward slashes. */
function testFiles(dir = 'test'): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`
    if (entry.isDirectory()) {
      if (full !== 'test/fixtures') files.push(...testFiles(full))
    } else if (entry.name.endsWith('.test.ts')) files.push(full)
  }
  return files.sort()
}

interface ProjectTest {
  name: string
  include: string[]
  exclude?: string[]
  setupFiles?: string[]
  globalSetup?: string[]
}

function projects(): ProjectTest[] {
  const test = (config as { test: { projects: { test: ProjectTest }[] } }).test
  return test.projects.map((project) => project.test)
}

describe('the unit and engine projects', () => {
  it('the engine list names test files that exist, each once', () => {
    expect(ENGINE_TEST_FILES.filter((file) => !existsSync(file))).toEqual([])
    expect(new Set(ENGINE_TEST_FILES).size).toBe(ENGINE_TEST_FILES.length)
    expect(ENGINE_TEST_FILES.every((file) => file.endsWith('.test.ts'))).toBe(
      true
    )
  })

  it('every test file is in exactly one project; only the engine project has the global setup', () => {
    const [unit, engine] = projects()
    expect([unit.name, engine.name]).toEqual(['unit', 'engine'])
    // The unit project takes every test file but the engine list; the engine project, the list.
    expect(unit.include).toEqual(['test/**/*.test.ts'])
    expect(unit.exclude).toEqual(ENGINE_TEST_FILES)
    expect(engine.include).toEqual(ENGINE_TEST_FILES)
    const all = testFiles()
    const inUnit = all.filter((file) => !unit.exclude?.includes(file))
    const inEngine = all.filter((file) => engine.include.includes(file))
    expect(inUnit.length + inEngine.length).toBe(all.length)
    expect(inUnit.filter((file) => inEngine.includes(file))).toEqual([])
    expect(unit.globalSetup ?? []).toEqual([])
    expect(unit.setupFiles).toEqual(['test/support/no-engine.ts'])
    expect(engine.globalSetup).toEqual(['test/support/global-setup.ts'])
  })

  it('no unit test imports the engine harness or runs a bundle', () => {
    const engineOnly =
      /from '[./]*\/support\/(engine|run|measure|test-bundles|global-setup)\.js'|['"`]dist\//
    const offenders = testFiles()
      .filter((file) => !ENGINE_TEST_FILES.includes(file))
      .filter((file) => engineOnly.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('inside the unit project, docker, podman and skopeo are the stub and no engine is named', () => {
    for (const tool of ['docker', 'podman', 'skopeo', 'docker-registry']) {
      const run = spawnSync(tool, ['info'], { encoding: 'utf8' })
      expect(run.status).toBe(127)
      expect(run.stderr).toContain(
        `a test of the unit project ran ${tool}, which unit tests may not use; if it needs an engine, list its file in test/support/test-split.ts (ENGINE_TEST_FILES)`
      )
    }
    expect(process.env.DOCKER_HOST).toBe(
      'unix:///nonexistent/isb-unit-tests-have-no-engine.sock'
    )
    expect(process.env.ISB_DIST).toBeUndefined()
    expect(process.env.ISB_DOCKER_CLASSIC).toBeUndefined()
  })

  it('npm test, test:unit and test:engine select the projects, and the README names all three', () => {
    const scripts = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    expect(scripts['test']).toBe('bash scripts/test.sh')
    expect(scripts['test:unit']).toBe(
      'vitest run --project unit --file-parallelism --maxWorkers=4'
    )
    expect(scripts['test:engine']).toBe('vitest run --project engine')
    const testSh = readFileSync(path.join('scripts', 'test.sh'), 'utf8')
    expect(testSh).toContain('vitest run --project unit --file-parallelism')
    expect(testSh).toContain('vitest run --project engine')
    const readme = readFileSync('README.md', 'utf8')
    for (const command of [
      'npm test',
      'npm run test:unit',
      'npm run test:engine'
    ])
      expect(readme).toContain(command)
  })
})

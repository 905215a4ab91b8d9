// The project's own workflows (.github/workflows) and the workflows the README and
// examples/workflows hand to users, read as YAML: every input a step gives this action is
// one action.yml defines, every output it reads is one action.yml declares, permissions start
// from contents: read, the tests run on Node 24, and the self-test covers every example.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  steps?: Step[]
  strategy?: { matrix?: { include?: Record<string, string>[] } }
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string }
}
const INPUTS = Object.keys(action.inputs)
const OUTPUTS = Object.keys(action.outputs)
const OWN = '.github/workflows'
const ownFiles = readdirSync(OWN)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()

function readWorkflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow
}

/** The README's ```yaml blocks that use this action, as text. */
function readmeWorkflows(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .filter((block) => block.includes('image-size-budget/image-size-budget@'))
}

/** Steps of a workflow that run this action (`uses: ./` in our own, `@v0` in the users'). */
function actionSteps(workflow: Workflow, uses: RegExp): Step[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((step) => uses.test(step.uses ?? ''))
  )
}

/** Inputs given to the action that action.yml does not define, as "file: key". */
function unknownInputs(name: string, workflow: Workflow, uses: RegExp) {
  return actionSteps(workflow, uses).flatMap((step) =>
    Object.keys(step.with ?? {})
      .filter((key) => !INPUTS.includes(key))
      .map((key) => `${name}: ${key}`)
  )
}

/** Outputs read from the action's step (steps.<id>.outputs.<name>) that action.yml does not declare. */
function unknownOutputs(
  name: string,
  text: string,
  workflow: Workflow,
  uses: RegExp
) {
  const ids = actionSteps(workflow, uses).flatMap((step) =>
    step.id ? [step.id] : []
  )
  return [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    .filter((match) => ids.includes(match[1]) && !OUTPUTS.includes(match[2]))
    .map((match) => `${name}: ${match[0]}`)
}

describe('the project workflows', () => {
  it('are the tests, the dist check and the self-test, each valid YAML with jobs', () => {
    expect(ownFiles).toEqual(['check-dist.yml', 'ci.yml', 'self-test.yml'])
    for (const name of ownFiles)
      expect(
        Object.keys(readWorkflow(path.join(OWN, name)).jobs).length
      ).toBeGreaterThan(0)
  })

  it('start from contents: read and raise permissions per job only', () => {
    for (const name of ownFiles) {
      const workflow = readWorkflow(path.join(OWN, name))
      expect({ name, permissions: workflow.permissions }).toEqual({
        name,
        permissions: { contents: 'read' }
      })
      for (const job of Object.values(workflow.jobs))
        for (const level of Object.values(job.permissions ?? {}))
          expect(['read', 'write']).toContain(level)
    }
  })

  it('every with: key of a uses: ./ step is an input of action.yml, every output read is declared', () => {
    const steps = ownFiles.flatMap((name) =>
      actionSteps(readWorkflow(path.join(OWN, name)), /^\.\/?$/)
    )
    expect(steps.length).toBeGreaterThan(0)
    for (const name of ownFiles) {
      const file = path.join(OWN, name)
      const workflow = readWorkflow(file)
      expect(unknownInputs(name, workflow, /^\.\/?$/)).toEqual([])
      expect(
        unknownOutputs(name, readFileSync(file, 'utf8'), workflow, /^\.\/?$/)
      ).toEqual([])
    }
  })

  it('the self-test runs the action on every example Dockerfile, the mistake failing and the fixes passing', () => {
    const workflow = readWorkflow(path.join(OWN, 'self-test.yml'))
    const job = workflow.jobs['examples']
    const examples = readdirSync('examples', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'workflows')
      .map((entry) => entry.name)
      .sort()
    const matrix = job.strategy?.matrix?.include ?? []
    expect(matrix.map((row) => row.example).sort()).toEqual(examples)
    expect(
      Object.fromEntries(matrix.map((row) => [row.example, row.expect]))
    ).toEqual({
      'split-layers': 'fail',
      'merged-run': 'pass',
      'multi-stage': 'pass'
    })
    const [step] = actionSteps(workflow, /^\.\/?$/)
    expect(step.with?.['dockerfile']).toBe(
      'examples/${{ matrix.example }}/Dockerfile'
    )
  })

  it('the tests run on Node 24, the Node the action runs on', () => {
    expect(action.runs.using).toBe('node24')
    const versions = ownFiles.flatMap((name) =>
      Object.values(readWorkflow(path.join(OWN, name)).jobs).flatMap((job) =>
        (job.steps ?? [])
          .filter((step) => step.uses?.startsWith('actions/setup-node@'))
          .map((step) => String(step.with?.['node-version']))
      )
    )
    expect(versions.length).toBeGreaterThan(0)
    expect(new Set(versions)).toEqual(new Set(['24']))
  })

  it('ci runs .ci/run and the unit tests; check-dist rebuilds and diffs dist/', () => {
    const runs = (name: string) =>
      Object.values(readWorkflow(path.join(OWN, name)).jobs)
        .flatMap((job) => job.steps ?? [])
        .map((step) => step.run ?? '')
        .join('\n')
    expect(runs('ci.yml')).toContain('bash .ci/run')
    expect(runs('ci.yml')).toContain('npm run test:unit')
    expect(runs('check-dist.yml')).toContain('npm run build')
    expect(runs('check-dist.yml')).toContain('git diff --exit-code')
  })
})

describe("the users' workflows (examples/workflows and the README)", () => {
  const USERS = /^image-size-budget\/image-size-budget@v0$/
  const examples = readdirSync('examples/workflows')
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => {
      const text = readFileSync(path.join('examples/workflows', name), 'utf8')
      return { name, text, workflow: parse(text) as Workflow }
    })
  const readme = readmeWorkflows().map((text, i) => ({
    name: `README.md yaml block ${i + 1}`,
    text,
    workflow: parse(text) as Workflow
  }))

  it('pin @v0 and give only inputs action.yml defines, read only outputs it declares', () => {
    const all = [...examples, ...readme]
    expect(examples.length).toBe(5)
    expect(readme.length).toBeGreaterThanOrEqual(2)
    for (const { name, text, workflow } of all) {
      expect({ name, steps: actionSteps(workflow, USERS).length }).not.toEqual({
        name,
        steps: 0
      })
      expect(unknownInputs(name, workflow, USERS)).toEqual([])
      expect(unknownOutputs(name, text, workflow, USERS)).toEqual([])
    }
  })
})

// Runs the bundles the way users and runners do: `node dist/cli/index.js …` and
// `node dist/index.js` with INPUT_* variables and GITHUB_* files, from the folder the
// engine project's global setup built from the current sources (test-bundles.ts).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { actionBundle, cliBundle } from './test-bundles.js'

export interface RunResult {
  status: number
  stdout: string
  stderr: string
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(process.execPath, [cliBundle(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024
  })
  return {
    status: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr
  }
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>
  summary: string
  dir: string
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks (as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!head) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== head[2]; i++)
      value.push(lines[i])
    outputs[head[1]] = value.join('\n')
  }
  return outputs
}

function actionEnv(inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-action-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  // The runner sets every input, with action.yml's default where the workflow gave none.
  const declared = (
    parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
  ).inputs
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries({
    ...Object.fromEntries(
      Object.entries(declared).map(([k, v]) => [k, v.default ?? ''])
    ),
    ...inputs
  })) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(
      '${{ github.token }}',
      ''
    )
  }
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...inputEnv,
    ...env
  }
  const collect = (
    status: number,
    stdout: string,
    stderr: string
  ): ActionRun => ({
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    dir
  })
  return { fullEnv, collect }
}

/** Runs the action's bundle (dist/index.js) as a runner does. `inputs` keys are the action.yml input ids. */
export function runAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): ActionRun {
  const { fullEnv, collect } = actionEnv(inputs, env)
  const result = spawnSync(process.execPath, [actionBundle()], {
    encoding: 'utf8',
    env: fullEnv,
    maxBuffer: 64 * 1024 * 1024
  })
  return collect(result.status ?? -1, result.stdout, result.stderr)
}

/** The same without blocking this process: for tests whose servers (the GitHub stand-in) run in it. `cwd`: the checkout the step runs in. */
export function runActionAsync(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  options: { cwd?: string } = {}
): Promise<ActionRun> {
  const { fullEnv, collect } = actionEnv(inputs, env)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionBundle()], {
      env: fullEnv,
      cwd: options.cwd
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve(collect(code ?? -1, stdout, stderr)))
  })
}

// Benchmark of a pull request's cost with the base branch's report (issue 16) against
// today's default, the merge-base build, measured in the same run on a PR fixture
// repository (main: the merged RUN; the PR: the story's split RUN, +64 MiB):
//   H  a bare `docker build` of the PR head                      the reference
//   A  the action with a baseline artifact at the merge-base      target: A − H ≤ 2 s
//   B  the action with `baseline: build` (today's default)        B − H: the second build
// Every run starts cold, as on a GitHub runner (the bench's images removed and the build
// cache pruned), and the three alternate so the machine's drift hits all alike. The GitHub
// API is the tests' stand-in (127.0.0.1), driven by the real Octokit client. Run by hand,
// with an engine (scripts/engine.sh start, then its DOCKER_HOST and base image):
//   node_modules/.bin/vite-node bench/pr-baseline.ts [runs]   (after npm run build)

import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { installActionsRoutes } from '../test/support/github-actions-routes.js'
import { GitHubStandIn } from '../test/support/github-server.js'
import { parseOutputFile } from '../test/support/run.js'
import { makeZip } from '../test/support/zip.js'

const runs = Number(process.argv[2] ?? 3)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const TOKEN = 'ghs_benchToken0123456789abcdefABCDEF01'
const fixtures = path.join(root, 'test/fixtures/compare/split-vs-merged')

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@e',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@e'
    }
  }).trim()
}

function commit(
  dir: string,
  files: Record<string, string>,
  message: string
): string {
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, name), text)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** As a runner starts: none of the bench's images, no build cache. */
function cold(): void {
  const ids = execFileSync(
    'docker',
    [
      'images',
      '-q',
      '--filter',
      'reference=isb-bench-pr/*',
      '--filter',
      'reference=image-size-budget-baseline/isb-bench-pr/*'
    ],
    { encoding: 'utf8' }
  )
    .split('\n')
    .filter(Boolean)
  if (ids.length)
    execFileSync('docker', ['rmi', '-f', ...new Set(ids)], { stdio: 'ignore' })
  execFileSync('docker', ['image', 'prune', '-f'], { stdio: 'ignore' })
  try {
    execFileSync('docker', ['builder', 'prune', '-af'], { stdio: 'ignore' })
  } catch {
    // a classic-only engine: removing the images removed its cache
  }
}

function action(
  cwd: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv
): Promise<{
  status: number
  stdout: string
  seconds: number
  outputs: Record<string, string>
}> {
  const declared = [
    'mode',
    'budget-file',
    'fail-on-violation',
    'baseline',
    'comment',
    'file-analysis',
    'source'
  ]
  const defaults: Record<string, string> = {
    mode: 'check',
    'budget-file': '.github/none.yml',
    'fail-on-violation': 'true',
    baseline: 'auto',
    comment: 'always',
    'file-analysis': 'false',
    source: 'docker'
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-bench-pr-run-'))
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const name of declared)
    inputEnv[`INPUT_${name.toUpperCase()}`] = defaults[name]
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  writeFileSync(path.join(dir, 'out'), '')
  writeFileSync(path.join(dir, 'summary'), '')
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], {
      cwd,
      env: {
        ...process.env,
        ...inputEnv,
        ...env,
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: path.join(dir, 'out'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary')
      }
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({
        status: code ?? -1,
        stdout,
        seconds,
        outputs: parseOutputFile(readFileSync(path.join(dir, 'out'), 'utf8'))
      })
    })
  })
}

function timedBuild(dir: string): number {
  const started = process.hrtime.bigint()
  execFileSync('docker', ['build', '-q', '-t', 'isb-bench-pr/head:bare', dir], {
    stdio: 'ignore'
  })
  return Number(process.hrtime.bigint() - started) / 1e9
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main(): Promise<void> {
  const github = await GitHubStandIn.start()
  github.addToken(TOKEN, 'write')
  const actions = await installActionsRoutes(github)
  const repo = mkdtempSync(path.join(tmpdir(), 'isb-bench-pr-repo-'))
  git(repo, 'init', '-q', '-b', 'main')
  // A label unique to this session right after FROM: no layer cache from the tests or an earlier session matches.
  const session = (text: string) =>
    text.replace(
      /^FROM .*$/m,
      (from) => `${from}\nLABEL isb-bench-session=${process.pid}-${Date.now()}`
    )
  const base = commit(
    repo,
    {
      Dockerfile: session(
        readFileSync(path.join(fixtures, 'head/Dockerfile'), 'utf8')
      )
    },
    'main'
  )
  git(repo, 'checkout', '-q', '-b', 'pr')
  const head = commit(
    repo,
    {
      Dockerfile: session(
        readFileSync(path.join(fixtures, 'base/Dockerfile'), 'utf8')
      )
    },
    'pr'
  )
  const event = path.join(repo, '..', `${path.basename(repo)}-event.json`)
  writeFileSync(
    event,
    JSON.stringify({
      number: 1,
      pull_request: {
        number: 1,
        head: { sha: head, repo: { full_name: 'acme/app' } },
        base: { ref: 'main' }
      },
      repository: { full_name: 'acme/app' }
    })
  )
  const common = {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW: 'image size',
    GITHUB_API_URL: github.url
  }

  // The push half, once: its report becomes the artifact of a push run at the merge-base.
  const tree = path.join(
    mkdtempSync(path.join(tmpdir(), 'isb-bench-pr-push-')),
    'tree'
  )
  git(repo, 'worktree', 'add', '-q', '--detach', tree, base)
  const push = await action(
    tree,
    {
      dockerfile: 'Dockerfile',
      context: '.',
      image: 'isb-bench-pr/main:push',
      'github-token': TOKEN
    },
    {
      ...common,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: base,
      GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/size.yml@refs/heads/main'
    }
  )
  git(repo, 'worktree', 'remove', '--force', tree)
  if (push.status !== 0) throw new Error(`the push run failed:\n${push.stdout}`)
  const zip = makeZip([
    {
      name: 'image-size-budget-report.json',
      data: readFileSync(push.outputs['report-path'])
    }
  ])
  actions.addArtifact(
    actions.addRun('size.yml', base),
    push.outputs['baseline-artifact'],
    zip
  )

  const pr = {
    ...common,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_BASE_REF: 'main',
    GITHUB_SHA: head,
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/size.yml@refs/pull/1/merge'
  }
  const inputs = {
    dockerfile: 'Dockerfile',
    context: '.',
    image: 'isb-bench-pr/head:pr',
    'github-token': TOKEN
  }
  const bare: number[] = []
  const withArtifact: number[] = []
  const withBuild: number[] = []
  for (let i = 0; i < runs; i++) {
    cold()
    bare.push(timedBuild(repo))
    cold()
    const a = await action(repo, inputs, pr)
    if (
      a.status !== 0 ||
      /Building the baseline/.test(a.stdout) ||
      !/the merge-base \(artifact/.test(a.stdout)
    )
      throw new Error(`the artifact run did not use the artifact:\n${a.stdout}`)
    withArtifact.push(a.seconds)
    cold()
    const b = await action(repo, { ...inputs, baseline: 'build' }, pr)
    if (b.status !== 0 || !/Building the baseline/.test(b.stdout))
      throw new Error(`the build run did not build the base:\n${b.stdout}`)
    withBuild.push(b.seconds)
    process.stderr.write(
      `run ${i + 1}/${runs}: head build ${bare[i].toFixed(2)} s, with artifact ${a.seconds.toFixed(2)} s, with merge-base build ${b.seconds.toFixed(2)} s\n`
    )
  }
  cold()
  await actions.close()
  await github.close()
  const h = median(bare)
  const a = median(withArtifact)
  const b = median(withBuild)
  const line = (name: string, seconds: number, note: string) =>
    console.log(
      `${name.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s  ${note}`
    )
  console.log(`medians of ${runs} cold runs each, alternating`)
  line('docker build of the PR head (H)', h, 'reference')
  line(
    'action, baseline artifact at the merge-base (A)',
    a,
    `A − H = ${(a - h).toFixed(2)} s (target ≤ 2 s: ${a - h <= 2 ? 'met' : 'NOT met'})`
  )
  line(
    "action, baseline: build, today's default (B)",
    b,
    `B − H = ${(b - h).toFixed(2)} s; (A − H) / (B − H) = ${((a - h) / (b - h)).toFixed(2)}`
  )
}

await main()

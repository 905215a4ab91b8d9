// Actions endpoints for the GitHub stand-in (test/support/github-server.ts), as GitHub
// answers them: a workflow's runs filtered by `head_sha` and `status` (the workflow named
// by file name or id; 404 for an unknown one), one run, a run's artifacts filtered by
// `name`, and the artifact download, which is a 302 to a second server (a pre-signed
// blob URL on another host, here another port) or 410 once the artifact has expired.
// IDs start past 2^32, as GitHub's do. The blob server records the Authorization header
// of each download, so tests can check the token never leaves the API.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubError, type GitHubStandIn } from './github-server.js'

export interface StandInRun {
  id: number
  workflowId: number
  workflowFile: string
  head_sha: string
  event: string
  conclusion: 'success' | 'failure'
}

export interface StandInArtifact {
  id: number
  name: string
  runId: number
  zip: Buffer
  expired: boolean
}

export class ActionsState {
  readonly runs: StandInRun[] = []
  readonly artifacts: StandInArtifact[] = []
  /** Downloads the blob server answered: the path and the Authorization header it got (none, if all is well). */
  readonly downloads: { path: string; authorization?: string }[] = []
  private nextRunId = 2 ** 32 + 7_000_001
  private nextArtifactId = 2 ** 33 + 1

  constructor(
    readonly blobUrl: string,
    private readonly blob: Server
  ) {}

  /** A completed run of workflow `workflowFile` (id derived from its name) at `sha`. */
  addRun(
    workflowFile: string,
    sha: string,
    options: { event?: string; conclusion?: 'success' | 'failure' } = {}
  ): StandInRun {
    const run: StandInRun = {
      id: this.nextRunId++,
      workflowId:
        161_000_000 +
        [...workflowFile].reduce((sum, c) => sum + c.charCodeAt(0), 0),
      workflowFile,
      head_sha: sha,
      event: options.event ?? 'push',
      conclusion: options.conclusion ?? 'success'
    }
    this.runs.push(run)
    return run
  }

  addArtifact(
    run: StandInRun,
    name: string,
    zip: Buffer,
    options: { expired?: boolean } = {}
  ): StandInArtifact {
    const artifact = {
      id: this.nextArtifactId++,
      name,
      runId: run.id,
      zip,
      expired: options.expired ?? false
    }
    this.artifacts.push(artifact)
    return artifact
  }

  async close(): Promise<void> {
    this.blob.closeAllConnections()
    await new Promise<void>((resolve) => this.blob.close(() => resolve()))
  }
}

export async function installActionsRoutes(
  github: GitHubStandIn,
  owner = 'acme',
  repo = 'app'
): Promise<ActionsState> {
  let state: ActionsState | undefined
  const blob = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://blob')
    state?.downloads.push({
      path: url.pathname,
      ...(request.headers.authorization
        ? { authorization: request.headers.authorization }
        : {})
    })
    const artifact = state?.artifacts.find(
      (a) =>
        url.pathname === `/artifacts/${a.id}.zip` &&
        url.searchParams.get('sig') === `signed-${a.id}`
    )
    if (!artifact) {
      response
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<Error><Code>AuthenticationFailed</Code></Error>')
      return
    }
    response
      .writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length)
      })
      .end(artifact.zip)
  })
  await new Promise<void>((resolve) => blob.listen(0, '127.0.0.1', resolve))
  state = new ActionsState(
    `http://127.0.0.1:${(blob.address() as AddressInfo).port}`,
    blob
  )
  const actions = state
  const here = (params: Record<string, string>) =>
    params.owner === owner && params.repo === repo
  const runJson = (run: StandInRun) => ({
    id: run.id,
    name: run.workflowFile,
    workflow_id: run.workflowId,
    path: `.github/workflows/${run.workflowFile}`,
    head_sha: run.head_sha,
    head_branch: 'main',
    event: run.event,
    status: 'completed',
    conclusion: run.conclusion,
    url: `${github.url}/repos/${owner}/${repo}/actions/runs/${run.id}`
  })

  github.route(
    'GET',
    '/repos/:owner/:repo/actions/workflows/:workflow/runs',
    ({ params, query }) => {
      const known = actions.runs.filter(
        (run) =>
          run.workflowFile === params.workflow ||
          String(run.workflowId) === params.workflow
      )
      if (
        !here(params) ||
        (known.length === 0 && !/\.ya?ml$/.test(params.workflow))
      )
        return githubError(
          404,
          'Not Found',
          'https://docs.github.com/rest/actions/workflows#get-a-workflow'
        )
      const sha = query.get('head_sha')
      const status = query.get('status')
      const runs = known
        .filter(
          (run) =>
            (!sha || run.head_sha === sha) &&
            (!status || run.conclusion === status || status === 'completed')
        )
        .sort((a, b) => b.id - a.id)
      const perPage = Number(query.get('per_page') ?? 30)
      return {
        status: 200,
        body: {
          total_count: runs.length,
          workflow_runs: runs.slice(0, perPage).map(runJson)
        }
      }
    }
  )

  github.route('GET', '/repos/:owner/:repo/actions/runs/:run', ({ params }) => {
    const run = actions.runs.find((r) => String(r.id) === params.run)
    if (!here(params) || !run)
      return githubError(
        404,
        'Not Found',
        'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run'
      )
    return { status: 200, body: runJson(run) }
  })

  github.route(
    'GET',
    '/repos/:owner/:repo/actions/runs/:run/artifacts',
    ({ params, query }) => {
      const run = actions.runs.find((r) => String(r.id) === params.run)
      if (!here(params) || !run)
        return githubError(
          404,
          'Not Found',
          'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts'
        )
      const name = query.get('name')
      const artifacts = actions.artifacts.filter(
        (a) => a.runId === run.id && (!name || a.name === name)
      )
      return {
        status: 200,
        body: {
          total_count: artifacts.length,
          artifacts: artifacts.map((a) => ({
            id: a.id,
            node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
            name: a.name,
            size_in_bytes: a.zip.length,
            url: `${github.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
            archive_download_url: `${github.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
            expired: a.expired,
            workflow_run: { id: run.id, head_sha: run.head_sha }
          }))
        }
      }
    }
  )

  github.route(
    'GET',
    '/repos/:owner/:repo/actions/artifacts/:id/:format',
    ({ params }) => {
      const artifact = actions.artifacts.find((a) => String(a.id) === params.id)
      if (!here(params) || !artifact || params.format !== 'zip')
        return githubError(
          404,
          'Not Found',
          'https://docs.github.com/rest/actions/artifacts#download-an-artifact'
        )
      if (artifact.expired)
        return githubError(
          410,
          'Artifact has expired',
          'https://docs.github.com/rest/actions/artifacts#download-an-artifact'
        )
      return {
        status: 302,
        headers: {
          location: `${actions.blobUrl}/artifacts/${artifact.id}.zip?sig=signed-${artifact.id}`
        }
      }
    }
  )
  return actions
}

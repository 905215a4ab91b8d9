// The base branch's report, found through the Actions API of the stand-in by the real
// Octokit client: runs by head_sha, artifacts by name, the zip download as a redirect to
// another host (which must never see the token), expiry, IDs past 32 bits, the call cap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ARTIFACT_LIMITS,
  findBaselineArtifact,
  workflowFileOf,
  type ArtifactLookup
} from '../../src/github/baseline-artifact.js'
import { listZip, readZipEntry } from '../../src/github/artifact-zip.js'
import { clientStats, createGitHubClient } from '../../src/github/client.js'
import {
  installActionsRoutes,
  type ActionsState
} from '../support/github-actions-routes.js'
import { githubError, GitHubStandIn } from '../support/github-server.js'
import { makeZip } from '../support/zip.js'

const TOKEN = 'ghs_artifactLookupToken0123456789abcdef'
const NAME = 'image-size-budget-size-ci'
const sha = (n: number) => n.toString(16).padStart(40, 'c')
const commits = Array.from({ length: 60 }, (_, i) => sha(1000 + i))
const report = (commit: string, key = 'size-ci') =>
  JSON.stringify({
    schemaVersion: 1,
    status: 'pass',
    violations: [],
    images: [],
    origin: { commitSha: commit, key, event: 'push' }
  })

describe('findBaselineArtifact', () => {
  let api: GitHubStandIn
  let actions: ActionsState
  let lookup: ArtifactLookup
  beforeEach(async () => {
    api = await GitHubStandIn.start()
    api.addToken(TOKEN, 'read')
    actions = await installActionsRoutes(api)
    lookup = {
      octokit: createGitHubClient(TOKEN, { baseUrl: api.url, retryBaseMs: 10 }),
      owner: 'acme',
      repo: 'app',
      workflow: 'size.yml',
      artifactName: NAME,
      key: 'size-ci'
    }
  })
  afterEach(async () => {
    await actions.close()
    await api.close()
  })

  it('at the merge-base: three calls (runs, artifacts, the zip), IDs past 2^32, and the blob host never sees the token', async () => {
    actions.addRun('size.yml', commits[0], { event: 'pull_request' })
    const run = actions.addRun('size.yml', commits[0])
    const artifact = actions.addArtifact(
      run,
      NAME,
      makeZip([
        { name: 'image-size-budget-report.json', data: report(commits[0]) }
      ])
    )
    expect(run.id).toBeGreaterThan(2 ** 32)
    expect(artifact.id).toBeGreaterThan(2 ** 33)
    const found = await findBaselineArtifact(lookup, commits)
    expect(found).toEqual({
      data: JSON.parse(report(commits[0])),
      commit: commits[0],
      commitsBefore: 0,
      runId: run.id,
      artifactId: artifact.id,
      label: `artifact "${NAME}" of run ${run.id}`
    })
    expect(
      api.requests.map(
        (r) =>
          `${r.method} ${r.path} ${new URLSearchParams(r.query).toString()} ${r.status}`
      )
    ).toEqual([
      `GET /repos/acme/app/actions/workflows/size.yml/runs head_sha=${commits[0]}&status=success&per_page=20 200`,
      `GET /repos/acme/app/actions/runs/${run.id}/artifacts name=${NAME}&per_page=10 200`,
      `GET /repos/acme/app/actions/artifacts/${artifact.id}/zip  302`
    ])
    expect(actions.downloads).toEqual([
      { path: `/artifacts/${artifact.id}.zip` }
    ])
    expect(clientStats(lookup.octokit)).toEqual({ calls: 3, requests: 4 })
  })

  it('none at the merge-base, an expired one 2 back, a good one 3 back: 3 commits before, and said so', async () => {
    actions.addRun('size.yml', commits[1], { conclusion: 'failure' })
    const expired = actions.addRun('size.yml', commits[2])
    actions.addArtifact(
      expired,
      NAME,
      makeZip([
        { name: 'image-size-budget-report.json', data: report(commits[2]) }
      ]),
      { expired: true }
    )
    const good = actions.addRun('size.yml', commits[3])
    actions.addArtifact(
      good,
      NAME,
      makeZip([
        {
          name: 'image-size-budget-report.json',
          data: report(commits[3]),
          store: true
        }
      ])
    )
    const found = await findBaselineArtifact(lookup, commits)
    expect(found).toMatchObject({
      commit: commits[3],
      commitsBefore: 3,
      runId: good.id
    })
    // runs at 4 commits, artifacts of the 2 that had a successful run, one download
    expect(api.requests.filter((r) => r.path.endsWith('/runs'))).toHaveLength(4)
    expect(
      api.requests.filter((r) => r.path.endsWith('/artifacts'))
    ).toHaveLength(2)
    expect(api.requests.filter((r) => r.path.endsWith('/zip'))).toHaveLength(1)
  })

  it('a report for another key (a matrix job) or another commit is passed over', async () => {
    const other = actions.addRun('size.yml', commits[0])
    actions.addArtifact(
      other,
      NAME,
      makeZip([
        {
          name: 'image-size-budget-report.json',
          data: report(commits[0], 'size-arm64')
        }
      ])
    )
    const moved = actions.addRun('size.yml', commits[1])
    actions.addArtifact(
      moved,
      NAME,
      makeZip([
        { name: 'image-size-budget-report.json', data: report(commits[5]) }
      ])
    )
    const good = actions.addRun('size.yml', commits[2])
    actions.addArtifact(
      good,
      NAME,
      makeZip([
        { name: 'r/image-size-budget-report.json', data: report(commits[2]) }
      ])
    )
    expect(await findBaselineArtifact(lookup, commits)).toMatchObject({
      commit: commits[2],
      commitsBefore: 2
    })
  })

  it('nothing anywhere: a note after at most 50 commits and 2 calls each', async () => {
    for (const commit of commits) actions.addRun('size.yml', commit)
    const found = await findBaselineArtifact(lookup, commits)
    expect(found).toEqual({
      note: `no successful run of workflow size.yml uploaded the artifact "${NAME}" for the merge-base ${commits[0].slice(0, 7)} or the 49 commits before it (last: run ${actions.runs[49].id} at ${commits[49].slice(0, 7)}: no artifact "${NAME}")`
    })
    expect(api.requests).toHaveLength(2 * ARTIFACT_LIMITS.commits)
    expect(api.requests.length).toBeLessThanOrEqual(ARTIFACT_LIMITS.calls)
  })

  it('no actions: read (403): a note with the fix; GitHub down (502 every time): a warning-worthy note naming the endpoint; no throw', async () => {
    api.failNext(
      'GET',
      /\/runs$/,
      githubError(403, 'Resource not accessible by integration')
    )
    expect(await findBaselineArtifact(lookup, commits)).toEqual({
      note: `Looking for runs of workflow size.yml at ${commits[0].slice(0, 7)} failed: the token may not do this (403 on GET /repos/acme/app/actions/workflows/size.yml/runs: Resource not accessible by integration). Give the job \`permissions: actions: read\` so the action can find the base branch's report. Falling back.`
    })
    api.failNext('GET', /\/runs$/, githubError(502, 'Server Error'), Infinity)
    expect(await findBaselineArtifact(lookup, commits)).toMatchObject({
      note: expect.stringContaining(
        'GitHub answered 502 on GET /repos/acme/app/actions/workflows/size.yml/runs'
      ),
      warning: true
    })
  })

  it('the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(
      workflowFileOf('acme/app/.github/workflows/size.yml@refs/pull/7/merge')
    ).toBe('size.yml')
    expect(workflowFileOf(undefined)).toBeUndefined()
  })
})

describe('artifact zips', () => {
  it('reads stored and deflated entries; a damaged one, an oversized one and a non-zip are refused', () => {
    const zip = makeZip([
      { name: 'a.json', data: '{"a":1}', store: true },
      { name: 'b.json', data: 'x'.repeat(10_000) }
    ])
    const entries = listZip(zip)
    expect(entries.map((e) => [e.name, e.method, e.sizeBytes])).toEqual([
      ['a.json', 0, 7],
      ['b.json', 8, 10_000]
    ])
    expect(readZipEntry(zip, entries[0], 100).toString()).toBe('{"a":1}')
    expect(readZipEntry(zip, entries[1], 10_000).toString()).toBe(
      'x'.repeat(10_000)
    )
    expect(() => readZipEntry(zip, entries[1], 9_999)).toThrow(
      'b.json is 10000 bytes; at most 9999 are read'
    )
    const damaged = Buffer.from(zip)
    damaged[30 + 'a.json'.length] = 0x5b // '{' → '['
    expect(() => readZipEntry(damaged, listZip(damaged)[0], 100)).toThrow(
      'a.json is damaged (size or CRC does not match its directory entry)'
    )
    expect(() =>
      listZip(
        Buffer.from('not a zip at all, just some text that is long enough')
      )
    ).toThrow('not a zip archive')
  })
})

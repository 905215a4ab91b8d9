// A registry that hangs, stalls mid-body, sends hundreds of MB, keeps failing, or echoes
// the request's credentials: each ends in exit 2 within the documented deadlines, with a
// message naming the registry, the image and the time waited, under the memory bound, and
// with no credential in any output (the action masks the ones it read with ::add-mask::).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { readRegistryImage } from '../../src/image/registry/index.js'
import {
  startFakeRegistry,
  type FakeRegistry
} from '../support/fake-registry.js'
import { RSS_BOUND, runCliMeasured } from '../support/measure.js'
import { actionBundle } from '../support/test-bundles.js'
import { dockerConfigDir } from '../support/registry.js'

const USER = 'heldout'
const PASSWORD = 'sw0rdfish-Pa55'
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
const TOKEN = 'tok-5ecret-bearer-0123456789'
const SECRETS = [PASSWORD, BASIC, BASIC.slice(0, 12), TOKEN]

let registry: FakeRegistry
let emptyConfig: string
beforeEach(async () => {
  registry = await startFakeRegistry()
  emptyConfig = dockerConfigDir({})
})
afterEach(async () => {
  await registry.stop()
})

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

const env = () => ({ ...process.env, DOCKER_CONFIG: emptyConfig })

describe('deadlines (short ones, in process)', () => {
  it('a registry that never answers: one request, no retries, the wait named', async () => {
    registry.faults.manifest = { kind: 'hang' }
    const message = await failure(
      readRegistryImage(registry.ref, {
        env: env(),
        client: { timeoutMs: 700 }
      })
    )
    expect(
      registry.requests.filter((r) => r.path.includes('/manifests/'))
    ).toHaveLength(1)
    expect(message).toMatch(
      new RegExp(
        `^registry ${registry.host} sent no answer for the manifest 1 of ${registry.ref} within 0\\.7 s \\(GET /v2/team/app/manifests/1; waited 0\\.\\d s in all\\)\\. Check that the registry is up`
      )
    )
  })

  it('headers, then a stalled manifest body: an input error saying how much came and how long it waited', async () => {
    registry.faults.manifest = { kind: 'stall', after: 10 }
    const message = await failure(
      readRegistryImage(registry.ref, {
        env: env(),
        client: { timeoutMs: 700 }
      })
    )
    expect(message).toMatch(
      new RegExp(
        `^registry ${registry.host} stopped sending the manifest 1 of ${registry.ref}: 10 bytes came, then nothing until the request's 0\\.7 s were up \\(waited 0\\.\\d s; /v2/team/app/manifests/1\\)`
      )
    )
  })

  it('a stalled config blob: the same, naming the config and the platform', async () => {
    registry.faults.config = { kind: 'stall', after: 5 }
    const message = await failure(
      readRegistryImage(registry.ref, {
        env: env(),
        client: { timeoutMs: 700 }
      })
    )
    expect(message).toContain(
      `registry ${registry.host} stopped sending the config blob ${registry.configDigest} of ${registry.ref} (linux/amd64): 5 bytes came`
    )
  })

  it('a layer blob that stalls (--uncompressed): stopped after the idle bound', async () => {
    registry.faults.layer = { kind: 'stall', after: 20 }
    const message = await failure(
      readRegistryImage(registry.ref, {
        env: env(),
        uncompressed: true,
        client: { blobIdleTimeoutMs: 600 }
      })
    )
    expect(message).toMatch(
      new RegExp(
        `registry ${registry.host} stopped sending a layer: 20 bytes came, then nothing for 0\\.6 s \\(after 0\\.\\d s\\) \\(the layer blob ${registry.layerDigest} of ${registry.ref} \\(linux/amd64\\)\\)`
      )
    )
  })

  it('a registry that keeps answering 503 with Retry-After: retries end with the operation deadline', async () => {
    registry.faults.manifest = { kind: 'status', status: 503, retryAfter: '1' }
    const message = await failure(
      readRegistryImage(registry.ref, {
        env: env(),
        client: { operationTimeoutMs: 2_500, retries: 10 }
      })
    )
    expect(registry.requests.length).toBeLessThanOrEqual(4)
    expect(message).toBe(
      `registry ${registry.host} answered 503 Service Unavailable for manifest 1 of team/app. The registry itself failed; run again later, or ask its operator.`
    )
  })

  it('the image is still read when nothing is wrong', async () => {
    const report = await readRegistryImage(registry.ref, {
      env: env(),
      uncompressed: true
    })
    expect(report.totalBytes).toBe(27)
  })
})

describe('deadlines as shipped (30 s per request), through the CLI', () => {
  it('a hanging registry and one that stalls mid-body: exit 2 after 30 s, each once, naming registry, image and wait', async () => {
    const stalling = await startFakeRegistry()
    try {
      registry.faults.manifest = { kind: 'hang' }
      stalling.faults.manifest = { kind: 'stall', after: 10 }
      const [hung, stalled] = await Promise.all([
        runCliMeasured(['analyze', registry.ref, '--source', 'registry'], {
          DOCKER_CONFIG: emptyConfig
        }),
        runCliMeasured(['analyze', stalling.ref, '--source', 'registry'], {
          DOCKER_CONFIG: emptyConfig
        })
      ])
      expect(hung.status).toBe(2)
      expect(hung.ms).toBeLessThan(45_000)
      expect(registry.requests).toHaveLength(1)
      expect(hung.stderr).toMatch(
        new RegExp(
          `^image-size-budget analyze: error: registry ${registry.host} sent no answer for the manifest 1 of ${registry.ref} within 30 s \\(GET /v2/team/app/manifests/1; waited 30(\\.\\d)? s in all\\)\\. Check that the registry is up and reachable, then run again\\.\\n$`
        )
      )
      expect(stalled.status).toBe(2)
      expect(stalled.ms).toBeLessThan(45_000)
      expect(stalled.stderr).not.toContain('internal error')
      expect(stalled.stderr).toMatch(
        new RegExp(
          `^image-size-budget analyze: error: registry ${stalling.host} stopped sending the manifest 1 of ${stalling.ref}: 10 bytes came, then nothing until the request's 30 s were up`
        )
      )
    } finally {
      await stalling.stop()
    }
  })
})

describe('size caps on what a registry sends', () => {
  it.each([true, false])(
    'a manifest of 600 MB (Content-Length given: %s): refused at 4 MiB, under the memory bound',
    async (declared) => {
      registry.faults.manifest = {
        kind: 'huge',
        bytes: 600 * 1000 * 1000,
        declared
      }
      const run = await runCliMeasured(
        ['analyze', registry.ref, '--source', 'registry'],
        { DOCKER_CONFIG: emptyConfig }
      )
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(
        `image-size-budget analyze: error: registry ${registry.host} sent the manifest 1 of ${registry.ref} of ${declared ? '600000000' : 'more than 4194304'} bytes; at most 4194304 bytes (4 MiB) are read for one manifest, config or token, so this is not an image as registries serve them. Check the image reference.\n`
      )
      expect(run.maxRssBytes).toBeGreaterThan(0)
      expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
    }
  )

  it('a config blob of 600 MB: the same', async () => {
    registry.faults.config = {
      kind: 'huge',
      bytes: 600 * 1000 * 1000,
      declared: false
    }
    const run = await runCliMeasured(
      ['analyze', registry.ref, '--source', 'registry'],
      { DOCKER_CONFIG: emptyConfig }
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      `sent the config blob ${registry.configDigest} of ${registry.ref} (linux/amd64) of more than 4194304 bytes`
    )
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
  })
})

describe('no credential in any output', () => {
  const noSecret = (text: string) => {
    for (const secret of SECRETS) expect(text).not.toContain(secret)
  }

  it('a 500 whose body repeats the Basic Authorization header: scrubbed', async () => {
    registry.auth = { basic: { user: USER, password: PASSWORD } }
    registry.faults.manifest = { kind: 'echo-auth' }
    const config = dockerConfigDir({
      auths: { [registry.host]: { auth: BASIC } }
    })
    const run = await runCliMeasured(
      ['analyze', registry.ref, '--source', 'registry'],
      { DOCKER_CONFIG: config, IMAGE_SIZE_BUDGET_DEBUG: '1' }
    )
    expect(run.status).toBe(2)
    expect(
      registry.requests.some((r) => r.authorization === `Basic ${BASIC}`)
    ).toBe(true)
    expect(run.stderr).toContain(
      `registry ${registry.host} answered 500 Internal Server Error for manifest 1 of team/app (UNKNOWN: internal failure; request had Authorization: Basic ***)`
    )
    noSecret(run.stdout + run.stderr)
  })

  it('a 500 whose body repeats the Bearer token got from the token server: scrubbed', async () => {
    registry.auth = { bearer: { user: USER, password: PASSWORD, token: TOKEN } }
    registry.faults.manifest = { kind: 'echo-auth' }
    const config = dockerConfigDir({
      auths: { [registry.host]: { username: USER, password: PASSWORD } }
    })
    const run = await runCliMeasured(
      ['analyze', registry.ref, '--source', 'registry'],
      { DOCKER_CONFIG: config, IMAGE_SIZE_BUDGET_DEBUG: '1' }
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      '(UNKNOWN: internal failure; request had Authorization: Bearer ***)'
    )
    noSecret(run.stdout + run.stderr)
  })

  it('the action: the same failure as ::error:: without the secret, and every credential read masked with ::add-mask::', async () => {
    registry.auth = { basic: { user: USER, password: PASSWORD } }
    registry.faults.manifest = { kind: 'echo-auth' }
    const config = dockerConfigDir({
      auths: { [registry.host]: { auth: BASIC } }
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-hostile-action-'))
    const outputs = path.join(dir, 'out')
    writeFileSync(outputs, '')
    const run = await runCliMeasured(
      [],
      {
        DOCKER_CONFIG: config,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputs,
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
        RUNNER_TEMP: dir,
        INPUT_IMAGE: registry.ref,
        INPUT_SOURCE: 'registry',
        INPUT_MODE: 'check',
        INPUT_BASELINE: 'none',
        'INPUT_FAIL-ON-VIOLATION': 'true',
        'INPUT_FILE-ANALYSIS': 'false',
        INPUT_COMMENT: 'never'
      },
      60_000,
      actionBundle()
    )
    const lines = (run.stdout + run.stderr).split('\n')
    const masked = lines
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
    expect(masked).toEqual(expect.arrayContaining([PASSWORD, BASIC]))
    noSecret(
      lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')
    )
    expect(lines.find((line) => line.startsWith('::error::'))).toContain(
      'request had Authorization: Basic ***'
    )
  })

  it.each(['cli', 'action'])(
    'a malformed docker config.json (%s): named by line and column, the password never quoted',
    async (front) => {
      registry.auth = { basic: { user: USER, password: PASSWORD } }
      const dir = mkdtempSync(path.join(tmpdir(), 'isb-bad-config-'))
      writeFileSync(
        path.join(dir, 'config.json'),
        `{\n  "auths": {\n    "${registry.host}": { "auth": "${BASIC}", "password": "${PASSWORD}" x }\n  }\n}\n`
      )
      const actionDir = mkdtempSync(path.join(tmpdir(), 'isb-hostile-action-'))
      writeFileSync(path.join(actionDir, 'out'), '')
      const run =
        front === 'cli'
          ? await runCliMeasured(
              ['analyze', registry.ref, '--source', 'registry'],
              { DOCKER_CONFIG: dir }
            )
          : await runCliMeasured(
              [],
              {
                DOCKER_CONFIG: dir,
                GITHUB_ACTIONS: 'true',
                GITHUB_OUTPUT: path.join(actionDir, 'out'),
                GITHUB_STEP_SUMMARY: path.join(actionDir, 'summary'),
                RUNNER_TEMP: actionDir,
                INPUT_IMAGE: registry.ref,
                INPUT_SOURCE: 'registry',
                INPUT_MODE: 'check',
                INPUT_BASELINE: 'none',
                'INPUT_FILE-ANALYSIS': 'false',
                INPUT_COMMENT: 'never'
              },
              60_000,
              actionBundle()
            )
      const said =
        front === 'cli'
          ? run.stderr
          : (run.stdout
              .split('\n')
              .find((line) => line.startsWith('::error::')) ?? '')
      expect(said).toContain(
        `$DOCKER_CONFIG/config.json is not valid JSON (Expected ',' or '}' after property value at line 3, column`
      )
      expect(said).toContain('Fix it, or run "docker login" again.')
      noSecret(run.stdout + run.stderr)
    }
  )
})

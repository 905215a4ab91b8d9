// The report files of `mode: comment`: found by glob, validated as untrusted input (they
// come out of a fork's job), merged into one RunReport. The matrix fixtures are two
// ImageResult files as two matrix jobs would upload them (test/fixtures/reports/README.md).
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  loadReportFiles,
  validateReportDocument
} from '../../src/github/report-input.js'
import { setLog } from '../../src/log.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import type { ImageResult } from '../../src/model/report.js'
import { withMessages } from '../../src/report/describe.js'
import { runReport, splitLayersPr } from '../support/reports.js'

const MATRIX = 'test/fixtures/reports/matrix'
let dir: string
let warnings: string[]

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'isb-report-input-'))
  warnings = []
  setLog({ debug: () => {}, info: () => {}, warning: (m) => warnings.push(m) })
})

async function write(name: string, data: unknown): Promise<string> {
  const file = path.join(dir, name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data))
  return name
}

/** An image's result as a report file holds it: with the `message` fields written (withMessages). */
function image(): ImageResult {
  return JSON.parse(
    JSON.stringify(withMessages(splitLayersPr(), 'si'))
  ) as ImageResult
}

describe('loadReportFiles', () => {
  it("merges the matrix jobs' ImageResult files into one RunReport and one comment", async () => {
    const loaded = await loadReportFiles(`${MATRIX}/*.result.json`)
    expect(loaded.files).toEqual([
      `${MATRIX}/amd64.result.json`,
      `${MATRIX}/arm64.result.json`
    ])
    expect(loaded.pullRequest).toEqual({
      number: 42,
      headSha: 'c0ffee0000000000000000000000000000000042'
    })
    expect(loaded.run.status).toBe('fail')
    expect(
      loaded.run.images.map((i) => [i.name, i.totalBytes, i.status])
    ).toEqual([
      ['signer-amd64', 69617314, 'fail'],
      ['signer-arm64', 2508450, 'pass']
    ])
    expect(loaded.run.violations.map((v) => `${v.image}:${v.rule}`)).toEqual([
      'signer-amd64:total',
      'signer-amd64:layer'
    ])
    // The pullRequest field is the envelope's, not part of the images.
    expect(Object.keys(loaded.run.images[0])).not.toContain('pullRequest')
    const markdown = renderCommentMarkdown(loaded.run, { key: 'matrix' })
    expect(markdown).toContain('## Image sizes: ❌ 1 of 2 images over budget')
    expect(markdown).toContain(
      '**72.1 MB** in all · no change against the base (72.1 MB)'
    )
    expect(warnings).toEqual([])
  })

  it('takes a RunReport file and an ImageResult file together; a plain path works too', async () => {
    const run = runReport([image()], 'iec')
    await write('a/run.json', run)
    await write('b/one.json', {
      ...image(),
      name: 'other',
      violations: [],
      status: 'pass',
      comparison: null,
      baselineNote: 'no baseline-report given'
    })
    const loaded = await loadReportFiles('**/*.json', { cwd: dir })
    expect(loaded.files).toEqual(['a/run.json', 'b/one.json'])
    expect(loaded.run.units).toBe('iec')
    expect(loaded.run.images.map((i) => i.name)).toEqual(['signer', 'other'])
    expect(loaded.run.violations).toHaveLength(2)
    const single = await loadReportFiles('b/one.json', { cwd: dir })
    expect(single.run).toMatchObject({
      schemaVersion: 1,
      status: 'pass',
      violations: []
    })
  })

  it('warns when two files hold the same image name; refuses two different PR numbers', async () => {
    await write('1.json', { ...image(), pullRequest: { number: 1 } })
    await write('2.json', { ...image(), pullRequest: { number: 2 } })
    await expect(loadReportFiles('*.json', { cwd: dir })).rejects.toThrow(
      'report files name different pull requests: #1 in 1.json, #2 in 2.json'
    )
    expect(warnings).toEqual([
      'image "signer" is in both 1.json and 2.json: both are shown'
    ])
  })

  it('says what to do when nothing matches, and refuses symlinks', async () => {
    await expect(
      loadReportFiles('reports/*.json', { cwd: dir })
    ).rejects.toThrow(
      `no report file matches "reports/*.json" (from ${dir}): download the report artifact first (actions/download-artifact) and check the path`
    )
    await write('real.json', image())
    await symlink(path.join(dir, 'real.json'), path.join(dir, 'link.json'))
    await expect(loadReportFiles('link.json', { cwd: dir })).rejects.toThrow(
      'report file link.json is not a regular file (a symlink?): refused'
    )
    await expect(loadReportFiles('  ', { cwd: dir })).rejects.toThrow(
      'the "report" input is empty'
    )
  })

  it('refuses files that are not JSON or too large', async () => {
    await write('bad.json', '{"schemaVersion": 1,')
    await expect(loadReportFiles('bad.json', { cwd: dir })).rejects.toThrow(
      /^report file bad.json is not JSON: /
    )
    await write('big.json', `{"pad": "${'x'.repeat(8 * 1024 * 1024)}"}`)
    await expect(loadReportFiles('big.json', { cwd: dir })).rejects.toThrow(
      `report file big.json is ${8 * 1024 * 1024 + 11} bytes; at most 8388608 are read`
    )
  })
})

describe('validateReportDocument: hostile and malformed files', () => {
  const cases: [
    string,
    (doc: Record<string, unknown> & ImageResult) => unknown,
    string
  ][] = [
    [
      'a negative size',
      (d) => ((d.layers[1].sizeBytes = -1), d),
      'report file x.json: /layers/1/sizeBytes must be >= 0'
    ],
    [
      'a fractional size',
      (d) => ((d.totalBytes = 1.5), d),
      'report file x.json: /totalBytes must be integer'
    ],
    [
      'a size as a string',
      (d) => ((d.layers[0].sizeBytes = '1984162' as unknown as number), d),
      'report file x.json: /layers/0/sizeBytes must be integer'
    ],
    [
      'a size beyond 2^53',
      (d) => ((d.totalBytes = 2 ** 60), d),
      'report file x.json: /totalBytes must be <= 9007199254740991'
    ],
    [
      'a 70 kB instruction',
      (d) => ((d.layers[1].createdBy = 'x'.repeat(70_000)), d),
      'report file x.json: /layers/1/createdBy must NOT have more than 65536 characters'
    ],
    [
      'a 10 kB image name',
      (d) => ((d.name = 'n'.repeat(10_000)), d),
      'report file x.json: /name must NOT have more than 512 characters'
    ],
    [
      '5000 layers',
      (d) => ((d.layers = Array.from({ length: 5_000 }, () => d.layers[0])), d),
      'report file x.json: /layers must NOT have more than 1000 items'
    ],
    [
      'an unknown status',
      (d) => ((d.status = 'ok' as 'pass'), d),
      'report file x.json: /status must be equal to one of the allowed values'
    ],
    [
      'an unknown violation rule',
      (d) => ((d.violations[0].rule = 'evil' as 'total'), d),
      'report file x.json: /violations/0/rule must be equal to one of the allowed values'
    ],
    [
      'a comparison layer side that is a string',
      (d) => ((d.comparison!.layers[0].base = '<img>' as never), d),
      'report file x.json: /comparison/layers/0/base must be object,null'
    ],
    [
      'an unknown pairedBy',
      (d) => ((d.comparison!.layers[0].pairedBy = '<b>guess</b>' as 'text'), d),
      'report file x.json: /comparison/layers/0/pairedBy must be equal to one of the allowed values'
    ],
    [
      'a score above 1',
      (d) => ((d.comparison!.layers[0].score = 7), d),
      'report file x.json: /comparison/layers/0/score must be <= 1'
    ],
    [
      'a merge of one row',
      (d) => (
        (d.comparison!.layers[0].mergedBase = [d.comparison!.layers[0].base!]),
        d
      ),
      'report file x.json: /comparison/layers/0/mergedBase must NOT have fewer than 2 items'
    ],
    [
      'a PR number that is not a number',
      (d) => ({ ...d, pullRequest: { number: '12; rm -rf /' } }),
      'report file x.json: /pullRequest/number must be integer'
    ],
    [
      'a head SHA that is not one',
      (d) => ({ ...d, pullRequest: { number: 12, headSha: 'main' } }),
      'report file x.json: /pullRequest/headSha must match pattern "^[0-9a-f]{40}$"'
    ],
    [
      'schema version 2',
      (d) => ({ ...d, schemaVersion: 2 }),
      'report file x.json: /schemaVersion must be equal to constant'
    ],
    [
      'an array',
      () => [],
      'report file x.json: not a JSON object (a RunReport or an ImageResult)'
    ],
    [
      'something else',
      () => ({ hello: 'world' }),
      'report file x.json: neither a RunReport ("images") nor an ImageResult ("name", "layers")'
    ],
    [
      'a baselineFrom of an unknown kind',
      (d) => ({ ...d, baselineFrom: { kind: 'magic' } }),
      'report file x.json: /baselineFrom/kind must be equal to one of the allowed values'
    ],
    [
      '500 fallback lines',
      (d) => ({
        ...d,
        baselineFrom: {
          kind: 'build',
          fallbacks: Array.from({ length: 500 }, () => 'x')
        }
      }),
      'report file x.json: /baselineFrom/fallbacks must NOT have more than 10 items'
    ],
    [
      'an origin whose commit is not one',
      () => ({
        schemaVersion: 1,
        status: 'pass',
        violations: [],
        images: [],
        origin: { commitSha: 'HEAD', key: 'ci' }
      }),
      'report file x.json: /origin/commitSha must match pattern "^[0-9a-f]{40}$"'
    ],
    [
      'a run whose images are not objects',
      () => ({
        schemaVersion: 1,
        status: 'pass',
        violations: [],
        images: ['x']
      }),
      'report file x.json: /images/0 must be object'
    ]
  ]

  it.each(cases)('%s', (_name, mutate, message) => {
    expect(() =>
      validateReportDocument(
        mutate(image() as Record<string, unknown> & ImageResult),
        'x.json'
      )
    ).toThrow(message)
  })

  it('accepts a report saved before pairings were explained (no pairedBy, score, mergedBase), and one with them', () => {
    const old = image()
    for (const change of old.comparison!.layers) {
      delete change.pairedBy
      delete change.score
    }
    expect(validateReportDocument(old, 'x.json').kind).toBe('image')
    const withMerge = image()
    const first = withMerge.comparison!.layers.find(
      (change) => change.base && change.head
    )!
    Object.assign(first, {
      pairedBy: 'text',
      score: 0.986,
      mergedBase: [first.base!, { ...first.base!, index: 9 }]
    })
    expect(validateReportDocument(withMerge, 'x.json').kind).toBe('image')
  })

  it('accepts the later optional fields (origin, baselineFrom), and renders where the baseline came from', () => {
    const from = {
      kind: 'artifact' as const,
      commit: 'a'.repeat(40),
      branch: 'main',
      commitsBeforeMergeBase: 3,
      runId: 2 ** 34
    }
    const doc = validateReportDocument(
      { ...image(), baselineFrom: from },
      'x.json'
    )
    const markdown = renderCommentMarkdown(
      runReport([(doc as { image: ImageResult }).image]),
      { key: 'ci' }
    )
    expect(markdown.replace(/\u2060/g, '')).toContain(
      `baseline: main @ aaaaaaa, 3 commits before the merge-base, from the report of run ${2 ** 34}`
    )
    const run = {
      schemaVersion: 1,
      status: 'pass',
      violations: [],
      images: [],
      origin: {
        commitSha: 'b'.repeat(40),
        key: 'ci',
        runId: 2 ** 34,
        event: 'push'
      }
    }
    expect(validateReportDocument(run, 'x.json').kind).toBe('run')
  })

  it('accepts hostile text within the caps: it is escaped when rendered, not refused', async () => {
    const hostile = JSON.parse(
      await readFile('test/fixtures/reports/hostile.analyze.json', 'utf8')
    ) as ImageResult
    const doc = validateReportDocument(
      {
        ...hostile,
        name: '<img src=x onerror=alert(1)>',
        status: 'pass',
        violations: []
      },
      'x.json'
    )
    expect(doc.kind).toBe('image')
    const markdown = renderCommentMarkdown(
      runReport([(doc as { image: ImageResult }).image]),
      { key: 'ci' }
    )
    expect(markdown).toContain(
      '## Image size: &lt;img src=x onerror=alert\\(1\\)&gt;'
    )
  })
})

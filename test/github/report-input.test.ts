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
      'report file link.json is not a regular file (a directory or symlink?): refused'
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

// The hostile and malformed cases are the one reader's (test/baseline/report-file.test.ts);
// here, what a comment does with what passes.
describe('validateReportDocument', () => {
  it('a one-image file must be a whole ImageResult (it is rendered as it is)', () => {
    const { name: _name, ...unnamed } = image()
    expect(() => validateReportDocument(unnamed, 'x.json')).toThrow(
      "report file x.json: (top level) must have required property 'name'"
    )
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

// The one reader of report files (readReportFile, parseReportDocument): every report read
// back goes through it, a baseline report and the report files of `mode: comment` alike.
// Untrusted files are refused with an InputError whose fields name the file, the first bad
// field and the fix; fields a newer version added are read past. The documents are real
// outputs (test/fixtures/reports) with one thing broken each.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportFile } from '../../src/baseline/report-file.js'
import { InputError } from '../../src/errors.js'
import { REPORT_FILE_LIMIT, REPORT_LAYERS_LIMIT } from '../../src/limits.js'
import {
  parseReportDocument,
  type ReportReader
} from '../../src/model/report-schema.js'
import type { ImageResult } from '../../src/model/report.js'
import { loadAnalyze, splitLayersPr } from '../support/reports.js'

const dir = mkdtempSync(path.join(tmpdir(), 'isb-report-file-'))
function save(name: string, data: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

const FIX = 'give a report'
const reader = (
  file = 'x.json',
  image: ReportReader['image'] = 'result'
): ReportReader => ({ file, what: 'report file', image, fix: FIX })

function image(): Record<string, unknown> & ImageResult {
  return JSON.parse(JSON.stringify(splitLayersPr())) as Record<
    string,
    unknown
  > &
    ImageResult
}

/** The InputError `run` throws (any other outcome fails the test). */
function refusal(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('not refused')
}

async function refusalOf(run: Promise<unknown>): Promise<InputError> {
  try {
    await run
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('not refused')
}

const run = (images: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  status: 'pass',
  violations: [],
  images,
  ...extra
})

describe('parseReportDocument: hostile and malformed reports', () => {
  const cases: [
    string,
    (doc: Record<string, unknown> & ImageResult) => unknown,
    string
  ][] = [
    [
      'a negative size',
      (d) => ((d.layers[1].sizeBytes = -1), d),
      '/layers/1/sizeBytes must be >= 0'
    ],
    [
      'a fractional size',
      (d) => ((d.totalBytes = 1.5), d),
      '/totalBytes must be integer'
    ],
    [
      'a size as a string',
      (d) => ((d.layers[0].sizeBytes = '1984162' as unknown as number), d),
      '/layers/0/sizeBytes must be integer'
    ],
    [
      'a total as a string',
      (d) => ((d.totalBytes = '100' as unknown as number), d),
      '/totalBytes must be integer'
    ],
    [
      'a size beyond 2^53',
      (d) => ((d.totalBytes = 2 ** 60), d),
      '/totalBytes must be <= 9007199254740991'
    ],
    [
      'an instruction one character over 64 KiB',
      (d) => ((d.layers[1].createdBy = 'x'.repeat(65_537)), d),
      '/layers/1/createdBy must NOT have more than 65536 characters'
    ],
    [
      'a 70 kB instruction',
      (d) => ((d.layers[1].createdBy = 'x'.repeat(70_000)), d),
      '/layers/1/createdBy must NOT have more than 65536 characters'
    ],
    [
      'a 10 kB image name',
      (d) => ((d.name = 'n'.repeat(10_000)), d),
      '/name must NOT have more than 512 characters'
    ],
    [
      '1001 layers',
      (d) => (
        (d.layers = Array.from({ length: 1001 }, (_, index) => ({
          ...d.layers[0],
          index
        }))),
        d
      ),
      '/layers must NOT have more than 1000 items'
    ],
    [
      '5000 layers',
      (d) => ((d.layers = Array.from({ length: 5_000 }, () => d.layers[0])), d),
      '/layers must NOT have more than 1000 items'
    ],
    [
      'a layer index past the layer cap',
      (d) => ((d.layers[0].index = 100_000), d),
      '/layers/0/index must be <= 1000'
    ],
    [
      'a file item added in a layer past the cap',
      (d) => (
        (d.files = {
          ...loadAnalyze('split-layers').files!,
          items: [{ path: '/x', bytes: 1, addedIn: 100_000 }]
        }),
        d
      ),
      '/files/items/0/addedIn must be <= 1000'
    ],
    [
      'a per-layer path of negative size',
      (d) => (
        (d.files = {
          ...loadAnalyze('split-layers').files!,
          layerPaths: [{ layer: 1, paths: [{ path: '/x', bytes: -5 }] }]
        }),
        d
      ),
      '/files/layerPaths/0/paths/0/bytes must be >= 0'
    ],
    [
      'an unknown status',
      (d) => ((d.status = 'ok' as 'pass'), d),
      '/status must be equal to one of the allowed values'
    ],
    [
      'an unknown violation rule',
      (d) => ((d.violations[0].rule = 'evil' as 'total'), d),
      '/violations/0/rule must be equal to one of the allowed values'
    ],
    [
      'a comparison layer side that is a string',
      (d) => ((d.comparison!.layers[0].base = '<img>' as never), d),
      '/comparison/layers/0/base must be object,null'
    ],
    [
      'an unknown pairedBy',
      (d) => ((d.comparison!.layers[0].pairedBy = '<b>guess</b>' as 'text'), d),
      '/comparison/layers/0/pairedBy must be equal to one of the allowed values'
    ],
    [
      'a score above 1',
      (d) => ((d.comparison!.layers[0].score = 7), d),
      '/comparison/layers/0/score must be <= 1'
    ],
    [
      'a merge of one row',
      (d) => (
        (d.comparison!.layers[0].mergedBase = [d.comparison!.layers[0].base!]),
        d
      ),
      '/comparison/layers/0/mergedBase must NOT have fewer than 2 items'
    ],
    [
      'a PR number that is not a number',
      (d) => ({ ...d, pullRequest: { number: '12; rm -rf /' } }),
      '/pullRequest/number must be integer'
    ],
    [
      'a head SHA that is not one',
      (d) => ({ ...d, pullRequest: { number: 12, headSha: 'main' } }),
      '/pullRequest/headSha must match pattern "^[0-9a-f]{40}$"'
    ],
    [
      'schema version 2',
      (d) => ({ ...d, schemaVersion: 2 }),
      '/schemaVersion must be equal to constant'
    ],
    [
      'missing layers',
      (d) => ({ ...d, layers: undefined }),
      "(top level) must have required property 'layers'"
    ],
    [
      'an array',
      () => [],
      'not a JSON object (a RunReport, an ImageResult or an ImageReport)'
    ],
    [
      'something else',
      () => ({ hello: 'world' }),
      'neither a RunReport ("images") nor an ImageResult ("name", "layers")'
    ],
    [
      'a baselineFrom of an unknown kind',
      (d) => ({ ...d, baselineFrom: { kind: 'magic' } }),
      '/baselineFrom/kind must be equal to one of the allowed values'
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
      '/baselineFrom/fallbacks must NOT have more than 10 items'
    ],
    [
      'an origin whose commit is not one',
      () => run([], { origin: { commitSha: 'HEAD', key: 'ci' } }),
      '/origin/commitSha must match pattern "^[0-9a-f]{40}$"'
    ],
    [
      'a run whose images are not objects',
      () => run(['x']),
      '/images/0 must be object'
    ],
    [
      'a run image without a name',
      () => run([loadAnalyze('split-layers')]),
      "/images/0 must have required property 'name'"
    ]
  ]

  it.each(cases)('%s', (_name, mutate, where) => {
    const error = refusal(() =>
      parseReportDocument(mutate(image()), reader('x.json'))
    )
    expect([error.input, error.problem, error.fix]).toEqual([
      'x.json',
      `report file x.json: ${where}`,
      FIX
    ])
    expect(error.message).toBe(`report file x.json: ${where}: ${FIX}`)
  })

  it('a baseline reads an ImageReport (analyze --json); a comment needs an ImageResult', () => {
    const analyzed = loadAnalyze('split-layers')
    expect(
      parseReportDocument(analyzed, reader('a.json', 'report'))
    ).toMatchObject({ kind: 'image', image: { totalBytes: 69617314 } })
    expect(
      refusal(() => parseReportDocument(analyzed, reader('a.json'))).problem
    ).toBe("report file a.json: (top level) must have required property 'name'")
  })

  it('reads past fields a newer version added, at every level', () => {
    const newer = image()
    Object.assign(newer, { provenance: { builder: 'x' } })
    Object.assign(newer.layers[0], { script: 'x' })
    Object.assign(newer.image, { annotations: { a: 'b' } })
    Object.assign(newer.comparison!.layers[0], { confidence: 'high' })
    const document = parseReportDocument(newer, reader())
    expect(document.kind).toBe('image')
    expect(
      parseReportDocument(
        run([newer], { schemaVersion: 1, generator: 'v9' }),
        reader()
      ).kind
    ).toBe('run')
  })

  it('accepts a report saved before pairings were explained (no pairedBy, score, mergedBase), and one with them', () => {
    const old = image()
    for (const change of old.comparison!.layers) {
      delete change.pairedBy
      delete change.score
    }
    expect(parseReportDocument(old, reader()).kind).toBe('image')
    const withMerge = image()
    const first = withMerge.comparison!.layers.find(
      (change) => change.base && change.head
    )!
    Object.assign(first, {
      pairedBy: 'text',
      score: 0.986,
      mergedBase: [first.base!, { ...first.base!, index: 9 }]
    })
    expect(parseReportDocument(withMerge, reader()).kind).toBe('image')
  })

  it('the layer cap is the one of src/limits.ts', () => {
    expect(REPORT_LAYERS_LIMIT).toBe(1_000)
    const d = image()
    d.layers = Array.from({ length: REPORT_LAYERS_LIMIT }, (_, index) => ({
      ...d.layers[0],
      index
    }))
    expect(parseReportDocument(d, reader()).kind).toBe('image')
  })
})

describe('readReportFile', () => {
  it('reads a report as it was written', async () => {
    const analyzed = loadAnalyze('split-layers')
    expect(
      await readReportFile(save('image.json', analyzed), reader('i', 'report'))
    ).toEqual({ kind: 'image', image: analyzed })
  })

  it('refuses a missing file, a symlink, a directory, a non-JSON file and an oversized one, naming the file and the fix', async () => {
    const missing = path.join(dir, 'nope.json')
    const gone = await refusalOf(readReportFile(missing, reader(missing)))
    expect([gone.input, gone.problem, gone.fix]).toEqual([
      missing,
      `report file ${missing} does not exist`,
      FIX
    ])
    const link = path.join(dir, 'link.json')
    symlinkSync(save('target.json', image()), link)
    const linked = await refusalOf(readReportFile(link, reader('link.json')))
    expect([linked.input, linked.problem, linked.fix]).toEqual([
      'link.json',
      'report file link.json is not a regular file (a directory or symlink?): refused',
      'give the path of the report file itself'
    ])
    expect((await refusalOf(readReportFile(dir, reader('d')))).problem).toBe(
      'report file d is not a regular file (a directory or symlink?): refused'
    )
    const bad = await refusalOf(
      readReportFile(save('bad.json', '{"schemaVersion": 1,'), reader('b'))
    )
    expect(bad.problem).toMatch(/^report file b is not JSON: /)
    expect(bad.fix).toBe(FIX)
    const big = save('big.json', `{"pad": "${'x'.repeat(REPORT_FILE_LIMIT)}"}`)
    expect((await refusalOf(readReportFile(big, reader('big')))).problem).toBe(
      `report file big is ${REPORT_FILE_LIMIT + 11} bytes; at most 8388608 are read`
    )
  })
})

// Saved reports as baselines: the three shapes accepted, and untrusted files refused with
// a message naming the file and the field. The reports are captured `analyze --json`
// outputs of real images (test/fixtures/reports).
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../src/compare/compare.js'
import {
  loadSavedReport,
  parseSavedReport
} from '../../src/baseline/saved-report.js'
import { InputError } from '../../src/errors.js'
import type { ImageReport, RunReport } from '../../src/model/report.js'
import { loadAnalyze } from '../support/reports.js'

const dir = mkdtempSync(path.join(tmpdir(), 'isb-saved-'))
function save(name: string, data: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

// The file analysis (`files`) is checked for shape and then dropped: a baseline needs only the layers.
const { files: _files, ...split } = loadAnalyze('split-layers')
const merged = loadAnalyze('merged-run')
const result = (report: ImageReport, name: string) => ({
  ...report,
  name,
  status: 'pass',
  violations: [],
  comparison: null,
  baselineNote: 'none'
})
const run: RunReport = {
  schemaVersion: 1,
  status: 'pass',
  violations: [],
  images: [
    result(split, 'api'),
    result(merged, 'worker')
  ] as RunReport['images'],
  units: 'si'
}

describe('loadSavedReport', () => {
  it('reads an ImageReport as it was written (without the file analysis)', async () => {
    expect(_files).toBeDefined()
    expect(
      await loadSavedReport(save('image.json', loadAnalyze('split-layers')))
    ).toEqual(split)
  })

  it('keeps the file analysis when it carries per-layer paths (they pair layers), and refuses malformed ones', async () => {
    const layerPaths = [
      {
        layer: 1,
        paths: [{ path: '/opt/build-deps/toolchain.bin', bytes: 50331648 }]
      }
    ]
    const withPaths = {
      ...loadAnalyze('split-layers'),
      files: { ...loadAnalyze('split-layers').files!, layerPaths }
    }
    expect(
      (await loadSavedReport(save('paths.json', withPaths))).files?.layerPaths
    ).toEqual(layerPaths)
    const bad = {
      ...withPaths,
      files: {
        ...withPaths.files,
        layerPaths: [{ layer: 1, paths: [{ path: '/x', bytes: -5 }] }]
      }
    }
    await expect(loadSavedReport(save('bad-paths.json', bad))).rejects.toThrow(
      /\/files\/layerPaths\/0\/paths\/0\/bytes must be >= 0/
    )
  })

  it('keeps the per-layer folders (what grew), and an older report without them compares with no folder deltas', async () => {
    const layerPaths = [{ layer: 1, paths: [{ path: '/opt/a', bytes: 7 }] }]
    const layerFolders = [
      { layer: 1, folders: [{ path: '/opt', bytes: 7, files: 1 }] }
    ]
    const base = loadAnalyze('split-layers')
    const withFolders = {
      ...base,
      files: { ...base.files!, layerPaths, layerFolders }
    }
    const loaded = await loadSavedReport(save('folders.json', withFolders))
    expect(loaded.files?.layerFolders).toEqual(layerFolders)
    const older = await loadSavedReport(
      save('older.json', {
        ...base,
        files: { ...base.files!, layerPaths }
      })
    )
    expect(older.files?.layerFolders).toBeUndefined()
    const grown = {
      ...loaded,
      files: {
        ...loaded.files!,
        layerFolders: [
          { layer: 1, folders: [{ path: '/opt', bytes: 9, files: 2 }] }
        ]
      }
    }
    const row = (comparison: ReturnType<typeof compareReports>) =>
      comparison.layers.find((change) => change.head?.index === 1)
    expect(row(compareReports(loaded, grown))?.paths).toEqual([
      { path: '/opt', deltaBytes: 2 }
    ])
    expect(row(compareReports(older, grown))?.paths).toBeUndefined()
  })

  it('reads an ImageResult, keeping only the ImageReport fields', async () => {
    const loaded = await loadSavedReport(
      save('result.json', result(split, 'api'))
    )
    expect(loaded).toEqual(split)
    expect(Object.keys(loaded)).not.toContain('name')
  })

  it('picks an image of a RunReport by name (or ref), and needs the name when there are several', async () => {
    const file = save('run.json', run)
    expect(await loadSavedReport(file, 'worker')).toEqual(merged)
    expect(await loadSavedReport(file, split.image.ref)).toEqual(split)
    await expect(loadSavedReport(file)).rejects.toThrow(
      `baseline report ${file} holds 2 images (api, worker): name the one to compare with`
    )
    await expect(loadSavedReport(file, 'web')).rejects.toThrow(
      `baseline report ${file} has no image named "web"; it holds api, worker`
    )
    expect(
      await loadSavedReport(
        save('run1.json', { ...run, images: [run.images[1]] })
      )
    ).toEqual(merged)
  })

  it("a push run's report with origin and baselineFrom (later optional fields) reads as before; a bad origin is refused", async () => {
    const later = {
      ...run,
      origin: {
        commitSha: 'c'.repeat(40),
        key: 'ci',
        event: 'push',
        runId: 2 ** 34
      },
      images: run.images.map((i) => ({ ...i, baselineFrom: { kind: 'build' } }))
    }
    expect(await loadSavedReport(save('later.json', later), 'worker')).toEqual(
      merged
    )
    expect(() =>
      parseSavedReport(
        { ...run, origin: { commitSha: 'main', key: 'ci' } },
        'o.json',
        'worker'
      )
    ).toThrow('baseline report o.json: /origin/commitSha must match pattern')
  })

  it('a loaded report compares like the live one', async () => {
    const comparison = compareReports(
      await loadSavedReport(save('base.json', split)),
      merged
    )
    expect(comparison.totalDeltaBytes).toBe(
      merged.totalBytes - split.totalBytes
    )
    expect(
      comparison.layers.reduce((sum, change) => sum + change.deltaBytes, 0)
    ).toBe(comparison.totalDeltaBytes)
  })

  // The hostile and malformed cases are the one reader's (test/baseline/report-file.test.ts); here, what a baseline adds.
  const layer0 = split.layers[0]
  it.each<[string, unknown, string]>([
    [
      'rows out of order',
      { ...split, layers: [{ ...layer0, index: 1 }] },
      '/layers/0/index is 1, expected 0 (rows must be in order, base first)'
    ],
    [
      'a negative size',
      { ...split, layers: [{ ...layer0, sizeBytes: -1 }] },
      '/layers/0/sizeBytes must be >= 0'
    ],
    ['an array', [split], 'not a JSON object']
  ])('refuses %s, naming the file and the fix', (_name, data, message) => {
    let error: unknown
    try {
      parseSavedReport(data, 'base.json')
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({
      input: 'base.json',
      fix: 'give the path of a JSON report saved by "analyze --json", "check --json" or the action'
    })
    expect((error as InputError).problem).toContain(
      `baseline report base.json: ${message}`
    )
  })

  it('reads past fields a newer version added, and does not carry them along', async () => {
    const newer = {
      ...split,
      extra: 1,
      image: { ...split.image, annotations: { a: 'b' } },
      layers: split.layers.map((row) => ({ ...row, script: 'x' }))
    }
    expect(await loadSavedReport(save('newer.json', newer))).toEqual(split)
  })

  it('refuses a RunReport of no images', () => {
    expect(() =>
      parseSavedReport({ ...run, images: [] }, 'empty.json')
    ).toThrow('baseline report empty.json holds no images')
  })

  it('refuses a missing file, a symlink, a directory, a non-JSON file', async () => {
    await expect(loadSavedReport(path.join(dir, 'nope.json'))).rejects.toThrow(
      'does not exist: give the path of a JSON report'
    )
    const link = path.join(dir, 'link.json')
    symlinkSync(save('target.json', split), link)
    await expect(loadSavedReport(link)).rejects.toThrow(
      `baseline report ${link} is not a regular file (a directory or symlink?): refused`
    )
    await expect(loadSavedReport(dir)).rejects.toThrow('is not a regular file')
    await expect(
      loadSavedReport(save('bad.json', '{"schemaVersion": 1,'))
    ).rejects.toThrow(
      `baseline report ${path.join(dir, 'bad.json')} is not JSON`
    )
  })
})

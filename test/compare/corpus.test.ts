// The pairing corpus: realistic Dockerfile edits (test/fixtures/compare/corpus/<case>/{base,head}),
// each built with both builders and compared, against the pairing a careful reviewer gives:
// which rows pair, why (`pairedBy`), and the exact delta of each change. Sizes are known by
// construction (dd of exact KiB counts, files of known length), so every figure is exact.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareReports } from '../../src/compare/compare.js'
import { analyzeFiles } from '../../src/analysis/files.js'
import { saveEngineImage } from '../../src/image/archive/engine.js'
import { readEngineImage } from '../../src/image/engine.js'
import type {
  Comparison,
  ImageReport,
  LayerChangeStatus,
  LayerPairedBy
} from '../../src/model/report.js'
import {
  BUILDERS,
  buildFixture,
  engineStore,
  FIXTURES,
  type Builder
} from '../support/engine.js'

const K = 1024
/** Bytes of a fixture file. */
const bytes = (path: string) =>
  readFileSync(`${FIXTURES}/compare/corpus/${path}`).length

/** `same`: a step rebuilt from the same text, whose layer may or may not come out byte for byte equal (file times): digest or text. */
type Expected = LayerPairedBy | 'same'
type By = Expected | { classic: Expected; buildkit: Expected }
/** [status, deltaBytes, base row indexes, head row indexes, pairedBy (absent for added/removed)]. */
type Row = [LayerChangeStatus, number, number[], number[], By?]

const same = (base: number, head: number, by: By = 'same'): Row => [
  'unchanged',
  0,
  [base],
  [head],
  by
]
/** The busybox base layer, the same digest on both sides. */
const FROM = same(0, 0, 'digest')

const CASES: [string, Row[]][] = [
  [
    'insert',
    [FROM, same(1, 1, 'digest'), ['added', 200 * K, [], [2]], same(2, 3)]
  ],
  [
    'delete',
    [FROM, same(1, 1, 'digest'), ['removed', -200 * K, [2], []], same(3, 2)]
  ],
  // The edited step gained a command: it is still itself, not the look-alike of its old size.
  [
    'grow-command',
    [
      FROM,
      ['grew', 60 * K, [1], [1], 'text'],
      ['added', 100 * K, [], [2]],
      same(2, 3)
    ]
  ],
  [
    'revert',
    [
      FROM,
      ['shrank', -60 * K, [1], [1], 'text'],
      ['removed', -100 * K, [2], []],
      same(3, 2)
    ]
  ],
  [
    'lookalike-after-edit',
    [
      FROM,
      ['grew', 50 * K + 2, [1], [1], 'text'],
      ['added', 100 * K, [], [2]],
      same(2, 3)
    ]
  ],
  // Another runtime with the same idiom (and the same /opt/runtime.path) is not the old one shrinking.
  [
    'runtime-swap',
    [
      FROM,
      ['removed', -(400 * K + '/opt/node\n'.length), [1], []],
      ['added', 300 * K + '/opt/python\n'.length, [], [1]],
      same(2, 2)
    ]
  ],
  // 2 of 8 packages kept: the same install line, shrunk.
  [
    'install-shrinks',
    [FROM, ['shrank', -60 * K, [1], [1], 'text'], same(2, 2)]
  ],
  [
    'install-grows',
    [FROM, ['grew', 20 * K, [1], [1], 'text'], ['added', 20 * K, [], [2]]]
  ],
  [
    'moved-and-grew',
    [FROM, ['grew', 20 * K, [3], [1], 'moved'], same(1, 2), same(2, 3)]
  ],
  // Same idiom, same size, nothing else in common: not a move.
  [
    'delete-and-append',
    [
      FROM,
      same(1, 1, 'digest'),
      ['removed', -40 * K, [2], []],
      same(3, 2),
      ['added', 40 * K, [], [3]]
    ]
  ],
  [
    'swap-and-edit',
    [FROM, same(2, 1), ['grew', 100 * K, [1], [2], 'moved'], same(3, 3)]
  ],
  ['version-bump', [FROM, ['grew', 40 * K, [1], [1], 'text'], same(2, 2)]],
  // Same files at another destination: the classic builder records the same dir: sha, BuildKit the same sources.
  ['copy-destination', [FROM, same(1, 1, 'digest'), same(2, 2, 'content')]],
  [
    'copy-version',
    [
      FROM,
      same(1, 1, 'digest'),
      [
        'grew',
        bytes('copy-version/head/app-1.5.0.jar') -
          bytes('copy-version/base/app-1.4.0.jar'),
        [2],
        [2],
        'text'
      ]
    ]
  ],
  // Another source to the same destination: the same step, edited.
  ['copy-source', [FROM, ['grew', 8, [1], [1], 'text'], same(2, 2)]],
  [
    'copy-dot',
    (() => {
      const pkg =
        bytes('copy-dot/head/package.json') -
        bytes('copy-dot/base/package.json')
      const src =
        bytes('copy-dot/head/src/index.js') -
        bytes('copy-dot/base/src/index.js')
      // The containerd store's differ compares content: `COPY . .` re-copies package.json unchanged, so its layer leaves it out.
      const dot = engineStore() === 'containerd' ? src : pkg + src
      return [
        FROM,
        same(1, 1, 'digest'),
        ['grew', pkg, [2], [2], { classic: 'text', buildkit: 'content' }],
        ['grew', 70 * K, [3], [3], 'text'],
        ['grew', dot, [4], [4], 'text']
      ]
    })()
  ],
  // Install + compile + cleanup → install-and-cleanup + compile: one change over RUN 1 and RUN 3.
  ['merge', [FROM, ['shrank', -300 * K, [1, 3], [1], 'text'], same(2, 2)]],
  ['split', [FROM, ['grew', 300 * K, [1], [1, 3], 'text'], same(2, 2)]],
  [
    'merge-delete',
    [FROM, ['shrank', -640 * K, [1, 3], [1], 'text'], same(2, 2)]
  ],
  [
    'multi-stage',
    [
      FROM,
      same(1, 1, 'digest'),
      ['grew', 80 * K, [2], [2], { classic: 'text', buildkit: 'content' }]
    ]
  ]
]

function rows(comparison: Comparison): Row[] {
  return comparison.layers.map((change) => {
    const base = (change.mergedBase ?? (change.base ? [change.base] : [])).map(
      (side) => side.index
    )
    const head = (change.splitHead ?? (change.head ? [change.head] : [])).map(
      (side) => side.index
    )
    const row: Row = [change.status, change.deltaBytes, base, head]
    if (change.pairedBy) row.push(change.pairedBy)
    return row
  })
}

function expected(cases: Row[], builder: Builder): Row[] {
  return cases.map(([status, delta, base, head, by]) => {
    const row: Row = [status, delta, base, head]
    if (by) row.push(typeof by === 'string' ? by : by[builder])
    return row
  })
}

describe.each(BUILDERS)('pairing corpus, %s builder', (builder) => {
  const reports = new Map<string, { base: ImageReport; head: ImageReport }>()
  beforeAll(async () => {
    for (const [name] of CASES) {
      const base = buildFixture(`compare/corpus/${name}/base`, builder)
      const head = buildFixture(`compare/corpus/${name}/head`, builder)
      reports.set(name, {
        base: await readEngineImage(base),
        head: await readEngineImage(head)
      })
    }
  }, 600_000)

  it.each(CASES)('%s', (name, cases) => {
    const { base, head } = reports.get(name)!
    const comparison = compareReports(base, head, { minChangeBytes: 0 })
    const want = expected(cases, builder)
    const got = rows(comparison).map((row, i) =>
      want[i]?.[4] === 'same' && (row[4] === 'digest' || row[4] === 'text')
        ? [...row.slice(0, 4), 'same']
        : row
    )
    expect(got).toEqual(want)
    const total = cases.reduce((sum, [, delta]) => sum + delta, 0)
    expect(comparison.totalDeltaBytes).toBe(total)
    expect(head.totalBytes - base.totalBytes).toBe(total)
    // Every pair carries a score; only pairs do.
    for (const change of comparison.layers)
      expect(change.score !== undefined).toBe(
        change.base !== null && change.head !== null
      )
  })
})

// The file analysis on both sides: a layer is known by the files it writes, whatever its command says.
describe.each(BUILDERS)('pairing by paths, %s builder', (builder) => {
  it('a renamed script that writes the same /srv/libs.bin pairs by its paths; without the analysis it is removed + added', async () => {
    const read = async (side: 'base' | 'head') => {
      const ref = buildFixture(`compare/corpus/paths/${side}`, builder)
      const report = await readEngineImage(ref)
      const saved = await saveEngineImage(ref)
      return {
        plain: report,
        withFiles: {
          ...report,
          files: analyzeFiles(saved.report.layers, saved.listings)
        }
      }
    }
    const base = await read('base')
    const head = await read('head')
    expect(base.withFiles.files.layerPaths?.[2]).toEqual({
      layer: 2,
      paths: [{ path: '/srv/libs.bin', bytes: 300 * K }]
    })
    const copyDelta =
      bytes('paths/head/setup.sh') - bytes('paths/base/install.sh')
    const script = (side: 'base' | 'head') =>
      bytes(side === 'base' ? 'paths/base/install.sh' : 'paths/head/setup.sh')

    const withPaths = compareReports(base.withFiles, head.withFiles, {
      minChangeBytes: 0
    })
    expect(rows(withPaths)).toEqual([
      ['unchanged', 0, [0], [0], 'digest'],
      ['removed', -script('base'), [1], []],
      ['added', script('head'), [], [1]],
      ['grew', 50 * K, [2], [2], 'paths']
    ])
    // Byte-weighted: 2 × 300 KiB shared of 300 + 350 KiB written.
    expect(withPaths.layers[3].score).toBe(
      Math.round((600 / 650) * 1000) / 1000
    )
    expect(withPaths.totalDeltaBytes).toBe(copyDelta + 50 * K)

    // One side without the analysis: only the commands speak, and they name other scripts.
    const plain = compareReports(base.plain, head.withFiles, {
      minChangeBytes: 0
    })
    expect(rows(plain).map(([status, delta]) => [status, delta])).toEqual([
      ['unchanged', 0],
      ['removed', -script('base')],
      ['removed', -300 * K],
      ['added', script('head')],
      ['added', 350 * K]
    ])
  }, 120_000)
})

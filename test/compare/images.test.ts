// compareReports on real images: pairs of fixture Dockerfiles (test/fixtures/compare/<case>)
// built by both builders, read from the engine, compared. Sizes are known by construction
// (dd of exact byte counts), so every delta is asserted exactly.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareReports } from '../../src/compare/compare.js'
import {
  finalFromImage,
  fromImageLayers
} from '../../src/baseline/from-image.js'
import { evaluateGrowth } from '../../src/budget/rules/growth.js'
import { violationFinding } from '../../src/report/describe.js'
import { readEngineImage } from '../../src/image/engine.js'
import type {
  Comparison,
  ImageReport,
  LayerChangeStatus
} from '../../src/model/report.js'
import {
  baseLayerBytes,
  BUILDERS,
  buildFixture,
  FIXTURES,
  rootfsLayers
} from '../support/engine.js'

type Row = [LayerChangeStatus, number, number | null, number | null]

function rows(comparison: Comparison): Row[] {
  return comparison.layers.map((change) => [
    change.status,
    change.deltaBytes,
    change.base?.index ?? null,
    change.head?.index ?? null
  ])
}

/** Every byte of the total delta is in some layer entry: nothing is lost by the alignment. */
function expectBalanced(comparison: Comparison): void {
  expect(
    comparison.layers.reduce((sum, change) => sum + change.deltaBytes, 0)
  ).toBe(comparison.totalDeltaBytes)
}

const KiB = 1024
const CASES: [string, Row[], number][] = [
  [
    'inserted',
    [
      ['unchanged', 0, 0, 0],
      ['unchanged', 0, 1, 1],
      ['added', 200 * KiB, null, 2],
      ['unchanged', 0, 2, 3]
    ],
    200 * KiB
  ],
  // Row 3 of the base is the ENV (an empty row): left out, so keep-b is base row 4.
  [
    'removed',
    [
      ['unchanged', 0, 0, 0],
      ['unchanged', 0, 1, 1],
      ['removed', -16, 2, null],
      ['unchanged', 0, 4, 3]
    ],
    -16
  ],
  // "a b\n" → "a b c\n" (+2) and 100 → 250 KiB; the version bump pairs and is 0 bytes.
  [
    'edited',
    [
      ['unchanged', 0, 0, 0],
      ['grew', 150 * KiB + 2, 1, 1],
      ['unchanged', 0, 2, 2]
    ],
    150 * KiB + 2
  ],
  // B and A swapped: each pairs with itself; C grew by 1 KiB, under the 10 kB floor.
  [
    'reordered',
    [
      ['unchanged', 0, 0, 0],
      ['unchanged', 0, 2, 1],
      ['unchanged', 0, 1, 2],
      ['unchanged', KiB, 3, 3]
    ],
    KiB
  ],
  [
    'identical',
    [
      ['unchanged', 0, 0, 0],
      ['unchanged', 0, 1, 1],
      ['unchanged', 0, 2, 2],
      ['unchanged', 0, 3, 3]
    ],
    0
  ],
  // The story: split add/delete → one RUN. The delete step was merged into the adding step: one change of −64 MiB over base rows 1 and 3.
  [
    'split-vs-merged',
    [
      ['unchanged', 0, 0, 0],
      ['shrank', -64 * KiB * KiB, 1, 1],
      ['unchanged', 0, 2, 2]
    ],
    -64 * KiB * KiB
  ]
]

describe.each(BUILDERS)(
  'compareReports on real images, %s builder',
  (builder) => {
    const reports = new Map<string, { base: ImageReport; head: ImageReport }>()
    let fromTag: string
    beforeAll(async () => {
      fromTag = buildFixture('compare/base-image/from', builder, {
        tag: `isb-test/compare-base2:${builder}`
      })
      for (const name of [...CASES.map(([name]) => name), 'base-image']) {
        const base = buildFixture(`compare/${name}/base`, builder)
        const head = buildFixture(
          `compare/${name}/head`,
          builder,
          name === 'base-image' ? { buildArgs: [`BASE=${fromTag}`] } : {}
        )
        reports.set(name, {
          base: await readEngineImage(base),
          head: await readEngineImage(head)
        })
      }
    })

    it.each(CASES)('%s: statuses and exact deltas', (name, expected, total) => {
      const { base, head } = reports.get(name)!
      const comparison = compareReports(base, head)
      expect(rows(comparison)).toEqual(expected)
      expect(comparison.totalDeltaBytes).toBe(total)
      expect(comparison.minChangeBytes).toBe(10_000)
      expect(comparison.base).toEqual({
        ref: base.image.ref,
        totalBytes: base.totalBytes
      })
      expect(comparison.head).toEqual({
        ref: head.image.ref,
        totalBytes: head.totalBytes
      })
      expectBalanced(comparison)
    })

    it('the floor only changes statuses: with min-change 0 the 1 KiB growth is `grew`, same delta', () => {
      const { base, head } = reports.get('reordered')!
      expect(
        rows(compareReports(base, head, { minChangeBytes: 0 }))[3]
      ).toEqual(['grew', KiB, 3, 3])
      expect(
        rows(compareReports(base, head, { minChangeBytes: KiB }))[3]
      ).toEqual(['grew', KiB, 3, 3])
      expect(
        rows(compareReports(base, head, { minChangeBytes: KiB + 1 }))[3]
      ).toEqual(['unchanged', KiB, 3, 3])
    })

    it('identical images: every layer pairs by digest', () => {
      const { base, head } = reports.get('identical')!
      expect(rootfsLayers(head.image.ref)).toEqual(rootfsLayers(base.image.ref))
      const comparison = compareReports(base, head)
      expect(comparison.layers.map((change) => change.head!.createdBy)).toEqual(
        [
          '',
          'RUN dd if=/dev/zero of=/data.bin bs=1024 count=100',
          'RUN dd if=/dev/zero of=/data.bin bs=1024 count=100',
          'WORKDIR /srv'
        ]
      )
    })

    it('split-vs-merged: the delete step is named as merged into the adding step', () => {
      const { base, head } = reports.get('split-vs-merged')!
      const merged = compareReports(base, head).layers[1]
      expect(
        merged.mergedBase?.map((row) => [
          row.index,
          row.createdBy,
          row.sizeBytes
        ])
      ).toEqual([
        [
          1,
          'RUN mkdir -p /opt/build-deps && dd if=/dev/zero of=/opt/build-deps/toolchain.bin bs=1M count=64',
          64 * KiB * KiB
        ],
        [3, 'RUN rm -rf /opt/build-deps', 0]
      ])
      expect(merged.base).toEqual(merged.mergedBase![0])
      expect([merged.pairedBy, merged.head!.sizeBytes]).toEqual(['text', 0])
    })

    it('the edited step reads as grew with both of its versions', () => {
      const { base, head } = reports.get('edited')!
      const grew = compareReports(base, head).layers[1]
      expect(grew.base).toEqual({
        index: 1,
        instruction: 'RUN',
        sizeBytes: 100 * KiB + 4,
        createdBy:
          'RUN mkdir -p /opt && echo a b > /opt/packages && dd if=/dev/zero of=/opt/packages.bin bs=1024 count=100'
      })
      expect(grew.head).toEqual({
        index: 1,
        instruction: 'RUN',
        sizeBytes: 250 * KiB + 6,
        createdBy:
          'RUN mkdir -p /opt && echo a b c > /opt/packages && dd if=/dev/zero of=/opt/packages.bin bs=1024 count=250'
      })
    })

    it('changed base image: without the FROM boundary the extra base layer reads as added; with it, as one FROM change', async () => {
      const { base, head } = reports.get('base-image')!
      const busybox = baseLayerBytes()
      expect(rows(compareReports(base, head))).toEqual([
        ['unchanged', 0, 0, 0],
        ['added', 500 * KiB, null, 1],
        ['unchanged', 0, 1, 2]
      ])

      const headDockerfile = readFileSync(
        `${FIXTURES}/compare/base-image/head/Dockerfile`,
        'utf8'
      )
      expect(
        finalFromImage(headDockerfile, { buildArgs: { BASE: fromTag } })
      ).toBe(fromTag)
      const baseLayers = await fromImageLayers(base, 'isb-base:busybox')
      const headLayers = await fromImageLayers(head, fromTag)
      expect([baseLayers, headLayers]).toEqual([1, 2])
      // The second base is not under the plain-busybox image: no boundary claimed.
      expect(await fromImageLayers(base, fromTag)).toBeUndefined()

      const comparison = compareReports(base, head, {
        baseImageLayers: { base: baseLayers, head: headLayers },
        baseImageRefs: { base: 'isb-base:busybox', head: fromTag }
      })
      expect(rows(comparison)).toEqual([
        ['grew', 500 * KiB, 0, 0],
        ['unchanged', 0, 1, 2]
      ])
      expect(comparison.layers[0].base).toEqual({
        index: 0,
        instruction: 'FROM',
        createdBy: 'FROM isb-base:busybox (1 layer)',
        sizeBytes: busybox
      })
      expect(comparison.layers[0].head).toEqual({
        index: 0,
        instruction: 'FROM',
        createdBy: `FROM ${fromTag} (2 layers)`,
        sizeBytes: busybox + 500 * KiB
      })
      expectBalanced(comparison)

      // Same base on both sides, boundary given: the base rows pair one to one.
      const same = compareReports(head, head, {
        baseImageLayers: { base: 2, head: 2 }
      })
      expect(rows(same)).toEqual([
        ['unchanged', 0, 0, 0],
        ['unchanged', 0, 1, 1],
        ['unchanged', 0, 2, 2]
      ])
    })

    it('growth budgets on a real comparison (edited: +153,602 bytes on a 2,107,057-byte base)', () => {
      const { base, head } = reports.get('edited')!
      const comparison = compareReports(base, head)
      expect(base.totalBytes).toBe(
        baseLayerBytes() + 100 * KiB + 4 + 20 * KiB + 11
      )
      const violations = evaluateGrowth(
        comparison,
        { totalBytes: 200_000, percent: 5, layerBytes: 100_000 },
        'app'
      )
      const pct = (153_602 / base.totalBytes) * 100
      expect(
        violations.map((v) => [
          v.rule,
          v.detail,
          v.limitBytes,
          v.actualBytes,
          v.layer?.index
        ])
      ).toEqual([
        [
          'growth',
          'percent',
          Math.floor(base.totalBytes * 0.05),
          153_602,
          undefined
        ],
        ['growth', 'layer', 100_000, 153_602, 1]
      ])
      expect(violationFinding(violations[0], 'si', { comparison })).toBe(
        `app grew by ${Number(pct.toFixed(2))}% (154 kB) against the baseline ${base.image.ref} (${(base.totalBytes / 1e6).toFixed(2)} MB), more than the growth budget of 5%`
      )
    })
  }
)

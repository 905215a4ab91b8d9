// `package:` rules and the `unpackaged:` limit judged from report data: the figures of the
// real-image test (test/analysis/packages-engine.test.ts: five .deb files installed in row
// 2, tree purged in row 3; its bytes still ship in row 2), then the edge cases: equality,
// nothing matching, no package database, a report that keeps only the largest packages.
import { describe, expect, it } from 'vitest'
import { parsePackagePattern } from '../../../src/analysis/package-pattern.js'
import { packageFields } from '../../../src/analysis/package-report.js'
import type {
  PackageAttribution,
  PackageAttributionResult
} from '../../../src/analysis/packages/attribution.js'
import { judgeBaseline, judgeBudget } from '../../../src/budget/evaluate.js'
import { packageFigures } from '../../../src/budget/rules/packages.js'
import type { ImageBudget, PackageRule } from '../../../src/budget/types.js'
import { InputError } from '../../../src/errors.js'
import { REPORT_PACKAGES_LIMIT } from '../../../src/limits.js'
import type {
  FilesAnalysis,
  ImageReport,
  PackageItem
} from '../../../src/model/report.js'

const dpkg = (
  name: string,
  bytes: number,
  files: number,
  more: Partial<PackageItem> = {}
): PackageItem => ({
  name,
  version: '1',
  manager: 'dpkg',
  arch: 'amd64',
  bytes,
  files,
  addedIn: 2,
  layers: [{ layer: 2, bytes: bytes + (more.hiddenBytes ?? 0), files }],
  ...more
})

const files: FilesAnalysis = {
  reclaimableBytes: 0,
  efficiency: 1,
  items: [],
  itemCount: 0,
  hints: [],
  dive: {
    efficiency: 1,
    wastedBytes: 0,
    userWastedPercent: null,
    sizeBytes: 0,
    userSizeBytes: 0,
    inefficientFiles: []
  },
  packages: [
    dpkg('libonig5', 655606, 5),
    dpkg('libjq1', 355523, 5),
    dpkg('tree', 0, 7, { removedIn: 3, hiddenBytes: 103696 }),
    dpkg('jq', 100579, 7),
    dpkg('sensible-utils', 24204, 24, { arch: 'all' })
  ],
  packageCount: 5,
  unpackaged: [
    { top: 'var', bytes: 5_160_000, files: 40 },
    { top: 'etc', bytes: 217_000, files: 90 },
    { top: 'app', bytes: 1_000, files: 1 },
    { top: 'root', bytes: 10, files: 1 }
  ],
  unpackagedCount: 4,
  unpackagedBytes: 5_378_010
}

const row = (index: number, createdBy: string, sizeBytes: number) => ({
  index,
  instruction: createdBy.split(' ')[0],
  createdBy,
  sizeBytes,
  empty: false
})

const report = (own: Partial<FilesAnalysis> | null = {}): ImageReport => ({
  schemaVersion: 1,
  image: { ref: 'app:pr', id: 'sha256:a', source: 'docker' },
  totalBytes: 80_000_000,
  layers: [
    row(0, '', 70_000_000),
    row(1, 'COPY debs /tmp/debs', 0),
    row(2, 'RUN dpkg -i /tmp/debs/*.deb', 1_300_000),
    row(3, 'RUN dpkg --purge tree', 10_000)
  ],
  warnings: [],
  ...(own === null ? {} : { files: { ...files, ...own } })
})

const rule = (text: string, maxBytes: number): PackageRule => {
  const pattern = parsePackagePattern(text)
  if ('problem' in pattern) throw new Error(pattern.problem)
  return { pattern, maxBytes }
}

describe('package rules and the unpackaged limit', () => {
  it('the figure is what the matching packages ship: a purged package counts its hidden bytes', () => {
    const budget: ImageBudget = {
      packageRules: [
        rule('lib*', 1_000_000),
        rule('tree', 0),
        rule('jq', 100579),
        rule('gcc-??', 0)
      ],
      unpackagedBytes: 5_000_000
    }
    const judged = judgeBudget(report(), budget, { image: 'app' })
    expect(judged.violations).toEqual([
      {
        image: 'app',
        rule: 'package',
        match: 'lib*',
        limitBytes: 1_000_000,
        actualBytes: 655606 + 355523,
        packages: [
          {
            name: 'libonig5',
            manager: 'dpkg',
            arch: 'amd64',
            version: '1',
            bytes: 655606,
            layers: [2]
          },
          {
            name: 'libjq1',
            manager: 'dpkg',
            arch: 'amd64',
            version: '1',
            bytes: 355523,
            layers: [2]
          }
        ],
        packageCount: 2
      },
      {
        image: 'app',
        rule: 'package',
        match: 'tree',
        limitBytes: 0,
        actualBytes: 103696,
        packages: [
          {
            name: 'tree',
            manager: 'dpkg',
            arch: 'amd64',
            version: '1',
            bytes: 103696,
            layers: [2]
          }
        ],
        packageCount: 1
      },
      {
        image: 'app',
        rule: 'unpackaged',
        limitBytes: 5_000_000,
        actualBytes: 5_378_010,
        folders: files.unpackaged!.slice(0, 3)
      }
    ])
    // Limits are inclusive (jq at exactly its bytes passes); a pattern that matches nothing passes with 0.
    expect(judged.checks).toEqual([
      {
        rule: 'package',
        match: 'lib*',
        limit: 1_000_000,
        actual: 1011129,
        pass: false
      },
      { rule: 'package', match: 'tree', limit: 0, actual: 103696, pass: false },
      {
        rule: 'package',
        match: 'jq',
        limit: 100579,
        actual: 100579,
        pass: true
      },
      {
        rule: 'package',
        match: 'gcc-??',
        note: 'no-package-matches',
        limit: 0,
        actual: 0,
        pass: true
      },
      { rule: 'unpackaged', limit: 5_000_000, actual: 5_378_010, pass: false }
    ])
  })

  it("bytes in the base image's layers are shown beside the rule and not judged", () => {
    // gcc-12-base (93,266 bytes of docs in bookworm's minbase root, which libgcc-s1 needs)
    // ships in the base layer; cpp-12 in row 2. `gcc*`/`cpp*` with max 0: only row 2 fails.
    const withBase = report({
      packages: [
        ...files.packages!,
        dpkg('gcc-12-base', 93266, 4, {
          addedIn: 0,
          layers: [{ layer: 0, bytes: 93266, files: 4 }]
        }),
        dpkg('cpp-12', 34_600_000, 30)
      ],
      packageCount: 7
    })
    const judged = judgeBudget(
      withBase,
      { packageRules: [rule('gcc*', 0), rule('cpp*', 0)] },
      { image: 'app' }
    )
    expect(judged.violations.map((v) => [v.match, v.actualBytes])).toEqual([
      ['cpp*', 34_600_000]
    ])
    expect(judged.checks).toEqual([
      { rule: 'package', match: 'gcc*', limit: 0, actual: 0, pass: true },
      {
        rule: 'package',
        match: 'gcc*',
        limit: 0,
        actual: 93266,
        pass: false,
        base: true,
        advisory: true
      },
      {
        rule: 'package',
        match: 'cpp*',
        limit: 0,
        actual: 34_600_000,
        pass: false
      }
    ])
  })

  it('a package rule sees every architecture unless its glob names one', () => {
    const figures = packageFigures(
      report(),
      { packageRules: [rule('*:all', 0), rule('dpkg:*:amd64', 0)] },
      'app'
    )
    expect(figures.packages.map((f) => [f.actual, f.count])).toEqual([
      [24204, 1],
      [655606 + 355523 + 103696 + 100579, 4]
    ])
    expect(
      packageFigures(report(), { packageRules: [rule('npm:*', 0)] }, 'app')
        .packages[0]
    ).toMatchObject({ actual: 0, count: 0, note: 'no-package-matches' })
  })

  it('no package database: a package rule passes with 0 bytes, and every file is unpackaged', () => {
    const none = report({
      packages: undefined,
      packageCount: undefined,
      unpackaged: [{ top: 'data', bytes: 123459, files: 2 }],
      unpackagedCount: 1,
      unpackagedBytes: 123459
    })
    const judged = judgeBudget(
      none,
      { packageRules: [rule('gcc*', 0)], unpackagedBytes: 123458 },
      { image: 'bare' }
    )
    expect(judged.checks).toEqual([
      {
        rule: 'package',
        match: 'gcc*',
        note: 'no-package-database',
        limit: 0,
        actual: 0,
        pass: true
      },
      {
        rule: 'unpackaged',
        note: 'no-package-database',
        limit: 123458,
        actual: 123459,
        pass: false
      }
    ])
    expect(judged.violations.map((v) => v.rule)).toEqual(['unpackaged'])
  })

  it('a report without the file analysis, or without the figures, cannot be judged: InputError', () => {
    const budget = { packageRules: [rule('gcc*', 0)] }
    expect(() => judgeBudget(report(null), budget, { image: 'app' })).toThrow(
      InputError
    )
    expect(() =>
      judgeBudget(report(null), budget, { image: 'app' })
    ).toThrowError(/run with --files \(CLI\) or file-analysis: true \(action\)/)
    // No package database and the unpackaged bytes not measured (analyzed without the budget).
    const unmeasured = report({
      packages: undefined,
      unpackaged: undefined,
      unpackagedCount: undefined,
      unpackagedBytes: undefined
    })
    expect(() =>
      judgeBudget(unmeasured, { unpackagedBytes: 1 }, { image: 'app' })
    ).toThrowError(/its unpackaged bytes were not measured/)
  })

  it('a report that keeps only the largest packages is judged by its packageMatches, never by a partial sum', () => {
    const truncated = report({ packageCount: 300 })
    const budget = { packageRules: [rule('lib*', 0)] }
    expect(() => judgeBudget(truncated, budget, { image: 'app' })).toThrowError(
      'it lists the 5 largest of its 300 packages and was analyzed without the pattern "lib*"'
    )
    // A baseline report like it leaves the rule unjudged instead: its violations are not marked.
    const unjudged = judgeBaseline(truncated, budget, { image: 'app' }).unjudged
    expect([unjudged.has('package'), unjudged.has('unpackaged')]).toEqual([
      true,
      true
    ])
    expect(
      judgeBaseline(report(), budget, { image: 'app' }).unjudged.has('package')
    ).toBe(false)
    const exact = report({
      packageCount: 300,
      packageMatches: [
        { pattern: 'lib*', bytes: 2_000_000, count: 40, packages: [] }
      ]
    })
    expect(
      judgeBudget(exact, budget, { image: 'app' }).violations
    ).toMatchObject([
      {
        rule: 'package',
        match: 'lib*',
        actualBytes: 2_000_000,
        packageCount: 40
      }
    ])
  })

  it('the analysis totals each pattern over every package, beyond the ones the report keeps', () => {
    // 250 packages of 1,000 … 250,000 bytes shipped, each in one layer, 10 of them purged.
    const attribution = {
      packages: Array.from({ length: 250 }, (_, i): PackageAttribution => {
        const shipped = (250 - i) * 1_000
        const purged = i % 25 === 0
        return {
          key: `lib${i}:amd64`,
          manager: 'dpkg',
          name: `lib${i}`,
          arch: 'amd64',
          version: '1',
          addedLayer: 1,
          changedLayers: [],
          ...(purged ? { removedLayer: 2 } : {}),
          installed: !purged,
          events: [],
          bytes: purged ? 0 : shipped,
          files: 1,
          layerBytes: [{ layer: 1, bytes: shipped, files: 1 }],
          shippedBytes: shipped,
          hiddenBytes: purged ? shipped : 0,
          sharedFiles: 0,
          record: {} as PackageAttribution['record']
        }
      }),
      unpackaged: [],
      unpackagedByLayer: [],
      databaseChanged: [],
      problems: []
    } satisfies PackageAttributionResult
    const fields = packageFields(
      attribution,
      [0, 2, 3],
      [rule('lib*', 0).pattern]
    )
    expect(fields.packages).toHaveLength(REPORT_PACKAGES_LIMIT)
    const all = (250 * 251 * 1_000) / 2
    expect(fields.packageMatches).toEqual([
      {
        pattern: 'lib*',
        bytes: all,
        count: 250,
        packages: [0, 1, 2, 3, 4].map((i) => ({
          name: `lib${i}`,
          manager: 'dpkg',
          arch: 'amd64',
          version: '1',
          bytes: (250 - i) * 1_000,
          layers: [2]
        }))
      }
    ])
    const judged = judgeBudget(
      report(fields),
      { packageRules: [rule('lib*', 0)] },
      { image: 'app' }
    )
    expect(judged.checks[0]).toMatchObject({ actual: all, pass: false })
  })
})

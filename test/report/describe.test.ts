// The sentences: every violation and hint said from its data, in the units asked for.
// The only test file that asserts sentences about findings; the renderers' tests check
// where the sentences go. Reports: test/fixtures/reports (captured) and the dive test image.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateBudget, judgeBudget } from '../../src/budget/evaluate.js'
import { evaluateGrowth } from '../../src/budget/rules/growth.js'
import { evaluateCompressedBudget } from '../../src/budget/rules/compressed.js'
import { evaluateDiveCi } from '../../src/budget/rules/dive.js'
import { evaluateFileBudget } from '../../src/budget/rules/files.js'
import { evaluateImageBudget } from '../../src/budget/rules/size.js'
import { parseBudgetFile } from '../../src/budget/load.js'
import { readArchive } from '../support/archive.js'
import type { Comparison, FileHint } from '../../src/model/report.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import {
  describeCheck,
  describeHint,
  describeViolation,
  violationFinding,
  violationFix,
  withMessages
} from '../../src/report/describe.js'
import { renderRunText } from '../../src/report/run-text.js'
import { GROWTH_SAMPLE, registryReport } from '../support/findings.js'
import { loadAnalyze, runReport, splitLayersPr } from '../support/reports.js'

const report = loadAnalyze('split-layers')

function budgetOf(yaml: string) {
  return parseBudgetFile(
    `images:\n  app:\n    image: x\n    budget:\n${yaml.replace(/^/gm, '      ')}\n`,
    'b.yml'
  ).images[0].budget
}

describe('describeViolation', () => {
  it('size rules: the figures, then the fix once', () => {
    const [rule] = evaluateImageBudget(
      report,
      budgetOf('rules:\n  - match: "build-deps && dd"\n    max: 60MiB'),
      'app'
    )
    // Without the file analysis, the generic fix; with it, the hint found on that layer (below).
    expect(describeViolation(rule, 'iec', { layers: report.layers })).toBe(
      'L1 (RUN mkdir -p /opt/build-deps && dd if=/dev/zero …deps/headers.bin bs=1M count=16) is 64.0 MiB, over the 60.0 MiB limit by 4.00 MiB for "build-deps && dd". Make this layer smaller (delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result), or adjust the rule in the budget file if the size is intended.'
    )
    const [total, layers, base] = evaluateImageBudget(
      report,
      budgetOf('total: 50MB\nlayers: 3\nlayer: 1MB'),
      'app'
    )
    expect(violationFinding(total, 'si')).toBe(
      'app is 69.6 MB, over the 50.0 MB limit by 19.6 MB'
    )
    expect(violationFix(total)).toBe(
      'Shrink the image, starting with its largest layers or the layers that grew, or raise the total budget if the size is intended.'
    )
    expect(violationFinding(layers, 'si')).toBe(
      'app has 4 layers, over the limit of 3'
    )
    // The base layer has no instruction: its history comment names it, with the image's rows at hand.
    expect(violationFinding(base, 'si', report)).toBe(
      'L0 (base image layer) is 1.98 MB, over the 1.00 MB limit by 984 kB for any single layer'
    )
    expect(violationFinding(base, 'si')).toBe(
      'L0 (base image layer) is 1.98 MB, over the 1.00 MB limit by 984 kB for any single layer'
    )
  })

  it('sizes that round alike are said in bytes', () => {
    const [total] = evaluateImageBudget(
      report,
      budgetOf('total: 69617313'),
      'app'
    )
    expect(violationFinding(total, 'si')).toBe(
      'app is 69617314 bytes, over the 69617313-byte limit by 1 B'
    )
  })

  it('growth: against the baseline, in the units asked for', () => {
    const comparison = GROWTH_SAMPLE
    const [total, percent, layer] = evaluateGrowth(
      comparison,
      { totalBytes: 1_048_576, percent: 2.5, layerBytes: 5_242_880 },
      'web'
    )
    const context = { comparison }
    expect(violationFinding(total, 'iec', context)).toBe(
      'web grew by 8.58 MiB against the baseline app:base (95.4 MiB), more than the growth budget of 1.00 MiB'
    )
    expect(violationFinding(percent, 'iec', context)).toBe(
      'web grew by 9% (8.58 MiB) against the baseline app:base (95.4 MiB), more than the growth budget of 2.5%'
    )
    expect(violationFinding(layer, 'iec', context)).toBe(
      'web: L2 (COPY dist /srv) was added with 5.72 MiB, more than the per-layer growth budget of 5.00 MiB'
    )
    expect(describeViolation(total, 'si', context)).toBe(
      'web grew by 9.00 MB against the baseline app:base (100 MB), more than the growth budget of 1.05 MB. Look at the layers that grew, or raise the growth budget if the growth is intended.'
    )
  })

  it('compressed, reclaimable, efficiency and dive', async () => {
    const registry = registryReport()
    const [total, layer] = evaluateCompressedBudget(
      registry,
      { totalBytes: 3_000_000, layerBytes: 500_000 },
      'app'
    )
    expect(violationFinding(total, 'si', registry)).toBe(
      'app: compressed size 3.50 MB is over the budget of 3.00 MB (by 500 kB)'
    )
    expect(violationFinding(layer, 'si', registry)).toBe(
      'app: L0 (base image layer) is 3.00 MB compressed, over the per-layer budget of 500 kB'
    )

    const dive = await readArchive(
      path.resolve('test/fixtures/dive/test-docker-image.tar')
    )
    const [reclaimable, efficiency] = evaluateFileBudget(
      dive,
      { reclaimableBytes: 32000, efficiency: 0.99 },
      'app'
    )
    // 32,025 over 32,000 both print as 32.0 kB: the exact bytes say which is more.
    expect(violationFinding(reclaimable, 'si')).toBe(
      'app: 32025 bytes could be reclaimed (files deleted or replaced by later layers), over the budget of 32000 bytes'
    )
    expect(violationFinding(efficiency, 'si')).toBe(
      'app: layer efficiency 97.4% is below the budget of 99.0%'
    )
    const diveViolations = evaluateDiveCi(
      dive.files!.dive,
      {
        lowestEfficiency: 0.99,
        highestWastedBytes: 20_000,
        highestUserWastedPercent: 0.4
      },
      'app'
    )
    expect(diveViolations.map((v) => violationFinding(v, 'iec'))).toEqual([
      'app: dive efficiency 0.9844212134184309 is below lowestEfficiency 0.99',
      'app: dive wasted bytes 31.3 KiB exceed highestWastedBytes 19.5 KiB',
      'app: dive user-wasted percent 0.4834911001404049 exceeds highestUserWastedPercent 0.4'
    ])
  })
})

describe('advice follows the facts', () => {
  const against = (baseTotal: number): Comparison => ({
    schemaVersion: 1,
    base: { ref: 'app:main', totalBytes: baseTotal },
    head: { ref: 'app:pr', totalBytes: report.totalBytes },
    totalDeltaBytes: report.totalBytes - baseTotal,
    layers: [],
    minChangeBytes: 10_000
  })

  it('an image over its total: the layers that grew only when it grew', () => {
    const [total] = evaluateImageBudget(report, budgetOf('total: 50MB'), 'app')
    expect(violationFix(total, { comparison: against(2_508_450) })).toBe(
      'Shrink the image, starting with the layers that grew, or raise the total budget if the size is intended.'
    )
    // A PR that shrank the image by 271 MB and is still over.
    expect(
      violationFix(total, { comparison: against(report.totalBytes + 271e6) })
    ).toBe(
      'This change made the image smaller, but it is still over: shrink its largest layers, or raise the total budget if the size is intended.'
    )
  })

  it("a layer over its limit: the fix of the hint on that layer, with the hint's bytes", () => {
    // The base layer L0 is over 1MB too, but not failed: only L1 breaks it.
    const [layer] = judgeBudget(report, budgetOf('layer: 1MB'), {
      image: 'app'
    }).violations
    expect(layer.layer?.index).toBe(1)
    // split-layers' own deleted-later hint: L1's 64 MiB that L3 deletes.
    expect(describeViolation(layer, 'iec', report)).toBe(
      'L1 (RUN mkdir -p /opt/build-deps && dd if=/dev/zero …deps/headers.bin bs=1M count=16) is 64.0 MiB, over the 977 KiB limit by 63.0 MiB for any single layer. 64.0 MiB of this layer are files L3 deletes: add and delete them in one RUN, or build in a separate stage and COPY only the result.'
    )
    const cache: FileHint = {
      kind: 'package-cache',
      layers: [1],
      bytes: 41_943_040,
      files: 312,
      cache: 'apt-lists'
    }
    expect(violationFix(layer, { files: { hints: [cache] } }, 'iec')).toBe(
      '40.0 MiB of this layer are apt package lists: clean up in the same RUN (`&& rm -rf /var/lib/apt/lists/*`).'
    )
    // A hint on another layer says nothing about this one.
    expect(
      violationFix(layer, { files: { hints: [{ ...cache, layers: [2] }] } })
    ).toBe(violationFix(layer))
  })

  it('a base image layer over its base: limit: change the base image', () => {
    const { violations } = judgeBudget(
      report,
      budgetOf('base: { layer: 1MB }'),
      { image: 'app' }
    )
    expect(violations.map((v) => describeViolation(v, 'si', report))).toEqual([
      'L0 (base image layer) is 1.98 MB, over the 1.00 MB limit by 984 kB for a base image layer. No step of the Dockerfile can make a base image layer smaller: use a smaller base image (a slim, alpine or distroless variant), or raise the `base:` limit of the budget.'
    ])
  })

  it('every check as a table row: efficiency as a percent, sizes in the units asked for', () => {
    const { checks } = judgeBudget(
      report,
      budgetOf('layer: 60MiB\nefficiency: 0.5\nreclaimable: 100MB'),
      { image: 'app' }
    )
    expect(checks.map((check) => describeCheck(check, 'iec'))).toEqual([
      {
        rule: 'largest layer (L1)',
        actual: '64.0 MiB',
        limit: '60.0 MiB',
        verdict: 'FAIL'
      },
      {
        rule: 'largest base layer (L0)',
        actual: '1.89 MiB',
        limit: '60.0 MiB',
        verdict: 'pass'
      },
      {
        rule: 'reclaimable',
        actual: '64.0 MiB',
        limit: '95.4 MiB',
        verdict: 'pass'
      },
      {
        rule: 'efficiency',
        actual: `${((1 - 67_108_864 / 69_617_314) * 100).toFixed(1)}%`,
        limit: '50.0%',
        verdict: 'FAIL'
      }
    ])
    expect(describeCheck(checks[3], 'si').actual).toBe('3.6%')
  })
})

describe('describeHint', () => {
  it("the dive test image's metadata copy: the rows by their instructions, the fix", async () => {
    const dive = await readArchive(
      path.resolve('test/fixtures/dive/test-docker-image.tar')
    )
    expect(describeHint(dive.files!.hints[0], 'si', dive.layers)).toBe(
      'L5 (RUN chmod 444 /root/example/somefile1.txt) only changes the mode or owner of 1 file (6.41 kB) from L4 (RUN cp /somefile.txt /root/example/somefile1.txt), which copies them whole into a new layer. Use COPY --chown (or enable BuildKit for COPY --chmod), or set modes and owners in the step that creates them.'
    )
  })

  it('deleted later, in either units; package caches by kind; base-image hints say so', () => {
    const [deleted] = report.files!.hints
    expect(describeHint(deleted, 'iec', report.layers)).toBe(
      'L3 (RUN rm -rf /opt/build-deps) deletes 2 files (64.0 MiB) that L1 (RUN mkdir -p /opt/build-deps && dd if=/dev…/headers.bin bs=1M count=16) added; the bytes stay in L1. Add and delete them in one RUN, or build in a separate stage and COPY only the result.'
    )
    const cache: FileHint = {
      kind: 'package-cache',
      layers: [2],
      bytes: 41_943_040,
      files: 312,
      cache: 'apt-lists'
    }
    expect(describeHint(cache, 'iec', report.layers)).toBe(
      'L2 (RUN mkdir -p /usr/local/bin && dd if=/dev/…/bin/signer bs=1K count=512) leaves 40.0 MiB of apt package lists (312 files) in the image. Clean up in the same RUN: `&& rm -rf /var/lib/apt/lists/*`.'
    )
    expect(
      describeHint({ ...cache, layers: [0], base: true }, 'si', report.layers)
    ).toBe(
      '(base image) L0 (base image layer) leaves 41.9 MB of apt package lists (312 files) in the image. Clean up in the same RUN: `&& rm -rf /var/lib/apt/lists/*`.'
    )
  })

  it('a hint from a report file of unknown kind or cache is still said from its numbers', () => {
    expect(
      describeHint(
        {
          kind: 'future-kind' as FileHint['kind'],
          layers: [1, 3],
          bytes: 2_000,
          files: 2
        },
        'si'
      )
    ).toBe('2 files (2.00 kB) in L1 and L3 could be saved.')
    expect(
      describeHint(
        { kind: 'package-cache', layers: [1], bytes: 2_000, files: 1 },
        'si'
      )
    ).toBe(
      'L1 leaves 2.00 kB of a package cache (1 file) in the image. Clean it up in the same RUN.'
    )
  })
})

describe('hints said from their parts (issue 18)', () => {
  // The hints test/analysis/hints-engine.test.ts reads from real builds, both builders.
  const layers = [
    {
      index: 0,
      instruction: '',
      createdBy: '',
      comment: 'Imported from -',
      sizeBytes: 1_981_374,
      empty: false
    },
    {
      index: 1,
      instruction: 'RUN',
      createdBy:
        'RUN mkdir -p /var/cache/apt/archives/partial /var/lib/apt/lists',
      sizeBytes: 8_945_000,
      empty: false
    },
    {
      index: 2,
      instruction: 'RUN',
      createdBy: 'RUN mkdir -p /root/.npm/_cacache/content-v2/sha512/1a',
      sizeBytes: 1_720_500,
      empty: false
    },
    {
      index: 3,
      instruction: 'RUN',
      createdBy: 'RUN rm -rf /root/.npm/_cacache /app/node_modules/typescript',
      sizeBytes: 0,
      empty: false
    }
  ]
  const apt: FileHint = {
    kind: 'package-cache',
    layers: [1],
    bytes: 8_695_000,
    files: 4,
    parts: [
      {
        path: '/var/cache/apt',
        cache: 'apt-binary-cache',
        bytes: 7_990_000,
        files: 2
      },
      {
        path: '/var/cache/apt/archives',
        cache: 'apt-archives',
        bytes: 705_000,
        files: 2
      }
    ],
    builder: 'buildkit'
  }
  const npm: FileHint = {
    kind: 'deleted-later',
    layers: [2, 3],
    bytes: 1_720_300,
    files: 4,
    parts: [
      { path: '/app/node_modules', bytes: 1_020_000, files: 2 },
      {
        path: '/root/.npm/_cacache',
        cache: 'npm-cache',
        bytes: 700_300,
        files: 2
      }
    ],
    builder: 'buildkit'
  }

  it("apt's binary caches apart from the .deb files; the npm cache apart from pruned modules, a fix each", () => {
    expect(describeHint(apt, 'si', layers)).toBe(
      "L1 (RUN mkdir -p /var/cache/apt/archives/partial /var/lib/apt/lists) leaves 7.99 MB of apt's binary caches (pkgcache.bin, srcpkgcache.bin) and 705 kB of downloaded .deb files in the image. Clean up in the same RUN: `&& apt-get clean`."
    )
    expect(describeHint(npm, 'si', layers)).toBe(
      'L3 (RUN rm -rf /root/.npm/_cacache /app/node_modules/typescript) deletes 4 files (1.72 MB) that L2 (RUN mkdir -p /root/.npm/_cacache/content-v2/sha512/1a) added; the bytes stay in L2: 1.02 MB in /app/node_modules (install without dev dependencies: `npm ci --omit=dev`); 700 kB in /root/.npm/_cacache, npm cache (`&& npm cache clean --force`). Do it in the RUN that adds them, or build in a separate stage and COPY only the result.'
    )
  })

  it('metadata-copy: COPY --chmod needs BuildKit; a base package upgrade leads with its own files', () => {
    const metadata: FileHint = {
      kind: 'metadata-copy',
      layers: [1, 3],
      bytes: 3500,
      files: 2,
      parts: [{ path: '/opt/pkg', bytes: 3500, files: 2 }]
    }
    expect(
      describeHint({ ...metadata, builder: 'classic' }, 'si', layers)
    ).toContain(
      'Use COPY --chown (or enable BuildKit for COPY --chmod), or set modes'
    )
    expect(
      describeHint({ ...metadata, builder: 'buildkit' }, 'si', layers)
    ).toContain('Use COPY --chmod/--chown, or set modes')
    const upgrade: FileHint = {
      kind: 'replaced-later',
      layers: [0, 1],
      bytes: 4000,
      files: 3,
      base: true,
      builder: 'buildkit',
      parts: [
        { path: '/opt/pkg', bytes: 3000, files: 1 },
        { path: '/var/lib/dpkg', bytes: 900, files: 1 },
        { path: '/var/log', bytes: 100, files: 1 }
      ]
    }
    expect(describeHint(upgrade, 'si', layers)).toBe(
      'L1 (RUN mkdir -p /var/cache/apt/archives/partial /var/lib/apt/lists) rewrites 1 file (3.00 kB) of the base image: 3.00 kB in /opt/pkg (and 1.00 kB of package bookkeeping in /var/lib/dpkg and /var/log); the old copies stay in L0. This step upgrades base packages; a newer base image avoids it.'
    )
    // Only the bookkeeping (a step that installs new packages): no "0 files", no upgrade claimed.
    expect(
      describeHint(
        { ...upgrade, bytes: 1000, files: 2, parts: upgrade.parts!.slice(1) },
        'si',
        layers
      )
    ).toBe(
      "L1 (RUN mkdir -p /var/cache/apt/archives/partial /var/lib/apt/lists) rewrites 1.00 kB of the base image's package bookkeeping in /var/lib/dpkg and /var/log (every install records itself there); the old copies stay in L0."
    )
  })

  it('in the comment, fixes are code and an imported base layer has one pair of parentheses', () => {
    const pr = splitLayersPr()
    const image = {
      ...pr,
      layers,
      files: {
        ...pr.files!,
        hints: [apt, npm, { ...apt, layers: [0], base: true }]
      }
    }
    const markdown = renderCommentMarkdown(runReport([image]), { key: 'ci' })
    expect(markdown).toContain(
      'Clean up in the same RUN: <code>&amp;&amp; apt-get clean</code>.'
    )
    expect(markdown).toContain(
      '\\(install without dev dependencies: <code>npm ci --omit=dev</code>\\)'
    )
    expect(markdown).toContain('L0 \\(base image layer\\) leaves')
    expect(markdown).not.toContain('\\`')
    expect(markdown).not.toMatch(/\(\\?\(|\)\\?\)/)
  })
})

describe('the sentences everywhere', () => {
  it("the JSON report's message fields are written from the data, in the run's units", () => {
    const pr = splitLayersPr()
    const described = withMessages(pr, 'iec')
    expect(described.violations.map((v) => v.message)).toEqual(
      pr.violations.map((v) => describeViolation(v, 'iec', pr))
    )
    expect(described.files!.hints[0].message).toBe(
      describeHint(pr.files!.hints[0], 'iec', pr.layers)
    )
    // The data itself is untouched.
    expect(pr.violations[0].message).toBeUndefined()
  })

  it('renderers never show a message field: a hostile or stale one is ignored, units never mix', () => {
    const pr = splitLayersPr()
    const hostile = '<img src=x onerror=alert(1)> @octocat 47.7 MiB budget'
    const stale = {
      ...pr,
      violations: pr.violations.map((v) => ({ ...v, message: hostile })),
      files: {
        ...pr.files!,
        hints: pr.files!.hints.map((h) => ({ ...h, message: hostile }))
      }
    }
    const run = runReport([stale], 'si')
    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    const text = renderRunText(run)
    for (const shown of [markdown, text]) {
      expect(shown).not.toContain('onerror')
      expect(shown).not.toContain('MiB')
    }
    expect(markdown).toContain(
      `- ❌ signer is 69.6 MB, over the 50.0 MB limit by 19.6 MB.<br>${violationFix(pr.violations[0], pr)}`
    )
    // The fix is said once per violation.
    expect(markdown.split(violationFix(pr.violations[0], pr)).length).toBe(2)
    expect(renderRunText(runReport([stale], 'iec'))).not.toMatch(/\d (kB|MB)\b/)
  })

  it('evaluateBudget findings said in the same units as the comment around them', () => {
    const violations = evaluateBudget(report, budgetOf('total: 50MiB'), {
      image: 'signer'
    })
    const markdown = renderCommentMarkdown(
      runReport(
        [
          { ...splitLayersPr(), violations, budget: { totalBytes: 52_428_800 } }
        ],
        'iec'
      ),
      { key: 'ci' }
    )
    expect(markdown).toContain('❌ over the 50.0 MiB budget')
    expect(markdown).toContain(
      '- ❌ signer is 66.4 MiB, over the 50.0 MiB limit by 16.4 MiB.'
    )
    expect(markdown).not.toMatch(/\d (kB|MB)\b/)
  })
})

describe('runtime hints (src/analysis/runtime-hints.ts)', () => {
  const rows = [
    {
      index: 0,
      instruction: '',
      createdBy: 'ADD file:abc in /',
      sizeBytes: 74_000_000,
      empty: false
    },
    {
      index: 1,
      instruction: 'RUN',
      createdBy: 'RUN apt-get update && apt-get install -y gcc-12 make',
      sizeBytes: 250_000_000,
      empty: false,
      dockerfileLine: 3
    },
    {
      index: 2,
      instruction: 'RUN',
      createdBy: 'RUN apt-get update && apt-get install -y jq',
      sizeBytes: 60_000_000,
      empty: false,
      dockerfileLine: 4
    }
  ]

  it('apt-update-again: the later layer, its copies part by part, fold into the first install line', () => {
    const hint: FileHint = {
      kind: 'apt-update-again',
      layers: [1, 2],
      bytes: 58_000_000,
      files: 8,
      parts: [
        {
          path: '/var/cache/apt',
          cache: 'apt-binary-cache',
          bytes: 48_000_000,
          files: 2
        },
        {
          path: '/var/lib/apt/lists',
          cache: 'apt-lists',
          bytes: 10_000_000,
          files: 6
        }
      ]
    }
    expect(describeHint(hint, 'si', rows)).toBe(
      "L2 · Dockerfile:4 (RUN apt-get update && apt-get install -y jq) runs apt-get update again and writes 8 files (58.0 MB) that L1 · Dockerfile:3 (RUN apt-get update && apt-get install -y gcc-12 make) already wrote, now in this layer too: 48.0 MB of apt's binary caches (pkgcache.bin, srcpkgcache.bin) and 10.0 MB of apt package lists. Fold it into the first install line (L1 · Dockerfile:3), and clean in the same RUN: `&& apt-get clean && rm -rf /var/lib/apt/lists/*`."
    )
  })

  it('dev-dependencies: the packages with their bytes, npm ci --omit=dev and the cache clean in one RUN', () => {
    const hint: FileHint = {
      kind: 'dev-dependencies',
      layers: [2],
      bytes: 23_009_000,
      files: 130,
      parts: [{ path: '/app/node_modules', bytes: 23_009_000, files: 130 }],
      packages: [
        {
          name: 'typescript',
          manager: 'npm',
          version: '5.4.5',
          bytes: 23_000_000
        },
        { name: 'is-`number', manager: 'npm', version: '7.0.0', bytes: 9000 }
      ],
      packageCount: 2
    }
    expect(describeHint(hint, 'iec', rows)).toBe(
      "L2 · Dockerfile:4 (RUN apt-get update && apt-get install -y jq) leaves 2 npm dev dependencies (21.9 MiB, 130 files) in /app/node_modules of the final image: typescript (21.9 MiB), is-'number (8.79 KiB). Install without them, in one RUN: `npm ci --omit=dev && npm cache clean --force` (or build in a separate stage and COPY only the result)."
    )
  })

  const extras: FileHint = {
    kind: 'runtime-extras',
    layers: [0, 1],
    bytes: 209_401_265,
    files: 2916,
    finalBytes: 330_000_000,
    parts: [
      { path: '/usr', bytes: 150_000_000, files: 900, category: 'compiler' },
      { path: '/usr', bytes: 40_000_000, files: 1500, category: 'dev-package' },
      {
        path: '/usr/share/doc',
        bytes: 8_000_000,
        files: 400,
        category: 'docs'
      },
      {
        path: '/var/lib/apt/lists',
        bytes: 7_000_000,
        files: 8,
        category: 'package-index'
      },
      {
        path: '/usr',
        bytes: 3_000_000,
        files: 100,
        category: 'package-manager'
      },
      { path: '/usr/bin', bytes: 1_400_000, files: 5, category: 'shell' },
      {
        path: '/usr/local/lib',
        bytes: 1234,
        files: 1,
        category: 'static-library'
      },
      {
        path: '/usr/local/include',
        bytes: 31,
        files: 1,
        category: 'headers'
      }
    ],
    packages: [
      {
        name: 'gcc-12',
        manager: 'dpkg',
        bytes: 70_000_000,
        category: 'compiler'
      },
      {
        name: 'cpp-12',
        manager: 'dpkg',
        bytes: 30_000_000,
        category: 'compiler'
      },
      {
        name: 'libc6-dev',
        manager: 'dpkg',
        bytes: 20_000_000,
        category: 'dev-package'
      },
      {
        name: 'dpkg',
        manager: 'dpkg',
        bytes: 2_000_000,
        category: 'package-manager'
      },
      { name: 'bash', manager: 'dpkg', bytes: 1_400_000, category: 'shell' }
    ],
    packageCount: 20,
    baseImage: { ref: 'debian:bookworm', layers: [0], bytes: 74_000_000 }
  }

  it('runtime-extras over a quarter of the files: each category, a build stage, a minimal final stage, the base image and its share', () => {
    expect(describeHint(extras, 'si', rows)).toBe(
      'The final image holds 209 MB (63.5% of its 330 MB of files) that a runtime image usually does not need: 150 MB of compilers and build tools (gcc-12, cpp-12), 40.0 MB of -dev packages (libc6-dev), 8.00 MB of docs and man pages in /usr/share/doc, 7.00 MB of package indexes and caches, 3.00 MB of the package manager (dpkg), 1.40 MB of the shell (bash), 1.23 kB of static libraries in /usr/local/lib, 31 B of headers in /usr/local/include. Move the build to a separate stage and COPY only its result into the final one (that leaves out 190 MB); when the runtime needs no shell or package manager, a minimal final stage (a distroless or `-slim` base) instead, which would remove 209 MB by the figures measured. The base image (debian:bookworm, L0) is 19.3% (74.0 MB) of the total.'
    )
  })

  it('runtime-extras over a quarter with few build tools: only the minimal final stage', () => {
    const hint: FileHint = {
      kind: 'runtime-extras',
      layers: [0, 1],
      bytes: 35_100_000,
      files: 3000,
      finalBytes: 124_000_000,
      parts: [
        {
          path: '/usr',
          bytes: 13_500_000,
          files: 300,
          category: 'package-manager'
        },
        {
          path: '/usr/share',
          bytes: 12_700_000,
          files: 2000,
          category: 'docs'
        },
        { path: '/usr/bin', bytes: 7_360_000, files: 20, category: 'shell' },
        {
          path: '/usr',
          bytes: 1_540_000,
          files: 80,
          category: 'compiler'
        }
      ]
    }
    expect(describeHint(hint, 'si', rows)).toBe(
      'The final image holds 35.1 MB (28.3% of its 124 MB of files) that a runtime image usually does not need: 13.5 MB of the package manager, 12.7 MB of docs and man pages in /usr/share, 7.36 MB of the shell, 1.54 MB of compilers and build tools. When the runtime needs no shell or package manager, a minimal final stage (a distroless or `-slim` base) would remove 35.1 MB by the figures measured.'
    )
  })

  it('runtime-extras below a quarter, in the base image only: what is there, no advice; the base named by its rows', () => {
    const hint: FileHint = {
      kind: 'runtime-extras',
      layers: [0],
      bytes: 20_000_000,
      files: 500,
      finalBytes: 120_000_000,
      base: true,
      parts: [
        {
          path: '/usr/share/doc',
          bytes: 15_000_000,
          files: 400,
          category: 'docs'
        },
        {
          path: '/usr',
          bytes: 5_000_000,
          files: 100,
          category: 'package-manager'
        }
      ],
      baseImage: { layers: [0, 1], bytes: 324_000_000 }
    }
    expect(describeHint(hint, 'si', rows)).toBe(
      '(base image) The final image holds 20.0 MB (16.7% of its 120 MB of files) that a runtime image usually does not need: 15.0 MB of docs and man pages in /usr/share/doc, 5.00 MB of the package manager. The base image (L0–L1) is 84.4% (324 MB) of the total.'
    )
  })
})

describe('budgets that name packages: the sentences', () => {
  // libjq1's figures from test/budget/packages-engine.test.ts: installed in L2, purged in L3.
  const layers = [
    { index: 0, instruction: '', createdBy: '', sizeBytes: 1, empty: false },
    {
      index: 2,
      instruction: 'RUN',
      createdBy: 'RUN dpkg -i /tmp/debs/*.deb',
      sizeBytes: 1,
      empty: false,
      dockerfileLine: 3
    }
  ]
  const libjq1 = {
    name: 'libjq1',
    manager: 'dpkg' as const,
    arch: 'amd64',
    version: '1.6-2.1+deb12u3',
    bytes: 355523,
    layers: [2]
  }

  it('a package rule names the largest matching packages, their bytes and the layers that ship them, then the fix', () => {
    const violation = {
      image: 'runtime',
      rule: 'package' as const,
      match: 'lib*',
      limitBytes: 0,
      actualBytes: 1_300_000,
      packages: [
        { ...libjq1, name: 'libonig5', bytes: 655606, layers: [2, 0] },
        libjq1,
        { ...libjq1, name: 'libx`y', bytes: 100, layers: [] },
        { ...libjq1, name: 'libz', bytes: 10, layers: [2] }
      ],
      packageCount: 6
    }
    expect(violationFinding(violation, 'si', { layers })).toBe(
      'runtime: 6 packages matching "lib*" ship 1.30 MB, over the 0 B limit by 1.30 MB: libonig5:amd64 656 kB (L2+L0 · Dockerfile:3), libjq1:amd64 356 kB (L2 · Dockerfile:3), libx\'y:amd64 100 B and 3 more packages'
    )
    expect(violationFix(violation)).toBe(
      "These bytes ship in the layers named whatever later steps do: a purge or `apt-get remove` in a later RUN does not take them out of the image (it only hides them). Build in a separate stage and copy only the result into the runtime stage, or install, use and purge them in the same RUN (then no layer holds them, unless another installed package still depends on them); or raise the rule's max if they are meant to ship."
    )
    expect(
      violationFinding(
        { ...violation, packages: [libjq1], packageCount: 1 },
        'iec'
      )
    ).toBe(
      'runtime: 1 package matching "lib*" ships 1.24 MiB, over the 0 B limit by 1.24 MiB: libjq1:amd64 347 KiB (L2)'
    )
  })

  it('the unpackaged limit names the largest top folders', () => {
    const violation = {
      image: 'bare',
      rule: 'unpackaged' as const,
      limitBytes: 123458,
      actualBytes: 123459,
      folders: [{ top: 'data', bytes: 123459, files: 2 }]
    }
    expect(describeViolation(violation, 'si')).toBe(
      'bare: 123459 bytes of the final filesystem belong to no installed package (largest: /data 123 kB), over the unpackaged budget of 123458 bytes. These are files no package manager installed (COPY, downloads, make install, build output): copy only what the runtime needs (a .dockerignore, a separate build stage that the runtime stage copies the result from), or raise the unpackaged limit if they are intended.'
    )
  })

  it('the checks say when nothing matches and when there is no package database', () => {
    const cells = [
      {
        rule: 'package' as const,
        match: 'lib*',
        limit: 0,
        actual: 1_011_129,
        pass: false
      },
      {
        rule: 'package' as const,
        match: 'gcc-??',
        note: 'no-package-matches' as const,
        limit: 0,
        actual: 0,
        pass: true
      },
      {
        rule: 'package' as const,
        match: 'gcc*',
        note: 'no-package-database' as const,
        limit: 0,
        actual: 0,
        pass: true
      },
      {
        rule: 'unpackaged' as const,
        limit: 30_000_000,
        actual: 5_378_010,
        pass: true
      },
      {
        rule: 'unpackaged' as const,
        note: 'no-package-database' as const,
        limit: 100,
        actual: 123459,
        pass: false
      }
    ].map((check) => describeCheck(check, 'si'))
    expect(cells).toEqual([
      {
        rule: 'package "lib*"',
        actual: '1.01 MB',
        limit: '0 B',
        verdict: 'FAIL'
      },
      {
        rule: 'package "gcc-??": no package matches',
        actual: '0 B',
        limit: '0 B',
        verdict: 'pass'
      },
      {
        rule: 'package "gcc*": no package database',
        actual: '0 B',
        limit: '0 B',
        verdict: 'pass'
      },
      {
        rule: 'unpackaged',
        actual: '5.38 MB',
        limit: '30.0 MB',
        verdict: 'pass'
      },
      {
        rule: 'unpackaged (no package database: every file)',
        actual: '123 kB',
        limit: '100 B',
        verdict: 'FAIL'
      }
    ])
  })
})

describe('hints that name packages', () => {
  const rows = [
    { index: 0, instruction: '', createdBy: '', sizeBytes: 0, empty: false },
    {
      index: 1,
      instruction: 'RUN',
      createdBy: 'RUN npm ci',
      sizeBytes: 0,
      empty: false
    },
    {
      index: 2,
      instruction: 'RUN',
      createdBy: 'RUN npm prune --omit=dev && npm cache clean --force',
      sizeBytes: 0,
      empty: false
    }
  ]

  it('a deleted-later hint over npm packages keeps its folder parts and their fixes', () => {
    const hint: FileHint = {
      kind: 'deleted-later',
      layers: [1, 2],
      bytes: 3_000_000,
      files: 40,
      parts: [
        { path: '/app/node_modules', bytes: 2_000_000, files: 30 },
        {
          path: '/root/.npm/_cacache',
          cache: 'npm-cache',
          bytes: 1_000_000,
          files: 10
        }
      ],
      packages: [{ name: 'typescript', manager: 'npm', bytes: 2_000_000 }],
      packageCount: 1,
      packageBytes: 2_000_000
    }
    expect(describeHint(hint, 'si', rows)).toContain(
      '2.00 MB in /app/node_modules (install without dev dependencies: `npm ci --omit=dev`); 1.00 MB in /root/.npm/_cacache, npm cache (`&& npm cache clean --force`)'
    )
  })

  it('a package name with backticks is quoted without them', () => {
    const hint: FileHint = {
      kind: 'recommended-packages',
      layers: [1],
      bytes: 1000,
      files: 1,
      packages: [{ name: 'a`b', manager: 'dpkg', bytes: 1000, via: 'c`d' }],
      packageCount: 1
    }
    expect(describeHint(hint, 'si', rows)).toBe(
      "L1 (RUN npm ci) installs 1 package (1.00 kB) only because an installed package recommends or suggests them: a'b 1.00 kB (via c'd). Install with `apt-get install --no-install-recommends` (naming any of them you need)."
    )
  })
})

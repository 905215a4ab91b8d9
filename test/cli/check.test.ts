// `image-size-budget check` end to end: budget files in test/fixtures/budget against images
// built from test/fixtures/split-layers by both builders; exit codes 0/1/2.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import { baseLayerBytes, buildFixture } from '../support/engine.js'
import { runCli } from '../support/run.js'

describe('check', () => {
  let total: number
  beforeAll(() => {
    buildFixture('split-layers', 'classic')
    buildFixture('split-layers', 'buildkit')
    total = baseLayerBytes() + 67416077
  })

  it('within budget: exit 0, a table of the rules', () => {
    const result = runCli([
      'check',
      '--config',
      'test/fixtures/budget/within.yml'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      [
        `split (isb-test/split-layers:classic): 69.4 MB (${total} bytes); ✅ within the 70.0 MB budget`,
        '  rule                      actual    limit',
        '  total                    69.4 MB  70.0 MB  pass',
        '  largest layer (L2)       67.1 MB  67.1 MB  pass',
        '  largest base layer (L0)  1.98 MB  67.1 MB  pass',
        '  layers                         6        6  pass',
        '',
        '✅ 1 image within budget',
        ''
      ].join('\n')
    )
  })

  it('over budget: exit 1, exact limits and actual bytes in the JSON violations; inclusive SI/IEC limits pass', () => {
    const result = runCli([
      'check',
      '--config',
      'test/fixtures/budget/over.yml',
      '--json'
    ])
    expect(result.status).toBe(1)
    const run = JSON.parse(result.stdout) as RunReport
    expect(run.status).toBe('fail')
    expect(
      run.violations.map((v) => [
        v.image,
        v.rule,
        v.layer?.index ?? null,
        v.limitBytes,
        v.actualBytes
      ])
    ).toEqual([
      ['split', 'total', null, 60 * 1024 * 1024, total],
      ['split', 'layers', null, 5, 6],
      ['split', 'rule', 2, 67_100_000, 67108864]
    ])
    expect(run.images).toHaveLength(1)
    expect(run.images[0]).toMatchObject({
      name: 'split',
      status: 'fail',
      totalBytes: total,
      budget: { totalBytes: 62914560, layerBytes: 67108864, layers: 5 }
    })
    expect(run.images[0].violations).toEqual(run.violations)
    // Every rule evaluated, the passing ones too (the 300 KiB rule, the 64 MiB layer limit).
    expect(
      run.images[0].checks!.map((c) => [
        c.rule,
        c.match ?? c.detail ?? null,
        c.limit,
        c.actual,
        c.pass
      ])
    ).toEqual([
      ['total', null, 62914560, total, false],
      ['rule', '/dd if=\\/dev\\/zero of=\\/app/', 307200, 307200, true],
      ['rule', 'mkdir -p /opt/build-deps', 67_100_000, 67108864, false],
      ['layer', null, 67108864, 13, true],
      ['layer', 'base', 67108864, baseLayerBytes(), true],
      ['layers', null, 5, 6, false]
    ])
  })

  it('against a baseline report: findings marked; unchanged hints apart; a baseline without files said in one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-check-marks-'))
    const config = path.join(dir, 'budget.yml')
    writeFileSync(
      config,
      'images:\n  split:\n    image: isb-test/split-layers:classic\n    budget:\n      total: 60MB\n      reclaimable: 100MB\n'
    )
    const first = runCli(['check', '--config', config, '--json'])
    expect(first.status).toBe(1)
    const saved = path.join(dir, 'base.json')
    writeFileSync(saved, first.stdout)
    // The same image as its own baseline: the total over 60 MB unchanged, the hint too.
    const same = runCli([
      'check',
      '--config',
      config,
      '--baseline-report',
      saved,
      '--json'
    ])
    const image = (JSON.parse(same.stdout) as RunReport).images[0]
    expect(image.violations.map((v) => [v.rule, v.change])).toEqual([
      ['total', 'unchanged']
    ])
    expect(image.files!.hints.map((h) => [h.kind, h.change])).toEqual([
      ['deleted-later', 'unchanged']
    ])
    expect(image.checks!.map((c) => [c.rule, c.pass])).toEqual([
      ['total', false],
      ['reclaimable', true]
    ])
    const text = runCli([
      'check',
      '--config',
      config,
      '--baseline-report',
      saved
    ]).stdout
    expect(text).toContain('  1 hint unchanged from the base:\n')
    expect(text).toContain('    ❌ [unchanged] split is ')
    // A baseline report without the file analysis: the hints are not marked, and it says so.
    const plain = runCli([
      'check',
      '--config',
      config,
      '--baseline-report',
      'test/fixtures/reports/merged-run.analyze.json'
    ]).stdout
    expect(plain).toContain(
      '\n  The baseline has no file analysis: the hints are not marked new or unchanged against it.\n'
    )
    expect(plain).toContain('    ❌ [new] split is ')
  })

  it('--image picks one image; an unknown name is exit 2 listing the names', () => {
    expect(
      runCli([
        'check',
        '--config',
        'test/fixtures/budget/within.yml',
        '--image',
        'split'
      ]).status
    ).toBe(0)
    const result = runCli([
      'check',
      '--config',
      'test/fixtures/budget/within.yml',
      '--image',
      'nope'
    ])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'image-size-budget check: error: no image "nope" in test/fixtures/budget/within.yml: name one of its images: split\n'
    )
  })

  it('a misspelt key, an invalid size: exit 2 before touching any image, with lines and suggestions', () => {
    const result = runCli(
      ['check', '--config', 'test/fixtures/budget/typo.yml'],
      { DOCKER_HOST: 'unix:///nonexistent.sock' }
    )
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        'image-size-budget check: error: the budget file test/fixtures/budget/typo.yml has problems; fix them:',
        'test/fixtures/budget/typo.yml:6:7: images.seed.budget.totl: unknown key; did you mean "total"?',
        'test/fixtures/budget/typo.yml:7:14: images.seed.budget.layer: "100 MegaBytes" is not a size; use e.g. 100MB or 100MiB',
        'test/fixtures/budget/typo.yml:8:15: images.seed.budget.layers: expected a whole number, got "ten"',
        'test/fixtures/budget/typo.yml:10:5: images.other.imag: unknown key; did you mean "image"?',
        ''
      ].join('\n')
    )
  })

  it('a missing budget file names the path; a missing image names the image', () => {
    const missing = runCli([
      'check',
      '--config',
      'test/fixtures/budget/absent.yml'
    ])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(
      'no budget file at test/fixtures/budget/absent.yml'
    )
    const noImage = runCli([
      'check',
      '--config',
      'test/fixtures/budget/missing-image.yml'
    ])
    expect(noImage.status).toBe(2)
    expect(noImage.stderr).toContain(
      'image "isb-test/never-built:1" is not in the Docker engine'
    )
  })

  it('builds images from the budget file (context, dockerfile, args) and compares with a saved report', () => {
    const base = runCli(['analyze', 'isb-test/split-layers:classic', '--json'])
    const file = path.join(
      mkdtempSync(path.join(tmpdir(), 'isb-check-')),
      'base.json'
    )
    writeFileSync(file, base.stdout)
    const built = runCli(
      [
        'check',
        '--config',
        'test/fixtures/budget/build.yml',
        '--json',
        '--baseline-report',
        file
      ],
      { DOCKER_BUILDKIT: '0' }
    )
    expect(built.stderr).not.toMatch(/error/)
    expect(built.status).toBe(1)
    const run = JSON.parse(built.stdout) as RunReport
    const image = run.images[0]
    expect(image.image.ref).toBe('image-size-budget/built:local')
    expect(image.layers[2].buildArgs).toEqual({ TOOLCHAIN: '9' })
    // Same Dockerfile: the comparison is all unchanged, and the growth budget of 0 bytes holds.
    expect(image.comparison?.totalDeltaBytes).toBe(0)
    expect(
      image.comparison?.layers.every((l) => l.status === 'unchanged')
    ).toBe(true)
    expect(run.violations.map((v) => v.rule)).toEqual(['layer'])
  })

  it("dive: .dive-ci in the budget file applies dive's rules (file analysis on); --dive-ci overrides; a missing file is exit 2 up front", () => {
    const tag = buildFixture('files/chmod-copy', 'classic', {
      tag: 'isb-test/files-chmod-copy:classic'
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-check-dive-'))
    const strict = path.join(dir, 'strict.dive-ci')
    writeFileSync(
      strict,
      'rules:\n  lowestEfficiency: disabled\n  highestWastedBytes: 20kB\n  highestUserWastedPercent: off\n'
    )
    const loose = path.join(dir, 'loose.dive-ci')
    writeFileSync(
      loose,
      'rules:\n  lowestEfficiency: disabled\n  highestWastedBytes: 26000\n  highestUserWastedPercent: off\n'
    )
    const config = path.join(dir, 'budget.yml')
    writeFileSync(
      config,
      `dive: ${strict}\nimages:\n  app:\n    image: ${tag}\n`
    )

    const over = runCli(['check', '--config', config, '--json'])
    expect(over.stderr).toBe('')
    expect(over.status).toBe(1)
    const run = JSON.parse(over.stdout) as RunReport
    // chmod-copy: dive counts both copies of the two chmod'ed files (13,000 bytes each side).
    expect(
      run.violations.map((v) => [
        v.image,
        v.rule,
        v.detail,
        v.limitBytes,
        v.actualBytes
      ])
    ).toEqual([['app', 'dive', 'highestWastedBytes', 20000, 26000]])
    expect(run.images[0].files?.reclaimableBytes).toBe(13000)

    // Equality passes, as in dive.
    const within = runCli(['check', '--config', config, '--dive-ci', loose])
    expect(within.stderr).toBe('')
    expect(within.status).toBe(0)

    writeFileSync(
      config,
      `dive: ${path.join(dir, 'missing.dive-ci')}\nimages:\n  app:\n    image: ${tag}\n`
    )
    const missing = runCli(['check', '--config', config], {
      DOCKER_HOST: 'unix:///nonexistent.sock'
    })
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe(
      `image-size-budget check: error: cannot read the dive CI file ${path.join(dir, 'missing.dive-ci')}: ENOENT. Check the path given by "dive:" in ${config}.\n`
    )
  })
})

// The action's dist/index.js run the way a runner runs it: INPUT_* variables (with
// action.yml defaults), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import { baseLayerBytes, buildFixture, engineSize } from '../support/engine.js'
import { runAction } from '../support/run.js'

describe('action: layer report', () => {
  let tag: string
  beforeAll(() => {
    tag = buildFixture('split-layers', 'buildkit')
  })

  it('reads an engine image: outputs, the report file and the job summary', () => {
    // No budget-file: the default path, absent here, so there is no budget.
    const run = runAction({ image: tag })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('::error::')
    const total = baseLayerBytes() + 67416077
    expect(run.outputs['total-bytes']).toBe(String(total))
    expect(run.outputs['report-path']).toBe(
      `${run.dir}/image-size-budget/image-size-budget-report.json`
    )
    const report = JSON.parse(
      readFileSync(run.outputs['report-path'], 'utf8')
    ) as RunReport
    expect(report).toMatchObject({
      schemaVersion: 1,
      status: 'pass',
      violations: []
    })
    const [image] = report.images
    expect(image.totalBytes).toBe(total)
    expect(
      image.layers.filter((l) => !l.empty).map((l) => l.sizeBytes)
    ).toEqual([baseLayerBytes(), 67108864, 0, 13, 307200, 0])
    // file-analysis: auto is on for an image this small: the split RUNs leave 64 MiB hidden.
    expect(image.files?.reclaimableBytes).toBe(67108864)
    expect(image.baselineNote).toBe(
      'a "unknown" event is not a pull request, so there is no base to compare with (give baseline-image or baseline-report)'
    )
    expect(run.summary).toContain(`## Image size: ${tag}`)
    expect(run.summary).toContain('**69.4 MB**')
  })

  it('builds from dockerfile + context + build-args inputs', () => {
    const run = runAction(
      {
        image: 'isb-test/action-build:1',
        dockerfile: 'test/fixtures/split-layers/Dockerfile',
        context: 'test/fixtures/split-layers',
        'build-args': 'TOOLCHAIN=3\n'
      },
      { DOCKER_BUILDKIT: '0' }
    )
    expect(run.status).toBe(0)
    expect(run.outputs['total-bytes']).toBe(
      String(engineSize('isb-test/action-build:1'))
    )
    const report = JSON.parse(
      readFileSync(run.outputs['report-path'], 'utf8')
    ) as RunReport
    expect(report.images[0].layers[2].buildArgs).toEqual({ TOOLCHAIN: '3' })
  })

  it('a missing image fails the step with one ::error:: line and no stack trace', () => {
    const run = runAction({ image: 'isb-test/absent:1' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '::error::image "isb-test/absent:1" is not in the Docker engine.'
    )
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
    expect(run.outputs).toEqual({})
  })

  it('a layer violation is annotated on its Dockerfile line, after the summary is written', () => {
    const run = runAction(
      {
        image: 'isb-test/annotate:1',
        dockerfile: 'test/fixtures/split-layers/Dockerfile',
        context: 'test/fixtures/split-layers',
        'budget-file': 'test/fixtures/budget/annotate.yml',
        'file-analysis': 'false'
      },
      { DOCKER_BUILDKIT: '0' }
    )
    expect(run.status).toBe(1)
    const errors = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
    // The base image's layer (L0, 1.98 MB) is over the 1 MB layer limit too, but base layers
    // are reported, not failed, unless the budget sets a `base:` limit (README, budget file).
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(
      /^::error title=image-size-budget%3A isb-test\/annotate%3A1 layer,file=test\/fixtures\/split-layers\/Dockerfile,line=5::L2 · Dockerfile:5 \(RUN mkdir -p \/opt\/build-deps/
    )
    expect(errors[1]).toMatch(
      /^::error::1 size budget is broken:%0A- isb-test\/annotate:1: L2 · Dockerfile:5 \(RUN mkdir -p \/opt\/build-deps/
    )
    expect(run.summary).toContain('**1 budget violation**')
    expect(run.summary).not.toContain('**2 budget violations**')
  })
})

// Our own file budget (reclaimable bytes, efficiency) evaluated on a real archive's report
// (test/fixtures/dive/test-docker-image.tar).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFileBudget } from '../../../src/budget/rules/files.js'
import { readArchive } from '../../support/archive.js'

const DIVE = path.resolve('test/fixtures/dive')

describe('evaluating file budgets on test-docker-image.tar', async () => {
  const report = await readArchive(path.join(DIVE, 'test-docker-image.tar'))

  it('reclaimable and efficiency budgets (ours): equality passes', () => {
    const layerBytes = report.layers.reduce((sum, l) => sum + l.sizeBytes, 0)
    expect(report.files!.efficiency).toBe(1 - 32025 / layerBytes)
    expect(
      evaluateFileBudget(
        report,
        { reclaimableBytes: 32025, efficiency: report.files!.efficiency },
        'app'
      )
    ).toEqual([])
    expect(
      evaluateFileBudget(
        report,
        { reclaimableBytes: 32000, efficiency: 0.99 },
        'app'
      )
    ).toEqual([
      {
        image: 'app',
        rule: 'reclaimable',
        limitBytes: 32000,
        actualBytes: 32025
      },
      {
        image: 'app',
        rule: 'efficiency',
        limitBytes: 0.99,
        actualBytes: report.files!.efficiency
      }
    ])
    const { files: _files, ...withoutFiles } = report
    expect(() =>
      evaluateFileBudget(withoutFiles, { reclaimableBytes: 1 }, 'app')
    ).toThrow(/need the file analysis/)
  })
})

// The run as plain text (the action's log, the CLI), from reports of real images.
import { describe, expect, it } from 'vitest'
import { renderRunText } from '../../src/report/run-text.js'
import { hostileRun, runReport, splitLayersPr } from '../support/reports.js'

describe('renderRunText', () => {
  it('one line per item, hostile text flattened', () => {
    const text = renderRunText(runReport([splitLayersPr()]), { width: 120 })
    expect(text.split('\n').slice(0, 6)).toEqual([
      'signer (isb-comment/split-layers:1): 69.6 MB (69617314 bytes), ▲ +67.1 MB (+2675.3%) against the base 2.51 MB (isb-comment/merged-run:1); ❌ over the 50.0 MB budget',
      '  rule            actual    limit',
      '  total          69.6 MB  50.0 MB  FAIL',
      '  largest layer  67.1 MB  20.0 MB  FAIL',
      '  3 layers changed, largest change first:',
      '    ➕ added    L1       — → 67.1 MB  +67.1 MB  RUN mkdir -p /opt/build-deps && dd if=/dev/z…s/headers.bin bs=1M count=16'
    ])
    expect(text).toContain(
      '  2 layers unchanged or changed by less than 10.0 kB'
    )
    const hostile = hostileRun()
    hostile.images[0].layers[1].createdBy =
      'RUN echo\n::add-mask::x\r::error::y'
    hostile.images[0].comparison!.layers[4].head!.createdBy =
      'RUN echo\n::add-mask::x\r::error::y'
    const lines = renderRunText(hostile).split('\n')
    expect(lines.some((line) => line.startsWith('::'))).toBe(false)
    expect(lines).toContain(
      '    ➕ added    L1       — → 205 kB    +205 kB  RUN echo ::add-mask::x ::error::y'
    )
  })
})

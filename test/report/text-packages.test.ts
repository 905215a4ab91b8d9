// analyze --files's package lines (report/text.ts renderFilesSection), from the figures the
// real-image test (test/analysis/packages-engine.test.ts) measured: five .deb files installed
// in row 2, tree purged in row 3. Sizes in the run's units.
import { describe, expect, it } from 'vitest'
import type { FilesAnalysis, PackageItem } from '../../src/model/report.js'
import { renderFilesSection } from '../../src/report/text.js'

const dpkg = (
  name: string,
  version: string,
  bytes: number,
  files: number,
  more: Partial<PackageItem> = {}
): PackageItem => ({
  name,
  version,
  manager: 'dpkg',
  bytes,
  files,
  addedIn: 2,
  layers: [{ layer: 2, bytes: more.hiddenBytes ?? bytes, files }],
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
    dpkg('libonig5', '6.9.8-1', 655606, 5),
    dpkg('libjq1', '1.6-2.1+deb12u3', 355523, 5),
    dpkg('tree', '2.1.0-1', 0, 7, { removedIn: 3, hiddenBytes: 103696 }),
    dpkg('jq', '1.6-2.1+deb12u3', 100579, 7),
    dpkg('sensible-utils', '0.0.17+nmu1', 24204, 24)
  ],
  packageCount: 98,
  unpackaged: [
    { top: 'var', bytes: 5_160_000, files: 40 },
    { top: 'etc', bytes: 217_000, files: 90 }
  ],
  unpackagedCount: 2
}

const packageLines = (units: 'si' | 'iec') =>
  renderFilesSection(files, { units, width: 200 })
    .split('\n')
    .filter((line) => /^(packages:| {2}L\d)/.test(line))

describe('the package lines of analyze --files', () => {
  it('the count, the unpackaged bytes, per row its largest packages and what it removed', () => {
    expect(packageLines('si')).toEqual([
      'packages: 98 (the 5 largest in the JSON report); unpackaged 5.38 MB (var 5.16 MB, etc 217 kB)',
      '  L2  5 packages, 1.24 MB: libonig5 6.9.8-1 656 kB, libjq1 1.6-2.1+deb12u3 356 kB, tree 2.1.0-1 104 kB and 2 more',
      '  L3  removes tree 2.1.0-1; 104 kB of them still ship in earlier layers'
    ])
  })

  it('in IEC units when the run says so', () => {
    expect(packageLines('iec')[1]).toBe(
      '  L2  5 packages, 1.18 MiB: libonig5 6.9.8-1 640 KiB, libjq1 1.6-2.1+deb12u3 347 KiB, tree 2.1.0-1 101 KiB and 2 more'
    )
  })

  it('says nothing when the report has no package attribution', () => {
    const { packages, ...rest } = files
    expect(packages).toBeDefined()
    expect(renderFilesSection(rest)).not.toContain('packages')
  })
})

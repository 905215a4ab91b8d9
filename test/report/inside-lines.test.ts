// What is inside a changed layer, as the comment and the log say it: one line of packages
// (added, removed, upgraded, with their bytes and totals), one of folders, every entry the
// comparison kept in a <details>; names escaped; the details cut first under the size limit.
import { describe, expect, it } from 'vitest'
import {
  COMMENT_LIMIT,
  renderCommentMarkdown
} from '../../src/report/comment.js'
import {
  packageDetailLines,
  packageLine,
  pathLine
} from '../../src/report/describe.js'
import { renderComparisonText } from '../../src/report/run-text.js'
import type {
  LayerChange,
  PackageChange,
  PackageDeltas
} from '../../src/model/report.js'
import { manyLayersPr, runReport, splitLayersPr } from '../support/reports.js'

const dpkg = (
  name: string,
  deltaBytes: number,
  version = '1'
): PackageChange => ({
  name,
  manager: 'dpkg',
  version,
  deltaBytes
})

/** A build-tools layer: 44 packages added, the largest three named, their sum in all. */
function buildTools(): PackageDeltas {
  const added = [
    dpkg('gcc-12', 38_200_000, '12.2.0-14'),
    dpkg('cpp-12', 9_100_000, '12.2.0-14'),
    dpkg('libstdc++-12-dev', 5_000_000, '12.2.0-14'),
    ...Array.from({ length: 17 }, (_, i) => dpkg(`lib${i}`, 1_000_000 - i))
  ]
  // 24 more past the list's cap of 20, 1,000,000 bytes in all.
  const listed = added.reduce((sum, p) => sum + p.deltaBytes, 0)
  return {
    added,
    removed: [],
    upgraded: [],
    counts: { added: 44, removed: 0, upgraded: 0 },
    deltaBytes: listed + 1_000_000
  }
}

describe('the package line', () => {
  it('names the largest added packages with their bytes, counts the rest and gives the total', () => {
    const deltas = buildTools()
    expect(packageLine(deltas, 'si')).toBe(
      `+ gcc-12 38.2 MB, cpp-12 9.10 MB, libstdc++-12-dev 5.00 MB and 41 more (+${(deltas.deltaBytes / 1e6).toFixed(1)} MB)`
    )
    expect(deltas.deltaBytes).toBe(70_299_864)
  })

  it('removed packages read with −, an upgrade as old → new with its delta, in the run units', () => {
    const deltas: PackageDeltas = {
      added: [dpkg('less', 345_000)],
      removed: [dpkg('sensible-utils', -61_440)],
      upgraded: [
        {
          ...dpkg('jq', 12_288, '1.6-2.1+deb12u3'),
          previousVersion: '1.6-2.1+deb12u2'
        }
      ],
      counts: { added: 1, removed: 1, upgraded: 1 },
      deltaBytes: 345_000 - 61_440 + 12_288
    }
    expect(packageLine(deltas, 'iec')).toBe(
      '+ less 337 KiB · − sensible-utils 60.0 KiB · ↑ jq 1.6-2.1+deb12u2 → 1.6-2.1+deb12u3 (+12.0 KiB)'
    )
    expect(packageDetailLines(deltas, 'si')).toEqual([
      '+ less 1 345 kB',
      '− sensible-utils 1 61.4 kB',
      '↑ jq 1.6-2.1+deb12u2 → 1.6-2.1+deb12u3 (+12.3 kB)'
    ])
  })

  it('when two lists were cut at the cap, says the total of all instead of sums it cannot know', () => {
    const many = (prefix: string, sign: number) =>
      Array.from({ length: 20 }, (_, i) => dpkg(`${prefix}${i}`, sign * 1000))
    const deltas: PackageDeltas = {
      added: many('a', 1),
      removed: many('r', -1),
      upgraded: [],
      counts: { added: 30, removed: 25, upgraded: 0 },
      deltaBytes: 4000
    }
    expect(packageLine(deltas, 'si')).toBe(
      '+ a0 1.00 kB, a1 1.00 kB, a2 1.00 kB and 27 more · − r0 1.00 kB, r1 1.00 kB, r2 1.00 kB and 22 more · packages +4.00 kB in all'
    )
    expect(packageDetailLines(deltas, 'si')).toContain(
      '10 more added packages (the comparison keeps the largest 20)'
    )
  })

  it('the folder line names the three largest and counts the rest', () => {
    expect(
      pathLine(
        [
          { path: '/usr/lib/gcc/x86_64-linux-gnu/12', deltaBytes: 38_200_000 },
          { path: '/usr/bin', deltaBytes: 1_200_000 },
          { path: '/usr/share/doc', deltaBytes: -300_000 },
          { path: '/etc', deltaBytes: 2_000 }
        ],
        'si'
      )
    ).toBe(
      '/usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB, /usr/bin +1.20 MB, /usr/share/doc -300 kB and 1 more folder'
    )
    expect(pathLine([], 'si')).toBeUndefined()
  })
})

/** The story's PR with packages and folders on its largest added layer (L1). */
function withInside(): ReturnType<typeof splitLayersPr> {
  const image = splitLayersPr()
  const layer = image.comparison!.layers.find(
    (change: LayerChange) => change.head?.index === 1
  )!
  layer.packages = buildTools()
  layer.packages.added[3] = dpkg('<img src=x onerror=alert(1)>@team', 999_999)
  layer.paths = [
    { path: '/usr/lib/gcc/x86_64-linux-gnu/12', deltaBytes: 38_200_000 },
    { path: '/usr/include', deltaBytes: 9_000_000 },
    { path: '/usr/bin', deltaBytes: 3_000_000 },
    { path: '/usr/share/doc', deltaBytes: 1_000_000 }
  ]
  return image
}

describe('inside the changed layers, in the comment and the log', () => {
  it('one line of packages and one of folders under the changed layers, every entry in <details>, names escaped', () => {
    const markdown = renderCommentMarkdown(runReport([withInside()]), {
      key: 'k'
    })
    const line = markdown.split('\n').find((l) => l.startsWith('- **L1**'))!
    expect(line).toBe(
      '- **L1** +67.1 MB: packages \\+ gcc-12 38.2 MB, cpp-12 9.10 MB, libstdc++-12-dev 5.00 MB and 41 more \\(+70.3 MB\\)<br>folders /usr/lib/gcc/x86\\_64-linux-gnu/12 +38.2 MB, /usr/include +9.00 MB, /usr/bin +3.00 MB and 1 more folder'
    )
    expect(markdown).toContain(
      '<details><summary>Every package and folder the comparison kept for these layers</summary>'
    )
    expect(markdown).toContain('- \\+ gcc-12 12.2.0-14 38.2 MB')
    expect(markdown).toContain('- 📁 /usr/share/doc +1.00 MB')
    expect(markdown).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt;@\u2060team'
    )
    expect(markdown).not.toContain('<img')
  })

  it('under a small limit the <details> goes first, then the lines, and the table stays', () => {
    const run = runReport([withInside()])
    const full = renderCommentMarkdown(run, { key: 'k' })
    const details = full.indexOf('<details><summary>Every package')
    const end = full.indexOf('</details>', details) + '</details>'.length
    const withoutDetails = full.length - (end - details)
    const cut = renderCommentMarkdown(run, {
      key: 'k',
      maxLength: withoutDetails + 40
    })
    expect(cut).not.toContain('Every package and folder')
    expect(cut).toContain('- **L1** +67.1 MB: packages')
    expect(cut.length).toBeLessThanOrEqual(withoutDetails + 40)
  })

  it('the log and compare name the packages and folders under the changed row', () => {
    const image = withInside()
    const text = renderComparisonText(image.comparison!, 'si', { width: 120 })
    const lines = text.split('\n')
    const row = lines.findIndex((l) => /^ {4}➕ added +L1 /.test(l))
    expect(lines.slice(row + 1, row + 3)).toEqual([
      '      packages + gcc-12 38.2 MB, cpp-12 9.10 MB, libstdc++-12-dev 5.00 MB and 41 more (+70.3 MB)',
      '      folders  /usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB, /usr/include +9.00 MB, /usr/bin +3.00 MB and 1 more folder'
    ])
  })

  it('every changed row of a 100-layer PR with 20 long package names and 10 deep folders each: under 65,536 characters, the details left out first', () => {
    const pr = manyLayersPr()
    const long = (i: number) => `lib${'x'.repeat(200)}-${i}`
    for (const change of pr.comparison!.layers) {
      if (change.status === 'unchanged') continue
      const added = Array.from({ length: 20 }, (_, i) =>
        dpkg(long(i), 1000 * (20 - i), '1:2.3-4+deb12u5')
      )
      change.packages = {
        added,
        removed: [],
        upgraded: [],
        counts: { added: 60, removed: 0, upgraded: 0 },
        deltaBytes: 400_000
      }
      change.paths = Array.from({ length: 10 }, (_, i) => ({
        path: `/usr/lib/${'deep/'.repeat(40)}${i}`,
        deltaBytes: 1000 * (10 - i)
      }))
    }
    const run = runReport([pr])
    const body = renderCommentMarkdown(run, { key: 'ci' })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const whole = renderCommentMarkdown(run, {
      key: 'ci',
      maxLength: 10 * COMMENT_LIMIT
    })
    // Whole, the details are there; under the limit they went before any changed row did.
    expect(whole).toContain('Every package and folder')
    expect(whole.length).toBeGreaterThan(COMMENT_LIMIT)
    expect(body).not.toContain('Every package and folder')
    expect(body.match(/^\| ▲ grew /gm)?.length).toBe(
      whole.match(/^\| ▲ grew /gm)?.length
    )
    expect(body).toMatch(/^- \*\*L101\*\* .*: packages \\\+ lib/m)
  })
})

// The one text-cutting helper (issue 18): cut in the middle, so a COPY keeps its
// destination and a path its file name, and rows of one table that still read the same
// once cut show where they differ.
import { describe, expect, it } from 'vitest'
import { cut, cutApart, cutEnd, cutLine } from '../../src/report/line.js'

describe('cut', () => {
  it('keeps the start and the end, within the width', () => {
    const copy =
      'COPY dir:f91da2b0c3e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e in /app'
    const shown = cut(copy, 40)
    expect(Array.from(shown)).toHaveLength(40)
    expect(shown).toBe('COPY dir:f91da2b0c3e4d5f…b5c6d7e in /app')
    expect(shown.endsWith(' in /app')).toBe(true)
    expect(cut('short', 40)).toBe('short')
  })

  it('a path keeps its file name when the name takes at most half the width', () => {
    const path =
      '/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4'
    expect(cut(path, 40)).toBe('/var/lib/apt/lists/deb.d…64_Packages.lz4')
    const deep = `/usr/lib/${'x'.repeat(60)}/libc.so.6`
    expect(cut(deep, 30).endsWith('/libc.so.6')).toBe(true)
  })

  it('never splits a surrogate pair; cutEnd keeps the start only', () => {
    const text = '😀'.repeat(30)
    expect(Array.from(cut(text, 11))).toHaveLength(11)
    expect(cut(text, 11)).toBe(`${'😀'.repeat(6)}…${'😀'.repeat(4)}`)
    expect(cutEnd(text, 3)).toBe('😀😀😀')
    expect(cutLine('RUN a \\\n  && b', 80)).toBe('RUN a \\ && b')
  })
})

describe('cutApart', () => {
  it('two rows that start and end alike show where they differ', () => {
    const rows = [
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 ca-certificates && rm -rf /var/lib/apt/lists/*',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 ca-certificates && rm -rf /var/lib/apt/lists/*'
    ]
    const plain = rows.map((row) => cut(row, 60))
    expect(plain[0]).toBe(plain[1])
    const apart = cutApart(rows, 60)
    expect(apart[0]).not.toBe(apart[1])
    expect(apart[0]).toContain('deb12u5')
    expect(apart[1]).toContain('deb12u8')
    for (const shown of apart)
      expect(Array.from(shown).length).toBeLessThanOrEqual(60)
  })

  it('two long paths that cut alike are told apart; rows that already differ stay as cut', () => {
    const paths = [
      '/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4',
      '/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm-updates_main_binary-amd64_Packages.lz4',
      '/usr/share/doc/x'
    ]
    const apart = cutApart(paths, 40)
    expect(apart[0]).not.toBe(apart[1])
    expect(apart[1]).toContain('-updates')
    expect(apart[2]).toBe('/usr/share/doc/x')
    // The same text twice is the same row: nothing to tell apart.
    expect(cutApart([paths[0], paths[0]], 40)).toEqual([
      cut(paths[0], 40),
      cut(paths[0], 40)
    ])
  })
})

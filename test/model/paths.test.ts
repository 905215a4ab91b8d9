// The path index keyed by bytes (paths.ts) and the byte-level name test the layer walk uses
// (listing.ts cleanNameEnd): the same ids whether a path comes as a string or as bytes in a
// header buffer, parents and children as a tree, whiteout kinds, growth past the first
// table and arena sizes, and names that need Go's path.Clean sent the string way.
import { describe, expect, it } from 'vitest'
import {
  cleanNameEnd,
  entriesOf,
  layerPath,
  ListingBuilder,
  PathIndex
} from '../../src/model/listing.js'
import { ROOT, Whiteout } from '../../src/model/paths.js'

const bytesAt = (text: string, pad = 7) => {
  // The name somewhere inside a larger buffer, as in a read window.
  const buffer = Buffer.alloc(pad + Buffer.byteLength(text) + 5, 0x41)
  buffer.write(text, pad)
  return { buffer, start: pad, end: pad + Buffer.byteLength(text) }
}

describe('PathIndex', () => {
  it('gives one id per path, from a string or from bytes in a buffer, with its parents', () => {
    const index = new PathIndex()
    const a = index.intern('opt/tool/bin/x')
    const { buffer, start, end } = bytesAt('opt/tool/bin/x')
    expect(index.internBytes(buffer, start, end)).toBe(a)
    expect(index.find('opt/tool/bin/x')).toBe(a)
    expect(index.find('opt/tool')).toBe(index.parents[index.parents[a]])
    expect(index.find('opt/tool/bin/y')).toBeUndefined()
    expect([
      index.path(a),
      index.name(a),
      index.path(index.parents[a])
    ]).toEqual(['opt/tool/bin/x', 'x', 'opt/tool/bin'])
    const opt = index.find('opt')!
    expect(index.parents[opt]).toBe(ROOT)
    expect(index.size).toBe(5) // root, opt, opt/tool, opt/tool/bin, opt/tool/bin/x
  })

  it('keeps children in the order first seen, and tells whiteouts apart', () => {
    const index = new PathIndex()
    const names = [
      'd/b',
      'd/a',
      'd/.wh.gone',
      'd/.wh..wh..opq',
      'd/.wh..wh.plnk',
      'd/.wh.',
      'd/.whx'
    ]
    const ids = names.map((n) => index.intern(n))
    const d = index.find('d')!
    const children: number[] = []
    for (let c = index.firstChild[d]; c >= 0; c = index.nextSibling[c])
      children.push(c)
    expect(children).toEqual(ids)
    expect(ids.map((id) => index.whiteouts[id])).toEqual([
      Whiteout.None,
      Whiteout.None,
      Whiteout.File,
      Whiteout.Opaque,
      Whiteout.Other,
      Whiteout.Other,
      Whiteout.None
    ])
    expect(index.nameStartsWith(ids[2], '.wh.')).toBe(true)
    expect(index.nameStartsWith(ids[0], '.wh.')).toBe(false)
  })

  it('grows past its first table, arrays and arena without losing a path; UTF-8 names round-trip', () => {
    const index = new PathIndex()
    const paths: string[] = []
    for (let d = 0; d < 40; d++)
      for (let f = 0; f < 500; f++)
        paths.push(`data/part${d}/file-${f}-${'x'.repeat(f % 50)}.dat`)
    paths.push('etc/é/日本語.txt')
    const ids = paths.map((p) => index.intern(p))
    expect(new Set(ids).size).toBe(paths.length)
    expect(paths.map((p) => index.find(p))).toEqual(ids)
    expect(ids.map((id) => index.path(id))).toEqual(paths)
    expect(index.size).toBe(paths.length + 1 + 1 + 40 + 2) // + root, data, the parts, etc and etc/é
  })
})

describe('cleanNameEnd: the byte test agrees with layerPath', () => {
  const names = [
    'etc/passwd',
    'etc/',
    'usr/lib/x.so.1',
    'a/.hidden',
    'a/..b',
    '.profile',
    './',
    '.',
    '..',
    '/etc',
    'a//b',
    'a/./b',
    'a/../b',
    'a/.',
    'a/..',
    ''
  ]
  it.each(names)('%j', (name) => {
    const { buffer, start, end } = bytesAt(name)
    const clean = cleanNameEnd(buffer, start, end)
    if (clean >= 0)
      expect(buffer.toString('utf8', start, clean)).toBe(layerPath(name))
    else
      expect([
        './',
        '.',
        '..',
        '/etc',
        'a//b',
        'a/./b',
        'a/../b',
        'a/.',
        'a/..',
        ''
      ]).toContain(name)
  })

  it('a listing made from raw names equals one made from strings, unclean names included', () => {
    const rows = [
      './',
      'etc/',
      'etc/passwd',
      './bin/sh',
      '/opt//x',
      'a/./b',
      'usr/.wh.lib'
    ]
    const fromBytes = new ListingBuilder(new PathIndex())
    const fromStrings = new ListingBuilder(new PathIndex())
    for (const name of rows) {
      const { buffer, start, end } = bytesAt(name)
      const type = name.endsWith('/') ? '5' : '0'
      fromBytes.addBytes(buffer, start, end, type, 3, 0o644, 0, 0, 0)
      fromStrings.add(name, type, 3, 0o644, 0, 0, 0)
    }
    const a = entriesOf(fromBytes.finish())
    expect(a).toEqual(entriesOf(fromStrings.finish()))
    expect(a.map((e) => e.path)).toEqual([
      'etc',
      'etc/passwd',
      'bin/sh',
      'opt/x',
      'a/b',
      'usr/.wh.lib'
    ])
  })
})

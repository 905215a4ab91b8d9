// The layer readers keep the contents of package-database files (and only those) while they
// list a layer: in a stream (plain and gzip, in chunks that cut the contents anywhere) and
// in a file walked by positioned reads; a file over the per-file cap is kept as undefined
// (the attribution reports it as not read) without its contents being read.
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  listLayerRegion,
  listLayerStream,
  skipPackageDatabases
} from '../../src/image/archive/layer.js'
import { FileReader } from '../../src/image/archive/source.js'
import { PACKAGE_DATABASE_FILE_LIMIT } from '../../src/limits.js'
import { PathIndex, type LayerListing } from '../../src/model/listing.js'
import { END, member, tarHeader } from '../support/tar-writer.js'

const status =
  'Package: tini\nStatus: install ok installed\nVersion: 0.19.0-1\n\n'
const list = '/.\n/usr\n/usr/bin\n/usr/bin/tini\n'
const lock = '{"name":"app","lockfileVersion":3,"packages":{}}'
const layer = Buffer.concat([
  member('var/lib/dpkg/status', Buffer.from(status)),
  member('var/lib/dpkg/info/tini.list', Buffer.from(list)),
  // Database-like names that are not database files: a status file elsewhere, a folder.
  member('etc/status', Buffer.from('not a database')),
  tarHeader('var/lib/dpkg/info/', 0, '5'),
  member('app/node_modules/.package-lock.json', Buffer.from(lock)),
  member('usr/bin/tini', Buffer.alloc(3000, 1)),
  END
])

const kept = (listing: LayerListing) =>
  Object.fromEntries(
    [...(listing.databases ?? new Map<string, Uint8Array>())].map(
      ([path, contents]) => [
        path,
        contents && Buffer.from(contents).toString('utf8')
      ]
    )
  )
const expected = {
  'var/lib/dpkg/status': status,
  'var/lib/dpkg/info/tini.list': list,
  'app/node_modules/.package-lock.json': lock
}

describe('package databases kept while a layer is listed', () => {
  it.each([
    ['a plain tar', layer],
    ['a gzip tar', gzipSync(layer)]
  ])('from a stream of %s in 100-byte chunks', async (_, blob) => {
    const chunks = Array.from(
      { length: Math.ceil(blob.length / 100) },
      (_, i) => blob.subarray(i * 100, (i + 1) * 100)
    )
    const listing = await listLayerStream(Readable.from(chunks))
    expect(kept(listing)).toEqual(expected)
    expect(listing.length).toBe(6)
  })

  it('from a file walked by positioned reads, with one file over the cap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-capture-'))
    try {
      const file = path.join(dir, 'layer.tar')
      const big = PACKAGE_DATABASE_FILE_LIMIT + 1
      const head = Buffer.concat([
        layer.subarray(0, layer.length - END.length),
        tarHeader('lib/apk/db/installed', big)
      ])
      writeFileSync(file, head)
      // Sparse: the big file's contents are never read, so they need not be on disk.
      const padded = Math.ceil(big / 512) * 512
      truncateSync(file, head.length + padded + END.length)
      const fd = openSync(file, 'r')
      try {
        const listing = await listLayerRegion(
          {
            path: file,
            reader: new FileReader(fd),
            start: 0,
            size: head.length + padded + END.length
          },
          new PathIndex()
        )
        expect(kept(listing)).toEqual({
          ...expected,
          'lib/apk/db/installed': undefined
        })
        expect(listing.databases!.has('lib/apk/db/installed')).toBe(true)
      } finally {
        closeSync(fd)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a layer without database files keeps nothing', async () => {
    const listing = await listLayerStream(
      Readable.from([
        Buffer.concat([member('usr/bin/tini', Buffer.alloc(10)), END])
      ])
    )
    expect(listing.databases).toBeUndefined()
  })

  it('an image read without packages (--no-packages) keeps none, and lists the same entries', async () => {
    const index = new PathIndex()
    skipPackageDatabases(index)
    const streamed = await listLayerStream(Readable.from([layer]), index)
    expect(streamed.databases).toBeUndefined()
    expect(streamed.length).toBe(6)
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-capture-'))
    try {
      const file = path.join(dir, 'layer.tar')
      writeFileSync(file, layer)
      const fd = openSync(file, 'r')
      try {
        const walked = await listLayerRegion(
          {
            path: file,
            reader: new FileReader(fd),
            start: 0,
            size: layer.length
          },
          index
        )
        expect(walked.databases).toBeUndefined()
        expect(walked.length).toBe(6)
        // Another image's index still keeps them.
        const other = await listLayerRegion(
          {
            path: file,
            reader: new FileReader(fd),
            start: 0,
            size: layer.length
          },
          new PathIndex()
        )
        expect(kept(other)).toEqual(expected)
      } finally {
        closeSync(fd)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

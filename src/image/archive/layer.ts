// Reads one layer blob into its listing (headers only). The compression is told by the
// first bytes, never by a name: gzip `1f 8b` (estargz too), zstd `28 b5 2f fd`, else tar.
// An uncompressed layer in a file is walked with positioned reads, jumping over contents;
// a compressed one must be inflated, but the inflated contents are dropped as they come.
// Parsing stops at the tar end-of-archive block and ignores whatever follows (estargz's
// index, padding).

import { createReadStream } from 'node:fs'
import zlib from 'node:zlib'
import {
  PACKAGE_DATABASE_FILE_LIMIT,
  PACKAGE_DATABASES_TOTAL_LIMIT
} from '../../limits.js'
import {
  cleanNameEnd,
  layerPath,
  ListingBuilder,
  PathIndex,
  type LayerListing
} from '../../model/listing.js'
import {
  isPackageDatabasePath,
  mayBePackageDatabaseName
} from '../../model/package-paths.js'
import {
  looksLikeTarHeader,
  TarFormatError,
  TarStreamParser,
  walkTar,
  type PositionalReader,
  type TarHeader
} from './tar.js'

export type Compression = 'gzip' | 'zstd' | 'none'

/** Inflated bytes per hand-off from zlib's thread. */
const INFLATE_CHUNK = 128 * 1024
/** Compressed bytes a blob may queue for its inflate before the writer waits. */
const INFLATE_AHEAD = 8 * 1024 * 1024

export function sniffCompression(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (
    head.length >= 4 &&
    head[0] === 0x28 &&
    head[1] === 0xb5 &&
    head[2] === 0x2f &&
    head[3] === 0xfd
  )
    return 'zstd'
  return 'none'
}

/** Adds a header's entry to a listing: by the name's bytes when the walk left them raw. */
export function addHeader(builder: ListingBuilder, header: TarHeader): void {
  if (header.rawNameAt >= 0) {
    builder.addBytes(
      header.rawBlock!,
      header.rawNameAt,
      header.rawNameAt + header.rawNameLength,
      header.type,
      header.size,
      header.mode,
      header.uid,
      header.gid,
      header.linkBytes
    )
  } else {
    builder.add(
      header.name,
      header.type,
      header.size,
      header.mode,
      header.uid,
      header.gid,
      header.linkBytes
    )
  }
}

/**
 * The layer path of a header whose contents the listing keeps (a regular file that is a
 * package database: model/package-paths.ts), else undefined. The name is tested by its
 * bytes first, so the walk makes no string for nearly every entry.
 */
export function databasePathOf(header: TarHeader): string | undefined {
  if (header.type !== '0' && header.type !== '7') return undefined
  let path: string
  if (header.rawNameAt >= 0) {
    const block = header.rawBlock!
    const start = header.rawNameAt
    const end = start + header.rawNameLength
    const clean = cleanNameEnd(block, start, end)
    if (clean >= 0 && !mayBePackageDatabaseName(block, start, clean))
      return undefined
    path = layerPath(block.toString('utf8', start, end))
  } else path = layerPath(header.name)
  return path !== '' && isPackageDatabasePath(path) ? path : undefined
}

// Database bytes kept per image (its listings share one PathIndex), against the total cap.
const keptBytes = new WeakMap<PathIndex, number>()
// Images whose reading keeps no database (`analyze --no-packages`): their listings are
// walked without looking at a name twice.
const withoutDatabases = new WeakSet<PathIndex>()

/** Lists the layers of the image of `index` without keeping package databases (no package attribution follows). */
export function skipPackageDatabases(index: PathIndex): void {
  withoutDatabases.add(index)
}

/**
 * Whether `size` more database bytes may be kept for the image of `index` (counted when
 * yes): no more than PACKAGE_DATABASE_FILE_LIMIT for one file and
 * PACKAGE_DATABASES_TOTAL_LIMIT for all of an image's layers. A file past either is kept as
 * `undefined`, which the attribution reports as not read.
 */
function mayKeep(index: PathIndex, size: number): boolean {
  if (size > PACKAGE_DATABASE_FILE_LIMIT) return false
  const kept = keptBytes.get(index) ?? 0
  if (kept + size > PACKAGE_DATABASES_TOTAL_LIMIT) return false
  keptBytes.set(index, kept + size)
  return true
}

/** A file region that holds a layer blob. */
export interface BlobRegion {
  path: string
  reader: PositionalReader
  start: number
  size: number
}

/** Lists a layer blob stored in a file (a blob file, or a member of an uncompressed archive). */
export async function listLayerRegion(
  region: BlobRegion,
  index: PathIndex
): Promise<LayerListing> {
  const head = region.reader.at(region.start, Math.min(512, region.size))
  const compression = sniffCompression(head)
  if (compression === 'none') {
    if (
      region.size > 0 &&
      !looksLikeTarHeader(
        region.reader.at(region.start, Math.min(512, region.size))
      )
    ) {
      throw new TarFormatError('not a tar, gzip or zstd layer')
    }
    // Most layers' entries are small files: one per few kB of tar is a fair first guess (the
    // columns grow beyond it, and a guess too large costs zeroed memory).
    const builder = new ListingBuilder(
      index,
      Math.min(Math.ceil(region.size / 4096), 1 << 15)
    )
    const databases = !withoutDatabases.has(index)
    walkTar(
      region.reader,
      region.start,
      region.start + region.size,
      (header, dataOffset) => {
        const database = databases ? databasePathOf(header) : undefined
        addHeader(builder, header)
        if (database === undefined) return
        builder.keepDatabase(
          database,
          mayKeep(index, header.dataSize)
            ? Uint8Array.from(region.reader.at(dataOffset, header.dataSize))
            : undefined
        )
      },
      { rawNames: true }
    )
    return builder.finish()
  }
  const stream = createReadStream(region.path, {
    start: region.start,
    end: region.start + region.size - 1,
    highWaterMark: 256 * 1024
  })
  try {
    return await listLayerStream(stream, index, region.size)
  } finally {
    stream.destroy()
  }
}

/**
 * Lists a layer blob read from a stream (a compressed blob in a file, a registry blob): gzip,
 * zstd or plain tar, told by its first bytes. `size`, when known, sizes the listing.
 */
export async function listLayerStream(
  source: AsyncIterable<Uint8Array>,
  index = new PathIndex(),
  size?: number
): Promise<LayerListing> {
  const sink = new LayerSink(index, size)
  for await (const chunk of source) {
    const r = sink.write(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    )
    if (r) await r
    if (sink.finished) break
  }
  return sink.end()
}

/**
 * Receives a layer blob chunk by chunk (from a stream or a file) and lists it. Decides the
 * compression once the first bytes are in.
 */
export class LayerSink {
  private builder: ListingBuilder
  /** Whether package databases are kept (skipPackageDatabases). */
  private databases: boolean
  /** The package-database file whose contents are coming, and its chunks so far. */
  private database?: { path: string; chunks: Buffer[] }
  private parser = new TarStreamParser(
    (header) => {
      const database = this.databases ? databasePathOf(header) : undefined
      addHeader(this.builder, header)
      if (database === undefined) return undefined
      if (!mayKeep(this.builder.index, header.dataSize)) {
        this.builder.keepDatabase(database, undefined)
        return undefined
      }
      const kept: { path: string; chunks: Buffer[] } = {
        path: database,
        chunks: []
      }
      this.database = kept
      // Copied: the chunk is a view of a buffer the stream reuses.
      return (chunk) => void kept.chunks.push(Buffer.from(chunk))
    },
    () => {
      const kept = this.database
      if (!kept) return
      this.database = undefined
      this.builder.keepDatabase(kept.path, Buffer.concat(kept.chunks))
    },
    { rawNames: true }
  )
  private head: Buffer[] = []
  private headBytes = 0
  private mode?: Compression
  private inflate?: zlib.Gunzip | zlib.ZstdDecompress
  private error?: Error
  private inflateEnded?: Promise<void>
  /** Bytes received (compressed), for messages. */
  received = 0

  /** `size`: the blob's size when known, to size the listing's columns (see listLayerRegion). */
  constructor(index: PathIndex, size?: number) {
    this.databases = !withoutDatabases.has(index)
    this.builder = new ListingBuilder(
      index,
      size === undefined ? undefined : Math.min(Math.ceil(size / 4096), 1 << 15)
    )
  }

  /** True once the tar end-of-archive was seen: the rest of the blob is not needed. */
  get finished(): boolean {
    return this.parser.done
  }

  write(chunk: Buffer): void | Promise<void> {
    this.received += chunk.length
    if (this.error) throw this.error
    if (this.parser.done) return
    if (this.mode === undefined) {
      // Copied: a streamed chunk's memory is reused once its write has settled.
      this.head.push(Buffer.from(chunk))
      this.headBytes += chunk.length
      if (this.headBytes < 512) return
      return this.start()
    }
    return this.push(chunk)
  }

  private start(): void | Promise<void> {
    const head = Buffer.concat(this.head)
    this.head = []
    this.mode = sniffCompression(head)
    if (this.mode === 'none' && !looksLikeTarHeader(head))
      throw new TarFormatError('not a tar, gzip or zstd layer')
    if (this.mode !== 'none') {
      // Large output chunks: fewer hand-offs from the thread pool for the same bytes.
      const inflate =
        this.mode === 'gzip'
          ? zlib.createGunzip({ chunkSize: INFLATE_CHUNK })
          : zlib.createZstdDecompress({ chunkSize: INFLATE_CHUNK })
      this.inflate = inflate
      inflate.on('data', (data: Buffer) => {
        if (this.parser.done || this.error) return
        try {
          this.parser.feedSync(data)
        } catch (error) {
          this.error = error as Error
        }
      })
      this.inflateEnded = new Promise<void>((resolve) => {
        inflate.on('end', () => resolve())
        inflate.on('error', (error) => {
          // Bytes after the tar's end (estargz's index, padding) are not ours to judge.
          if (!this.parser.done && !this.error)
            this.error = new TarFormatError(
              `${this.mode} data is corrupt: ${error.message}`
            )
          resolve()
        })
      })
    }
    return this.push(head)
  }

  private push(chunk: Buffer): void | Promise<void> {
    if (!this.inflate) {
      this.parser.feedSync(chunk)
      return
    }
    // zlib reads its input later, on the thread pool: give it a copy the caller cannot reuse.
    // Up to INFLATE_AHEAD bytes may wait there, so that a stream of blobs moves on to the
    // next one while this one still inflates (one thread per blob; see StreamSource.start).
    this.inflate.write(Buffer.from(chunk))
    if (this.inflate.writableLength > INFLATE_AHEAD) {
      const inflate = this.inflate
      return new Promise<void>((resolve) => {
        const done = () => {
          inflate.off('drain', done)
          inflate.off('close', done)
          resolve()
        }
        inflate.on('drain', done)
        inflate.on('close', done)
      }).then(() => {
        if (this.error) throw this.error
      })
    }
  }

  /** Ends the blob and returns its listing; a blob cut short is an error. */
  async end(): Promise<LayerListing> {
    if (this.mode === undefined && !this.error) {
      if (this.headBytes === 0) return this.builder.finish() // an empty blob: no entries
      const r = this.start()
      if (r) await r
    }
    if (this.inflate) {
      if (this.parser.done) this.inflate.destroy()
      else {
        this.inflate.end()
        await this.inflateEnded
      }
    }
    if (this.error) throw this.error
    this.parser.end()
    return this.builder.finish()
  }
}

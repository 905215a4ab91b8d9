// Where the members of an image archive come from, behind one interface: an uncompressed
// tar file on disk (indexed by its headers, members read by offset), a directory (an OCI
// layout or an unpacked docker-archive), or a stream read once (`docker save` stdout, a
// compressed archive), whose members are listed or kept as they pass by.

import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readSync
} from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import nodePath from 'node:path'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'
import {
  ListingBuilder,
  PathIndex,
  type LayerListing
} from '../../model/listing.js'
import { InputError } from '../../errors.js'
import {
  JSON_DOCUMENT_LIMIT,
  SMALL_MEMBER_LIMIT,
  STREAM_KEPT_LIMIT
} from '../../limits.js'
import {
  LayerSink,
  listLayerRegion,
  skipPackageDatabases,
  sniffCompression
} from './layer.js'
import {
  BLOCK,
  looksLikeTarHeader,
  TarStreamParser,
  walkTar,
  type PositionalReader,
  type TarHeader
} from './tar.js'

export interface ArchiveSource {
  /** The archive as the user named it, for messages. */
  readonly label: string
  /** The paths of the layers listed from this source (one image's): every listing shares it. */
  readonly paths: PathIndex
  has(name: string): boolean
  /** A small member (JSON). */
  read(name: string): Promise<Buffer>
  listLayer(name: string): Promise<LayerListing>
  /** A member's stored size, for sources that keep it (a stream: an engine's export). */
  storedBytes?(name: string): number | undefined
  close(): void
}

/** Archive member names as manifests write them: no `./`, no leading slash. */
export function memberName(name: string): string {
  return nodePath.posix
    .normalize(name.replace(/^(\.\/)+/, '').replace(/^\/+/, ''))
    .replace(/\/$/, '')
}

// Reads are sized by what the walk is doing. Where headers are dense (runs of small files)
// the next miss lies just past the window: read far ahead, since on this kind of machine a
// 32 kB pread costs about as much as a 256 kB one (bench/files.mjs: 4,500 reads of 32 kB
// took 55-80 ms for a layer of 30,000 files, 550 reads of 256 kB about 12 ms). After a
// jump over file contents, read little: the next header may be followed by another jump.
// (Reading the next window ahead on libuv's thread pool was tried and was slower: every
// hand-off costs an event-loop turn, 40 ms over a layer of 30,000 files.)
const WINDOW = 256 * 1024
const AFTER_JUMP = 16 * 1024

/** Positioned reads through one window: a run of small tar members costs one read. */
export class FileReader implements PositionalReader {
  readonly window = Buffer.allocUnsafe(WINDOW)
  private windowStart = 0
  private windowLength = 0

  constructor(private readonly fd: number) {}

  at(position: number, length: number): Buffer {
    if (length > WINDOW) {
      const buffer = Buffer.allocUnsafe(length)
      const n = readSync(this.fd, buffer, 0, length, position)
      if (n < length)
        throw new InputError({
          input: 'archive',
          problem: `truncated: the file ends at byte ${position + n}, inside data that needs ${length} bytes from byte ${position}`
        })
      return buffer
    }
    const offset = this.locate(position, length)
    return this.window.subarray(offset, offset + length)
  }

  block(position: number): number {
    return this.locate(position, BLOCK)
  }

  private locate(position: number, length: number): number {
    const offset = position - this.windowStart
    if (offset >= 0 && offset + length <= this.windowLength) return offset
    const end = this.windowStart + this.windowLength
    const sequential =
      this.windowLength > 0 &&
      position >= this.windowStart &&
      position < end + AFTER_JUMP
    const want = Math.max(length, sequential ? WINDOW : AFTER_JUMP)
    const n = readSync(this.fd, this.window, 0, want, position)
    this.windowStart = position
    this.windowLength = n
    if (n < length)
      throw new InputError({
        input: 'archive',
        problem: `truncated: the file ends at byte ${position + n}`
      })
    return 0
  }
}

function wrap(label: string, what: string, error: unknown): never {
  if (error instanceof InputError)
    throw new InputError({
      input: label,
      problem: `${label}: ${what}: ${error.problem}`,
      fix: error.fix
    })
  throw error
}

interface TarMember {
  type: string
  offset: number
  size: number
  linkname: string
}

/** An uncompressed tar file: one pass over its headers, then members read by offset. */
export class TarFileSource implements ArchiveSource {
  readonly paths = new PathIndex()
  private members = new Map<string, TarMember>()
  private reader: FileReader
  private fd: number

  constructor(readonly label: string) {
    this.fd = openSync(label, 'r')
    this.reader = new FileReader(this.fd)
    try {
      const size = fstatSync(this.fd).size
      if (size < BLOCK)
        throw new InputError({
          input: label,
          problem: `only ${size} bytes: too short for a tar archive`
        })
      walkTar(this.reader, 0, size, (header, offset) => {
        this.members.set(memberName(header.name), {
          type: header.type,
          offset,
          size: header.dataSize,
          linkname: header.linkname
        })
      })
    } catch (error) {
      this.close()
      wrap(label, 'not a readable image archive', error)
    }
  }

  private resolve(name: string): TarMember | undefined {
    let key = memberName(name)
    for (let hops = 0; hops < 16; hops++) {
      const member = this.members.get(key)
      if (!member) return undefined
      // `docker save` (pre-25) writes a repeated layer as a relative symlink to the first layer.tar.
      if (member.type === '2')
        key = memberName(
          nodePath.posix.join(nodePath.posix.dirname(key), member.linkname)
        )
      else if (member.type === '1') key = memberName(member.linkname)
      else return member
    }
    return undefined
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined
  }

  async read(name: string): Promise<Buffer> {
    const member = this.resolve(name)
    if (!member)
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} is missing`
      })
    if (member.size > JSON_DOCUMENT_LIMIT)
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} ${tooLarge(member.size)}`
      })
    try {
      return Buffer.from(this.reader.at(member.offset, member.size))
    } catch (error) {
      wrap(this.label, name, error)
    }
  }

  async listLayer(name: string): Promise<LayerListing> {
    const member = this.resolve(name)
    if (!member)
      throw new InputError({
        input: this.label,
        problem: `${this.label}: layer ${name} is missing`
      })
    try {
      return await listLayerRegion(
        {
          path: this.label,
          reader: this.reader,
          start: member.offset,
          size: member.size
        },
        this.paths
      )
    } catch (error) {
      wrap(this.label, `layer ${name}`, error)
    }
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd)
    this.fd = -1
  }
}

/** A directory: an OCI image layout, or a docker-archive unpacked. */
export class DirectorySource implements ArchiveSource {
  readonly paths = new PathIndex()
  constructor(readonly label: string) {}

  private file(name: string): string {
    const root = nodePath.resolve(this.label)
    const full = nodePath.resolve(root, memberName(name))
    if (full !== root && !full.startsWith(root + nodePath.sep))
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} points outside the directory`
      })
    return full
  }

  has(name: string): boolean {
    try {
      const fd = openSync(this.file(name), 'r')
      closeSync(fd)
      return true
    } catch {
      return false
    }
  }

  async read(name: string): Promise<Buffer> {
    const file = this.file(name)
    try {
      const info = await stat(file)
      if (info.size > JSON_DOCUMENT_LIMIT)
        throw new InputError({
          input: this.label,
          problem: `${this.label}: ${name} ${tooLarge(info.size)}`
        })
      return await readFile(file)
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} is missing or unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
      })
    }
  }

  async listLayer(name: string): Promise<LayerListing> {
    let fd: number
    try {
      fd = openSync(this.file(name), 'r')
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError({
        input: this.label,
        problem: `${this.label}: layer ${name} is missing (${(error as NodeJS.ErrnoException).code ?? ''})`
      })
    }
    try {
      const size = fstatSync(fd).size
      return await listLayerRegion(
        { path: this.file(name), reader: new FileReader(fd), start: 0, size },
        this.paths
      )
    } catch (error) {
      wrap(this.label, `layer ${name}`, error)
    } finally {
      closeSync(fd)
    }
  }

  close(): void {}
}

/** Compressed blobs finishing at once in a stream: one per core is what keeps the cores busy. */
const CLOSING_AT_ONCE = Math.max(2, availableParallelism())

/** Why a manifest, index or config is not read: more than JSON_DOCUMENT_LIMIT. */
function tooLarge(size: number): string {
  return `is ${size} bytes, more than the ${JSON_DOCUMENT_LIMIT} bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`
}

type StreamMember =
  | { kind: 'link'; type: string; target: string }
  | { kind: 'data'; data: Buffer }
  /** Looked like JSON but was not kept (too large, or the archive's kept total was spent): the reason. */
  | { kind: 'skipped'; why: string }
  | { kind: 'layer'; listing: LayerListing }
  | { kind: 'bad'; error: Error }
  /** Dropped unread: a blob whose facts the layer-facts cache already holds. */
  | { kind: 'known' }
  | { kind: 'other' }

/**
 * An archive read in one pass from a stream. Each regular member is judged by its first
 * bytes: JSON is kept, a tar/gzip/zstd blob is listed on the fly (its contents dropped),
 * anything else skipped. Which members are layers is only known from the manifest, which
 * `docker save` writes last, so every blob is listed and errors are kept until asked for.
 */
export class StreamSource implements ArchiveSource {
  readonly paths = new PathIndex()
  private members = new Map<string, StreamMember>()
  /** Each member's size in the archive (a blob's stored, possibly compressed, bytes). */
  private sizes = new Map<string, number>()
  /** Bytes of members kept so far, against STREAM_KEPT_LIMIT. */
  private readonly kept = { bytes: 0 }

  private constructor(readonly label: string) {}

  static async read(
    label: string,
    stream: Readable | AsyncIterable<Buffer>
  ): Promise<StreamSource> {
    const reader = StreamSource.start(label)
    try {
      for await (const chunk of stream) {
        const pending = reader.feed(chunk as Buffer)
        if (pending) await pending
      }
    } catch (error) {
      if (error instanceof InputError) throw error
      // The stream itself failed: a compressed archive that does not inflate, a read error.
      throw new InputError({
        input: label,
        problem: `${label}: not a readable image archive: ${(error as Error).message}`
      })
    }
    return await reader.finish()
  }

  /**
   * The same, pushed: `feed` each chunk in order (awaiting it when it returns a promise),
   * then `finish`. A chunk may be reused by the caller once its feed has settled: whatever
   * the reader keeps, it copies.
   *
   * A compressed blob's end does not hold up the next member: its inflate finishes on the
   * thread pool while the next blob streams in (a containerd-store export is a run of gzip
   * blobs, and inflating them one after another left a core idle). At most
   * `CLOSING_AT_ONCE` blobs are finishing at a time; `finish` waits for all of them.
   * `skip` names members to drop unread (blobs whose facts are already known);
   * `packages: false` keeps no package databases (layers are listed as they arrive).
   */
  static start(
    label: string,
    options: { skip?: (name: string) => boolean; packages?: boolean } = {}
  ): {
    feed(chunk: Buffer): void | Promise<void>
    finish(): Promise<StreamSource>
  } {
    const source = new StreamSource(label)
    if (options.packages === false) skipPackageDatabases(source.paths)
    let pending: MemberSink | undefined
    const closing = new Set<Promise<void>>()
    const parser = new TarStreamParser(
      (header) => {
        const name = memberName(header.name)
        if (options.skip?.(name)) {
          source.members.set(name, { kind: 'known' })
          source.sizes.set(name, header.dataSize)
          pending = undefined
          return undefined
        }
        pending = source.open(header)
        return pending?.write
      },
      async (header) => {
        const sink = pending
        pending = undefined
        if (!sink) return
        const name = memberName(header.name)
        const done: Promise<void> = sink.close().then((member) => {
          source.members.set(name, member)
          source.sizes.set(name, header.dataSize)
          closing.delete(done)
        })
        closing.add(done)
        if (closing.size >= CLOSING_AT_ONCE) await Promise.race(closing)
      }
    )
    const failed = (error: unknown): never =>
      wrap(label, 'not a readable image archive', error)
    return {
      feed(chunk) {
        try {
          const r = parser.feed(chunk)
          return r ? r.catch(failed) : undefined
        } catch (error) {
          failed(error)
        }
      },
      async finish() {
        try {
          parser.end()
        } catch (error) {
          failed(error)
        }
        await Promise.all(closing)
        return source
      }
    }
  }

  private open(header: TarHeader): MemberSink | undefined {
    const name = memberName(header.name)
    if (header.type === '1' || header.type === '2') {
      this.members.set(name, {
        kind: 'link',
        type: header.type,
        target: header.linkname
      })
      return undefined
    }
    if (header.type !== '0' && header.type !== '7') return undefined
    return new MemberSink(header.dataSize, this.paths, this.kept)
  }

  /** The key a member is stored under, following links (pre-25 `docker save` links a repeated layer to the first). */
  private resolveKey(name: string): string | undefined {
    let key = memberName(name)
    for (let hops = 0; hops < 16; hops++) {
      const member = this.members.get(key)
      if (!member) return undefined
      if (member.kind !== 'link') return key
      key =
        member.type === '2'
          ? memberName(
              nodePath.posix.join(nodePath.posix.dirname(key), member.target)
            )
          : memberName(member.target)
    }
    return undefined
  }

  private resolve(name: string): StreamMember | undefined {
    const key = this.resolveKey(name)
    return key === undefined ? undefined : this.members.get(key)
  }

  /** A member's size as stored in the archive (a blob's compressed bytes), following links; undefined when it was not read. */
  storedBytes(name: string): number | undefined {
    const key = this.resolveKey(name)
    return key === undefined ? undefined : this.sizes.get(key)
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined
  }

  async read(name: string): Promise<Buffer> {
    const member = this.resolve(name)
    if (!member)
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} is missing`
      })
    if (member.kind === 'skipped')
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} ${member.why}`
      })
    if (member.kind !== 'data')
      throw new InputError({
        input: this.label,
        problem: `${this.label}: ${name} is not a JSON document`
      })
    return member.data
  }

  async listLayer(name: string): Promise<LayerListing> {
    const member = this.resolve(name)
    if (!member)
      throw new InputError({
        input: this.label,
        problem: `${this.label}: layer ${name} is missing`
      })
    if (member.kind === 'layer') return member.listing
    if (member.kind === 'bad') wrap(this.label, `layer ${name}`, member.error)
    if (member.kind === 'known')
      throw new Error(
        `${this.label}: layer ${name} was skipped as known; it has no listing`
      )
    if (member.kind === 'data' && member.data.length === 0)
      return new ListingBuilder(this.paths).finish()
    throw new InputError({
      input: this.label,
      problem: `${this.label}: layer ${name} is not a tar, gzip or zstd layer`
    })
  }

  close(): void {}
}

/** Decides what a streamed member is from its first bytes, then keeps, lists or drops it. */
class MemberSink {
  private head: Buffer[] = []
  private headBytes = 0
  private mode?: 'keep' | 'layer' | 'drop'
  private layer?: LayerSink
  private error?: Error
  private skipped?: string

  constructor(
    private readonly size: number,
    private readonly paths: PathIndex,
    private readonly kept: { bytes: number }
  ) {}

  write = (chunk: Buffer): void | Promise<void> => {
    if (this.mode === undefined) {
      this.head.push(Buffer.from(chunk))
      this.headBytes += chunk.length
      if (this.headBytes < Math.min(BLOCK, this.size)) return
      return this.decide()
    }
    return this.push(chunk)
  }

  private decide(): void | Promise<void> {
    const head = Buffer.concat(this.head)
    const first = head.subarray(0, 64).toString('latin1').trimStart()[0]
    const json = first === '{' || first === '['
    if (json && this.size > JSON_DOCUMENT_LIMIT)
      [this.mode, this.skipped] = ['drop', tooLarge(this.size)]
    else if (json) this.mode = 'keep'
    else if (sniffCompression(head) !== 'none' || looksLikeTarHeader(head))
      this.mode = 'layer'
    else this.mode = this.size <= SMALL_MEMBER_LIMIT ? 'keep' : 'drop'
    // What is kept is held until the manifest (written last) says what is needed: STREAM_KEPT_LIMIT in all.
    if (
      this.mode === 'keep' &&
      this.kept.bytes + this.size > STREAM_KEPT_LIMIT
    ) {
      this.mode = 'drop'
      this.skipped = `was not kept: the archive's JSON and small members before it already came to ${this.kept.bytes} bytes, and at most ${STREAM_KEPT_LIMIT} bytes (64 MiB) are held, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`
    }
    if (this.mode === 'keep') {
      this.kept.bytes += this.size
      return
    }
    this.head = []
    if (this.mode === 'layer') {
      this.layer = new LayerSink(this.paths, this.size)
      return this.push(head)
    }
  }

  private push(chunk: Buffer): void | Promise<void> {
    if (this.mode === 'keep') {
      this.head.push(Buffer.from(chunk))
      return
    }
    if (this.mode !== 'layer' || this.error || !this.layer) return
    try {
      const r = this.layer.write(chunk)
      if (r) return r.catch((error: Error) => void (this.error = error))
    } catch (error) {
      this.error = error as Error
    }
  }

  async close(): Promise<StreamMember> {
    if (this.mode === undefined) {
      const r = this.decide()
      if (r) await r
    }
    if (this.mode === 'keep')
      return { kind: 'data', data: Buffer.concat(this.head) }
    if (this.mode === 'layer' && this.layer) {
      if (this.error) return { kind: 'bad', error: this.error }
      try {
        return { kind: 'layer', listing: await this.layer.end() }
      } catch (error) {
        return { kind: 'bad', error: error as Error }
      }
    }
    return this.skipped
      ? { kind: 'skipped', why: this.skipped }
      : { kind: 'other' }
  }
}

/** Opens an archive path: a directory, an uncompressed tar, or a compressed one (read as a stream). */
export async function openArchive(path: string): Promise<ArchiveSource> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    throw new InputError({
      input: path,
      problem: `cannot read the archive ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      fix: 'Check the path given to --archive.'
    })
  }
  if (info.isDirectory()) return new DirectorySource(path)
  const fd = openSync(path, 'r')
  let head: Buffer
  try {
    head = Buffer.alloc(Math.min(BLOCK, info.size))
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const compression = sniffCompression(head)
  if (compression === 'none') return new TarFileSource(path)
  const inflate =
    compression === 'gzip' ? zlib.createGunzip() : zlib.createZstdDecompress()
  const file = createReadStream(path)
  file.on('error', (error) => inflate.destroy(error))
  file.pipe(inflate)
  try {
    return await StreamSource.read(path, inflate)
  } finally {
    file.destroy()
  }
}

// A hand-written tar header reader: ustar, GNU long names (`././@LongLink` 'L'/'K'), PAX
// 'x'/'g' records (path, linkpath, size) and base-256 numbers. Hand-written, not a library,
// because analysing an image needs only headers: on disk we read a header, then jump over
// the file's contents by offset (positioned reads, no bytes of contents read at all), and in
// a stream we drop content chunks without copying them. Stream libraries (tar-stream,
// node-tar) always pull every content byte through a Readable, which is what the speed
// target forbids. Semantics follow Go's archive/tar (what docker and dive use): header-only
// types carry no data whatever their size field says, a '\0' type with a trailing slash is
// a directory, and the archive ends at the first all-zero block (anything after it, such
// as estargz's trailing index, is ignored).

import { InputError } from '../../errors.js'

export const BLOCK = 512

/** One archive member as its headers (long-name and PAX records applied) describe it. */
export interface TarHeader {
  name: string
  /** The type flag as a character: '0' file, '1' hardlink, '2' symlink, '5' directory, … ('\0' becomes '0' or '5'). */
  type: string
  /** The size field (after PAX). For header-only types this is what the header says, not what follows. */
  size: number
  /** Bytes of contents that follow the header (0 for header-only types). */
  dataSize: number
  mode: number
  uid: number
  gid: number
  linkname: string
  /** UTF-8 byte length of linkname, as the file system stores a symlink target. */
  linkBytes: number
  /**
   * From a decoder made with `rawNames`, when the name is the header's own name field (no
   * ustar prefix, GNU long name or PAX path): where its bytes are in `rawBlock`, and `name`
   * is then '' (the walk of a layer makes no string per entry). Else -1.
   */
  rawNameAt: number
  rawNameLength: number
  rawBlock?: Buffer
}

/** A malformed archive. Readers turn it into an InputError naming the file. */
export class TarFormatError extends InputError {
  override name = 'TarFormatError'
}

// Go archive/tar isHeaderOnlyType: these never have contents, whatever their size field says.
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6'])
const META_LIMIT = 1 << 20

function field(block: Buffer, offset: number, length: number): string {
  let end = offset
  const stop = offset + length
  while (end < stop && block[end] !== 0) end++
  return block.toString('utf8', offset, end)
}

function fieldBytes(block: Uint8Array, offset: number, length: number): number {
  let end = offset
  const stop = offset + length
  while (end < stop && block[end] !== 0) end++
  return end - offset
}

/** An octal number field, or base-256 (GNU) when the high bit of the first byte is set. */
export function parseNumber(
  block: Uint8Array,
  offset: number,
  length: number,
  what: string
): number {
  const first = block[offset]
  if (first & 0x80) {
    if (first === 0xff) throw new TarFormatError(`negative base-256 ${what}`)
    let value = first & 0x7f
    for (let i = 1; i < length; i++) {
      value = value * 256 + block[offset + i]
      if (value > Number.MAX_SAFE_INTEGER)
        throw new TarFormatError(`${what} too large`)
    }
    return value
  }
  let i = offset
  const stop = offset + length
  while (i < stop && (block[i] === 0x20 || block[i] === 0)) i++
  let value = 0
  let digits = 0
  for (; i < stop; i++) {
    const c = block[i]
    if (c === 0 || c === 0x20) break
    if (c < 0x30 || c > 0x37) throw new TarFormatError(`invalid octal ${what}`)
    value = value * 8 + (c - 0x30)
    digits++
  }
  return digits === 0 ? 0 : value
}

export function isZeroBlock(block: Uint8Array, at = 0): boolean {
  for (let i = at; i < at + BLOCK; i++) if (block[i] !== 0) return false
  return true
}

// One 32-bit view per buffer (the reader's window, the stream parser's block), not one per header.
let viewed: ArrayBufferLike | undefined
let view: Uint32Array<ArrayBufferLike> = new Uint32Array(0)
function wordsOf(block: Uint8Array): Uint32Array<ArrayBufferLike> {
  if (block.buffer !== viewed) {
    viewed = block.buffer
    view = new Uint32Array(block.buffer, 0, block.buffer.byteLength >>> 2)
  }
  return view
}

/** The unsigned sum of a header's bytes with the checksum field counted as eight spaces. */
function unsignedSum(block: Uint8Array, at: number): number {
  const address = block.byteOffset + at
  let sum = 0
  if ((address & 3) === 0) {
    // Four bytes at a time, two 16-bit lanes (at most 128 * 2 * 255 per lane): a third of
    // the byte loop's time, which was the largest part of reading a header.
    const words = wordsOf(block)
    const first = address >>> 2
    let lanes = 0
    for (let i = first; i < first + BLOCK / 4; i++) {
      const w = words[i]
      lanes += (w & 0x00ff00ff) + ((w >>> 8) & 0x00ff00ff)
    }
    sum = (lanes & 0xffff) + (lanes >>> 16)
    for (let i = at + 148; i < at + 156; i++) sum -= block[i]
  } else {
    for (let i = at; i < at + BLOCK; i++) sum += block[i]
    for (let i = at + 148; i < at + 156; i++) sum -= block[i]
  }
  return sum + 8 * 0x20
}

function checksumOk(block: Uint8Array, at: number): boolean {
  let stored: number
  try {
    stored = parseNumber(block, at + 148, 8, 'checksum')
  } catch {
    return false
  }
  const unsigned = unsignedSum(block, at)
  if (stored === unsigned) return true
  // Some old tars summed signed bytes.
  let signed = unsigned
  for (let i = 0; i < BLOCK; i++)
    if ((i < 148 || i >= 156) && block[at + i] > 127) signed -= 256
  return stored === signed
}

/** True when the block looks like a tar header (valid checksum), used to recognise layer blobs. */
export function looksLikeTarHeader(block: Uint8Array): boolean {
  if (block.length < BLOCK) return false
  return isZeroBlock(block) || checksumOk(block, 0)
}

function parsePax(data: Buffer): Record<string, string> {
  // Records are "<len> <key>=<value>\n", len counting the whole record in bytes.
  const records: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    if (space < 0) throw new TarFormatError('malformed PAX record')
    const length = Number(data.toString('latin1', pos, space))
    if (
      !Number.isInteger(length) ||
      length <= space - pos ||
      pos + length > data.length
    )
      throw new TarFormatError('malformed PAX record length')
    const record = data.subarray(space + 1, pos + length - 1)
    const eq = record.indexOf(0x3d)
    if (eq < 0) throw new TarFormatError('malformed PAX record')
    records[record.toString('utf8', 0, eq)] = record.toString('utf8', eq + 1)
    pos += length
  }
  return records
}

/** What a header block is: the end of the archive (null), a long-name/PAX record to apply to the next entry, or an entry. */
export type DecodedBlock = null | MetaBlock | TarHeader

export interface MetaBlock {
  /** 'L' or 'K' (GNU long name/link), 'x' or 'g' (PAX). */
  meta: string
  dataSize: number
}

const isMeta = (decoded: MetaBlock | TarHeader): decoded is MetaBlock =>
  'meta' in decoded

/**
 * Turns header blocks into entries, carrying GNU long names and PAX records over to the
 * entry they describe. Shared by the stream parser and the positioned walker.
 */
export class HeaderDecoder {
  /**
   * With `reuse`, every entry is decoded into the same object (valid until the next decode):
   * for callers that copy what they need at once, so that a walk makes no object per entry.
   */
  constructor(reuse = false, rawNames = false) {
    this.scratch = reuse ? ({} as TarHeader) : undefined
    this.rawNames = rawNames
  }
  private readonly scratch?: TarHeader
  private readonly rawNames: boolean
  private longName?: string
  private longLink?: string
  private pax?: Record<string, string>
  private global: Record<string, string> = {}
  private globalEmpty = true

  /** Decodes the header block at `at` in `block` (offsets, not copies: the walker reads headers in place). */
  decode(block: Buffer, at = 0): DecodedBlock {
    if (isZeroBlock(block, at)) return null
    if (!checksumOk(block, at))
      throw new TarFormatError(
        'bad header checksum (not a tar archive, or corrupt)'
      )
    let type = String.fromCharCode(block[at + 156])
    const size = parseNumber(block, at + 124, 12, 'size')
    if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
      if (size > META_LIMIT)
        throw new TarFormatError(`${type} record of ${size} bytes is too large`)
      return { meta: type, dataSize: size }
    }
    // POSIX ustar ("ustar\0") has a name prefix; GNU ("ustar  \0") keeps other data there.
    const prefixed =
      block[at + 257] === 0x75 &&
      block[at + 258] === 0x73 &&
      block[at + 259] === 0x74 &&
      block[at + 260] === 0x61 &&
      block[at + 261] === 0x72 &&
      block[at + 262] === 0 &&
      block[at + 345] !== 0
    let rawNameLength = -1
    let name = ''
    const paxPath =
      this.pax?.path ?? (this.globalEmpty ? undefined : this.global.path)
    if (
      this.rawNames &&
      !prefixed &&
      this.longName === undefined &&
      paxPath === undefined
    )
      rawNameLength = fieldBytes(block, at, 100)
    else {
      name = field(block, at, 100)
      if (prefixed) name = `${field(block, at + 345, 155)}/${name}`
    }
    let linkname = block[at + 157] === 0 ? '' : field(block, at + 157, 100)
    let linkBytes = block[at + 157] === 0 ? 0 : fieldBytes(block, at + 157, 100)
    let fullSize = size
    let uid: number | undefined
    let gid: number | undefined
    if (this.longName !== undefined) name = this.longName
    if (this.longLink !== undefined) {
      linkname = this.longLink
      linkBytes = Buffer.byteLength(linkname)
    }
    if (this.pax !== undefined || !this.globalEmpty) {
      const pax = { ...this.global, ...this.pax }
      if (pax.path !== undefined) name = pax.path
      if (pax.linkpath !== undefined) {
        linkname = pax.linkpath
        linkBytes = Buffer.byteLength(linkname)
      }
      if (pax.size !== undefined) {
        const n = Number(pax.size)
        if (!/^\d+$/.test(pax.size) || !Number.isSafeInteger(n))
          throw new TarFormatError('invalid PAX size')
        fullSize = n
      }
      if (pax.uid !== undefined) uid = Number(pax.uid) || 0
      if (pax.gid !== undefined) gid = Number(pax.gid) || 0
    }
    this.longName = this.longLink = this.pax = undefined
    if (type === '\0')
      type = (
        rawNameLength >= 0
          ? rawNameLength > 0 && block[at + rawNameLength - 1] === 0x2f
          : name.endsWith('/')
      )
        ? '5'
        : '0'
    const header = this.scratch ?? ({} as TarHeader)
    header.name = name
    header.type = type
    header.size = fullSize
    header.dataSize = HEADER_ONLY.has(type) ? 0 : fullSize
    header.mode = parseNumber(block, at + 100, 8, 'mode')
    header.uid = uid ?? parseNumber(block, at + 108, 8, 'uid')
    header.gid = gid ?? parseNumber(block, at + 116, 8, 'gid')
    header.linkname = linkname
    header.linkBytes = linkBytes
    header.rawNameAt = rawNameLength >= 0 ? at : -1
    header.rawNameLength = rawNameLength
    header.rawBlock = rawNameLength >= 0 ? block : undefined
    return header
  }

  /** Applies the contents of a 'meta' block (long name, long link, PAX record). */
  meta(type: string, data: Buffer): void {
    const text = () => {
      const nul = data.indexOf(0)
      return data.toString('utf8', 0, nul < 0 ? data.length : nul)
    }
    if (type === 'L') this.longName = text()
    else if (type === 'K') this.longLink = text()
    else if (type === 'x') this.pax = { ...this.pax, ...parsePax(data) }
    else if (type === 'g') {
      this.global = { ...this.global, ...parsePax(data) }
      this.globalEmpty = Object.keys(this.global).length === 0
    }
  }
}

export const padded = (size: number): number => Math.ceil(size / BLOCK) * BLOCK

/** What to do with an entry's contents: drop them (undefined) or hand each chunk to a sink. */
export type EntrySink = ((chunk: Buffer) => void | Promise<void>) | undefined

/**
 * A push parser for tar streams: feed it chunks in order. Contents are skipped without
 * copying unless `onEntry` returns a sink. `feed` returns a promise only when a sink (or
 * `onEntryEnd`) did, so a parser whose sinks are synchronous runs without any awaiting.
 */
export class TarStreamParser {
  private decoder: HeaderDecoder
  private block = Buffer.alloc(BLOCK)
  private fill = 0
  private state: 'header' | 'data' | 'meta' | 'done' = 'header'
  private remaining = 0
  private pad = 0
  private sink: EntrySink
  private current?: TarHeader
  private metaType = ''
  private metaParts: Buffer[] = []
  /** Bytes consumed so far, for error messages. */
  offset = 0

  /** With `rawNames`, plain names come as bytes (TarHeader.rawNameAt), valid only during `onEntry`. */
  constructor(
    private readonly onEntry: (header: TarHeader) => EntrySink,
    private readonly onEntryEnd?: (header: TarHeader) => void | Promise<void>,
    options: { rawNames?: boolean } = {}
  ) {
    this.decoder = new HeaderDecoder(false, options.rawNames)
  }

  get done(): boolean {
    return this.state === 'done'
  }

  feed(chunk: Buffer): void | Promise<void> {
    let pos = 0
    while (pos < chunk.length && this.state !== 'done') {
      if (this.state === 'header') {
        if (this.pad > 0) {
          const n = Math.min(this.pad, chunk.length - pos)
          this.pad -= n
          pos += n
          this.offset += n
          continue
        }
        const n = Math.min(BLOCK - this.fill, chunk.length - pos)
        chunk.copy(this.block, this.fill, pos, pos + n)
        this.fill += n
        pos += n
        this.offset += n
        if (this.fill < BLOCK) break
        this.fill = 0
        const r = this.header()
        if (r) return r.then(() => this.feed(chunk.subarray(pos)))
        continue
      }
      const n = Math.min(this.remaining, chunk.length - pos)
      let r: void | Promise<void> = undefined
      // Contents nobody asked for are skipped without even a view of them (one per file adds up).
      if (n > 0) {
        if (this.state === 'meta')
          this.metaParts.push(Buffer.from(chunk.subarray(pos, pos + n)))
        else if (this.sink) r = this.sink(chunk.subarray(pos, pos + n))
      }
      this.remaining -= n
      pos += n
      this.offset += n
      if (r) {
        return r.then(() => {
          const r2 = this.remaining === 0 ? this.finishEntry() : undefined
          return r2
            ? r2.then(() => this.feed(chunk.subarray(pos)))
            : this.feed(chunk.subarray(pos))
        })
      }
      if (this.remaining === 0) {
        const r2 = this.finishEntry()
        if (r2) return r2.then(() => this.feed(chunk.subarray(pos)))
      }
    }
  }

  /** feed() for parsers whose sinks are all synchronous. */
  feedSync(chunk: Buffer): void {
    if (this.feed(chunk))
      throw new Error('TarStreamParser.feedSync: a sink returned a promise')
  }

  private header(): void | Promise<void> {
    const decoded = this.decoder.decode(this.block)
    if (decoded === null) {
      this.state = 'done'
      return
    }
    if (isMeta(decoded)) {
      this.state = 'meta'
      this.metaType = decoded.meta
      this.metaParts = []
      this.remaining = decoded.dataSize
      this.pad = padded(decoded.dataSize) - decoded.dataSize
      return this.remaining === 0 ? this.finishEntry() : undefined
    }
    const header = decoded
    this.current = header
    this.sink = this.onEntry(header)
    this.state = 'data'
    this.remaining = header.dataSize
    this.pad = padded(header.dataSize) - header.dataSize
    return this.remaining === 0 ? this.finishEntry() : undefined
  }

  private finishEntry(): void | Promise<void> {
    let r: void | Promise<void> = undefined
    if (this.state === 'meta')
      this.decoder.meta(this.metaType, Buffer.concat(this.metaParts))
    else if (this.onEntryEnd && this.current) r = this.onEntryEnd(this.current)
    this.sink = undefined
    this.current = undefined
    this.metaParts = []
    this.state = 'header'
    return r
  }

  /** Call at the end of input: a stream cut inside a header or inside contents is truncated. */
  end(): void {
    if (this.state === 'done') return
    if (this.state === 'header' && this.fill === 0 && this.pad === 0) return // Go accepts a missing end-of-archive marker
    throw new TarFormatError(
      `truncated: the tar stream ends inside ${this.state === 'header' ? (this.fill ? 'a header' : 'padding') : 'an entry'} at byte ${this.offset}`
    )
  }
}

/** Positioned reads of one file, through a small window so that runs of small entries cost one read. */
export interface PositionalReader {
  /** Exactly `length` bytes at `position`, or a TarFormatError when the file is shorter. */
  at(position: number, length: number): Buffer
  /** Like `at` for one header block, without allocating: the block's offset in `window`. */
  block(position: number): number
  readonly window: Buffer
}

/**
 * Walks the tar that occupies bytes [start, end) of a file, reading only headers (and
 * long-name/PAX records) and jumping over contents by offset. `onEntry` gets each entry
 * (one reused object: copy what you keep) and the file offset of its contents. With
 * `rawNames`, plain names come as bytes (TarHeader.rawNameAt) instead of strings.
 */
export function walkTar(
  reader: PositionalReader,
  start: number,
  end: number,
  onEntry: (header: TarHeader, dataOffset: number) => void,
  options: { rawNames?: boolean } = {}
): void {
  const decoder = new HeaderDecoder(true, options.rawNames)
  let pos = start
  while (pos < end) {
    if (pos + BLOCK > end)
      throw new TarFormatError(
        `truncated: a header at byte ${pos - start} runs past the end`
      )
    const decoded = decoder.decode(reader.window, reader.block(pos))
    pos += BLOCK
    if (decoded === null) return
    const dataSize = decoded.dataSize
    if (pos + dataSize > end)
      throw new TarFormatError(
        `truncated: an entry at byte ${pos - BLOCK - start} runs past the end`
      )
    if (isMeta(decoded)) decoder.meta(decoded.meta, reader.at(pos, dataSize))
    else onEntry(decoded, pos)
    pos += padded(dataSize)
  }
}

// Reads a file out of a workflow artifact's zip (the download of
// `GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip`; actions/upload-artifact v4 deflates
// each file into it). The bytes come from another workflow run, so they are untrusted: sizes
// are checked against the buffer before any read, the output of inflate is capped, and CRCs
// are checked. None of the project's dependencies reads zip, and a library (yauzl, adm-zip)
// brings streaming, zip64, encryption and archive writing for what is, here, one small file
// in a buffer already capped in size: a central-directory walk and node:zlib do it.

import { crc32, inflateRawSync } from 'node:zlib'
import { DependencyFailure } from '../errors.js'

export interface ZipEntry {
  name: string
  /** 0: stored, 8: deflate (the two methods zip writers use). */
  method: number
  compressedBytes: number
  sizeBytes: number
  crc: number
  /** Where the entry's local header starts. */
  offset: number
}

export class ZipError extends DependencyFailure {
  override name = 'ZipError'
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The entries of the central directory. */
export function listZip(zip: Buffer): ZipEntry[] {
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  let end = -1
  for (
    let at = zip.length - 22;
    at >= Math.max(0, zip.length - 22 - 65_535);
    at--
  ) {
    if (zip.readUInt32LE(at) === EOCD) {
      end = at
      break
    }
  }
  if (end < 0)
    throw new ZipError('not a zip archive (no end-of-central-directory record)')
  const count = zip.readUInt16LE(end + 10)
  const size = zip.readUInt32LE(end + 12)
  const start = zip.readUInt32LE(end + 16)
  if (start === 0xffffffff || count === 0xffff)
    throw new ZipError('a zip64 archive: far larger than any report')
  if (start + size > end)
    throw new ZipError('the central directory lies outside the archive')
  const entries: ZipEntry[] = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL)
      throw new ZipError(`central directory entry ${i} is damaged`)
    const flags = zip.readUInt16LE(at + 8)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    if (at + 46 + nameLength > end)
      throw new ZipError(`central directory entry ${i} is damaged`)
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedBytes: zip.readUInt32LE(at + 20),
      sizeBytes: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42)
    }
    if (flags & 1)
      throw new ZipError(`${entry.name.slice(0, 100)} is encrypted`)
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The bytes of one entry, at most `maxBytes` of them once inflated. */
export function readZipEntry(
  zip: Buffer,
  entry: ZipEntry,
  maxBytes: number
): Buffer {
  const shown = entry.name.slice(0, 100)
  if (entry.sizeBytes > maxBytes)
    throw new ZipError(
      `${shown} is ${entry.sizeBytes} bytes; at most ${maxBytes} are read`
    )
  if (
    entry.offset + 30 > zip.length ||
    zip.readUInt32LE(entry.offset) !== LOCAL
  )
    throw new ZipError(`${shown}: its local header is damaged`)
  const dataStart =
    entry.offset +
    30 +
    zip.readUInt16LE(entry.offset + 26) +
    zip.readUInt16LE(entry.offset + 28)
  if (dataStart + entry.compressedBytes > zip.length)
    throw new ZipError(`${shown} runs past the end of the archive`)
  const stored = zip.subarray(dataStart, dataStart + entry.compressedBytes)
  let data: Buffer
  if (entry.method === 0) data = stored
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(stored, { maxOutputLength: maxBytes })
    } catch (error) {
      throw new ZipError(
        `${shown} does not inflate (${(error as Error).message})`
      )
    }
  } else
    throw new ZipError(
      `${shown} uses compression method ${entry.method}; only stored and deflate are read`
    )
  if (data.length !== entry.sizeBytes || crc32(data) !== entry.crc)
    throw new ZipError(
      `${shown} is damaged (size or CRC does not match its directory entry)`
    )
  return data
}

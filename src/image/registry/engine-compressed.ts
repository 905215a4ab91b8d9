// `analyze --compressed` for an image in the engine: the pull size it would have once pushed,
// so a PR image compares with a registry baseline on the same measure. Streams the image's
// `docker save` archive (engine-export.ts) and gzips each layer tar as a push does (zlib,
// default level), counting the output bytes;
// nothing is written to disk. Layers the engine already keeps compressed (containerd store)
// are counted as they are. Both save layouts are read (../../../shared notes, part A):
// legacy `<id>/layer.tar` (a repeated layer is a symlink to the first) and Docker 25+ `blobs/sha256/<hex>`.

import { once } from 'node:events'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { InputError } from '../../errors.js'
import type { ImageReport } from '../../model/report.js'
import { TarStreamParser } from '../archive/tar.js'
import { exportFailureError, exportImage } from '../engine-export.js'

/** Where an archive member's bytes go while it streams. */
interface TarBodySink {
  write(chunk: Buffer): void | Promise<void>
  end(): void | Promise<void>
}

const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]
const startsWith = (head: Buffer, magic: number[]) =>
  magic.every((b, i) => head[i] === b)

/** Counts the gzip size of a body as it streams; an already compressed body counts as is. */
function gzipCounter(done: (bytes: number) => void): TarBodySink {
  let head = Buffer.alloc(0)
  let gzip: ReturnType<typeof createGzip> | undefined
  let raw = 0
  let passThrough = false
  let bytes = 0
  const start = () => {
    passThrough = startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC)
    if (passThrough) return
    gzip = createGzip()
    gzip.on('data', (chunk: Buffer) => (bytes += chunk.length))
  }
  const feed = async (chunk: Buffer) => {
    if (passThrough) raw += chunk.length
    else if (gzip && !gzip.write(chunk)) await once(gzip, 'drain')
  }
  return {
    async write(chunk) {
      if (!gzip && !passThrough) {
        // Decide on the first 4 bytes; a tiny first chunk waits for more.
        head = Buffer.concat([head, chunk])
        if (head.length < 4) return
        start()
        const first = head
        head = Buffer.alloc(0)
        await feed(first)
        return
      }
      await feed(chunk)
    },
    async end() {
      if (!gzip && !passThrough) {
        start()
        await feed(head)
      }
      if (passThrough) return done(raw)
      const stream = gzip as ReturnType<typeof createGzip>
      stream.end()
      await finished(stream)
      done(bytes)
    }
  }
}

interface SaveManifest {
  Config: string
  Layers: string[]
}

/** The gzip size of each layer of an engine image, in manifest (= RootFS) order. */
export async function measureEngineCompressedLayers(
  ref: string
): Promise<number[]> {
  const sizes = new Map<string, number>()
  const links = new Map<string, string>()
  const manifestParts: Buffer[] = []
  let current: TarBodySink | undefined
  const parser = new TarStreamParser(
    (header) => {
      const name = path.posix.normalize(header.name.replace(/^\.\//, ''))
      if (header.type === '2' || header.type === '1') {
        // Legacy saves link a repeated layer.tar to the first copy: relative to the entry's folder (symlink) or the archive root (hardlink).
        links.set(
          name,
          header.type === '2'
            ? path.posix.normalize(
                path.posix.join(path.posix.dirname(name), header.linkname)
              )
            : header.linkname
        )
        return undefined
      }
      if (header.type !== '0') return undefined
      if (name === 'manifest.json')
        current = {
          write: (chunk) => void manifestParts.push(chunk),
          end: () => undefined
        }
      else if (name.endsWith('/layer.tar') || name.startsWith('blobs/'))
        current = gzipCounter((bytes) => sizes.set(name, bytes))
      else return undefined
      const sink = current
      // A chunk is a view of the export's reused buffer; zlib reads it later: copy.
      return (chunk) => sink.write(Buffer.from(chunk))
    },
    async () => {
      const sink = current
      current = undefined
      if (sink) await sink.end()
    }
  )
  const result = await exportImage(ref, (chunk) => parser.feed(chunk))
  if (result.consumeError !== undefined) {
    if (result.consumeError instanceof InputError)
      throw new InputError({
        input: ref,
        problem: `docker save ${ref}: ${result.consumeError.problem}`,
        fix: result.consumeError.fix
      })
    throw result.consumeError
  }
  if (result.failure) throw exportFailureError(ref, result.failure)
  try {
    parser.end()
  } catch (error) {
    throw new InputError({
      input: ref,
      problem: `docker save ${ref}: ${(error as Error).message}`
    })
  }
  const manifestText = Buffer.concat(manifestParts).toString('utf8')
  let manifests: SaveManifest[]
  try {
    manifests = JSON.parse(manifestText) as SaveManifest[]
  } catch {
    throw new InputError({
      input: '--compressed',
      problem: `docker save ${ref} wrote no readable manifest.json; this engine's save format is not supported for --compressed`
    })
  }
  const layers = manifests[0]?.Layers ?? []
  return layers.map((layer) => {
    let name = path.posix.normalize(layer)
    for (let hops = 0; links.has(name) && hops < 8; hops++)
      name = links.get(name) as string
    const bytes = sizes.get(name)
    if (bytes === undefined)
      throw new InputError({
        input: ref,
        problem: `docker save ${ref} lists layer ${layer} but the archive does not hold it`
      })
    return bytes
  })
}

/** The report with compressedBytes on each layer row and totalCompressedBytes, measured by gzipping `docker save`'s layers. */
export async function addEngineCompressedSizes(
  report: ImageReport
): Promise<ImageReport> {
  // A containerd-store engine keeps the blobs compressed: their sizes came with the report.
  if (
    report.totalCompressedBytes !== undefined &&
    report.layers.every((row) => row.empty || row.compressedBytes !== undefined)
  )
    return report
  const sizes = await measureEngineCompressedLayers(report.image.ref)
  const rows = report.layers.filter((row) => !row.empty)
  const warnings = [...report.warnings]
  if (rows.length !== sizes.length) {
    warnings.push(
      `the image has ${sizes.length} layers but ${rows.length} rows were decided to make layers; compressed sizes were paired in order`
    )
  }
  let i = 0
  const layers = report.layers.map((row) =>
    row.empty || i >= sizes.length
      ? { ...row }
      : { ...row, compressedBytes: sizes[i++] }
  )
  return {
    ...report,
    layers,
    totalCompressedBytes: sizes.reduce((sum, bytes) => sum + bytes, 0),
    warnings
  }
}

// Hostile archives: JSON-looking members of tens of MiB, manifests of hundreds of MB, more
// JSON than any image has. Peak memory is asserted from the CLI process itself (max-rss.cjs),
// not from timing; each case ends in a report or in exit 2 naming the member and the cap.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
  ftruncateSync,
  createWriteStream
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RSS_BOUND, runCliMeasured } from '../support/measure.js'
import { END, member, membersOf, tarHeader } from '../support/tar-writer.js'

const FIXTURE = path.resolve(
  'test/fixtures/dive/test-oci-uncompressed-image.tar'
)
const MiB = 1024 * 1024
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'isb-hostile-archive-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `{` then spaces: JSON by its first byte, `size` bytes. */
const jsonLooking = (size: number) =>
  Buffer.concat([Buffer.from('{'), Buffer.alloc(size - 1, 0x20)])

/** A gzip archive: `junk` members of `junkSize` JSON-looking bytes, then the real image's members (gzip members concatenated). */
async function gzipArchive(
  file: string,
  junk: number,
  junkSize: number,
  replace: Record<string, Buffer> = {}
): Promise<string> {
  const out = createWriteStream(file)
  const write = (data: Buffer) =>
    new Promise<void>((resolve, reject) =>
      out.write(data, (error) => (error ? reject(error) : resolve()))
    )
  const body = junk
    ? zlib.gzipSync(jsonLooking(junkSize), { level: 1 })
    : Buffer.alloc(0)
  for (let i = 0; i < junk; i++) {
    await write(
      zlib.gzipSync(
        tarHeader(`junk/${String(i).padStart(2, '0')}.json`, junkSize)
      )
    )
    await write(body)
  }
  for (const { name, data } of membersOf(FIXTURE))
    await write(zlib.gzipSync(member(name, replace[name] ?? data)))
  await write(zlib.gzipSync(END))
  await new Promise<void>((resolve) => out.end(resolve))
  return file
}

describe('JSON caps in archives', () => {
  it('40 members of 60 MiB that start with "{" (2.4 GB inflated): skipped, the image read, under the memory bound', async () => {
    const file = await gzipArchive(path.join(dir, 'junk.tar.gz'), 40, 60 * MiB)
    const run = await runCliMeasured(['analyze', '--archive', file, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).totalBytes).toBe(11189)
    expect(run.maxRssBytes).toBeGreaterThan(0)
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
    console.log(
      `40 × 60 MiB: ${Math.round(run.maxRssBytes / MiB)} MiB peak, ${run.ms} ms`
    )
  })

  it('an index.json of 5 MiB in a streamed archive: exit 2 naming it and the 4 MiB cap', async () => {
    const file = await gzipArchive(path.join(dir, 'big-index.tar.gz'), 0, 0, {
      'index.json': jsonLooking(5 * MiB)
    })
    const run = await runCliMeasured(['analyze', '--archive', file])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: ${file}: index.json is 5242880 bytes, more than the 4194304 bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again\n`
    )
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
  })

  it('more JSON than 64 MiB before the index: what comes after is not kept, and the message says why', async () => {
    const file = await gzipArchive(
      path.join(dir, 'much-json.tar.gz'),
      17,
      4 * MiB
    )
    const run = await runCliMeasured(['analyze', '--archive', file])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^image-size-budget analyze: error: .*much-json\.tar\.gz: index\.json was not kept: the archive's JSON and small members before it already came to \d+ bytes, and at most 67108864 bytes \(64 MiB\) are held, so this is not an image archive as docker, buildah or skopeo write one\. Check the archive's path, or save the image again\n$/
    )
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
  })

  it('a plain tar whose index.json claims 600 MB (sparse): refused before it is read', async () => {
    const file = path.join(dir, 'sparse.tar')
    const fd = openSync(file, 'w')
    writeSync(fd, tarHeader('oci-layout', 30))
    writeSync(
      fd,
      Buffer.from(
        '{"imageLayoutVersion": "1.0.0"}'.slice(0, 30).padEnd(512, '\0')
      ),
      0,
      512,
      512
    )
    writeSync(fd, tarHeader('index.json', 600 * 1000 * 1000), 0, 512, 1024)
    ftruncateSync(fd, 1536 + 600 * 1000 * 1000 + 1024)
    closeSync(fd)
    const run = await runCliMeasured(['analyze', '--archive', file])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: ${file}: index.json is 600000000 bytes, more than the 4194304 bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again\n`
    )
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
  })

  it('an OCI layout directory whose index.json is 600 MB (sparse): refused before it is read', async () => {
    const layout = path.join(dir, 'layout')
    mkdirSync(layout)
    writeFileSync(
      path.join(layout, 'oci-layout'),
      '{"imageLayoutVersion": "1.0.0"}'
    )
    const fd = openSync(path.join(layout, 'index.json'), 'w')
    writeSync(fd, '{')
    ftruncateSync(fd, 600 * 1000 * 1000)
    closeSync(fd)
    const run = await runCliMeasured(['analyze', '--archive', layout])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: ${layout}: index.json is 600000000 bytes, more than the 4194304 bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again\n`
    )
    expect(run.maxRssBytes).toBeLessThan(RSS_BOUND)
  })
})

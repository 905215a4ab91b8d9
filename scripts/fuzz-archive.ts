// Fuzzes the archive reader: mutates real image archives (dive's test images: legacy
// docker-archive, kaniko, OCI with uncompressed/gzip/zstd/estargz layers) and requires,
// for every case, a result or a clean InputError within a time limit: never another
// error, never a hang. Run by hand (10,000 cases by default):
//   npx vite-node scripts/fuzz-archive.ts [cases] [seed]
// test/image/archive-fuzz.test.ts runs a few hundred cases of the same generator.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../src/errors.js'
import { analyzeImage } from '../src/analysis/image.js'
import { readImage } from '../src/image/resolve.js'

export const FUZZ_SOURCES = [
  'test-docker-image.tar',
  'test-kaniko-image.tar',
  'test-oci-uncompressed-image.tar',
  'test-oci-gzip-image.tar',
  'test-oci-zstd-image.tar',
  'test-oci-estargz-image.tar'
].map((name) => path.resolve('test/fixtures/dive', name))

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One mutation of an archive: truncation, bit flips, byte runs, header-field damage, splices. */
export function mutate(
  input: Buffer,
  random: () => number
): { data: Buffer; how: string } {
  const data = Buffer.from(input)
  const at = (n: number) => Math.floor(random() * n)
  const headerOffsets = () => {
    // Tar headers of the outer archive sit on 512-byte boundaries: aim at them half of the time.
    const blocks = Math.floor(data.length / 512)
    return at(blocks) * 512
  }
  switch (at(8)) {
    case 0: {
      const length = at(data.length)
      return { data: data.subarray(0, length), how: `truncate to ${length}` }
    }
    case 1: {
      const flips = 1 + at(16)
      for (let i = 0; i < flips; i++) data[at(data.length)] ^= 1 << at(8)
      return { data, how: `flip ${flips} bits` }
    }
    case 2: {
      const start = headerOffsets()
      const field = [0, 100, 124, 136, 148, 156, 157, 257, 345][at(9)]
      const value = [0x00, 0xff, 0x80, 0x37, 0x20, 0x78][at(6)]
      for (let i = 0; i < 12 && start + field + i < data.length; i++)
        data[start + field + i] = value
      return { data, how: `header field ${field} at ${start} := ${value}` }
    }
    case 3: {
      const start = at(data.length)
      const length = at(4096)
      data.fill(at(256), start, Math.min(data.length, start + length))
      return { data, how: `fill ${length} at ${start}` }
    }
    case 4: {
      // Damage the size field but keep the checksum valid, so the parser must cope with a lying header.
      const start = headerOffsets()
      const size = Math.floor(random() * 2 ** (1 + at(40)))
      data.write(
        size.toString(8).padStart(11, '0').slice(-11) + '\0',
        start + 124,
        'latin1'
      )
      let sum = 0
      for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : (data[start + i] ?? 0)
      data.write(
        sum.toString(8).padStart(6, '0') + '\0 ',
        start + 148,
        'latin1'
      )
      return { data, how: `size at ${start} := ${size} (checksum fixed)` }
    }
    case 5: {
      const a = at(data.length)
      const b = at(data.length)
      return {
        data: Buffer.concat([data.subarray(0, a), data.subarray(b)]),
        how: `splice ${a}..${b}`
      }
    }
    case 6: {
      // Break JSON (manifest, index, config) where there is some.
      const brace = data.indexOf('{"', at(data.length))
      const where = brace >= 0 ? brace + at(64) : at(data.length)
      data[where] = [0x22, 0x7d, 0x5d, 0x00, 0x2c][at(5)]
      return { data, how: `json byte at ${where}` }
    }
    default: {
      const start = at(data.length)
      const junk = Buffer.alloc(at(2048))
      for (let i = 0; i < junk.length; i++) junk[i] = at(256)
      return {
        data: Buffer.concat([
          data.subarray(0, start),
          junk,
          data.subarray(start)
        ]),
        how: `insert ${junk.length} at ${start}`
      }
    }
  }
}

export interface FuzzOutcome {
  cases: number
  results: number
  inputErrors: number
  failures: { seed: number; source: string; how: string; error: string }[]
}

/** Runs `cases` mutations starting at `seed`; each must end in a result or an InputError within `limitMs`. */
export async function fuzz(
  cases: number,
  seed = 1,
  limitMs = 10_000
): Promise<FuzzOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-fuzz-'))
  const originals = FUZZ_SOURCES.map((file) => readFileSync(file))
  const outcome: FuzzOutcome = {
    cases,
    results: 0,
    inputErrors: 0,
    failures: []
  }
  try {
    for (let i = 0; i < cases; i++) {
      const caseSeed = seed + i
      const random = rng(caseSeed)
      const which = Math.floor(random() * originals.length)
      const { data, how } = mutate(originals[which], random)
      const file = path.join(dir, `case-${i % 4}.tar`)
      writeFileSync(file, data)
      let timer: NodeJS.Timeout | undefined
      try {
        await Promise.race([
          readImage({ kind: 'archive', path: file }).then(analyzeImage),
          new Promise(
            (_, reject) =>
              (timer = setTimeout(
                () =>
                  reject(new Error(`no answer within ${limitMs} ms (hang)`)),
                limitMs
              ))
          )
        ])
        outcome.results++
      } catch (error) {
        if (error instanceof InputError) outcome.inputErrors++
        else
          outcome.failures.push({
            seed: caseSeed,
            source: path.basename(FUZZ_SOURCES[which]),
            how,
            error: (error as Error).stack ?? String(error)
          })
      } finally {
        clearTimeout(timer)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return outcome
}

// Run as a script (vite-node drops its own script path from argv), not when a test imports it.
if (/(vite-node|fuzz-archive\.ts)$/.test(process.argv[1] ?? '')) {
  const cases = Number(process.argv[2] ?? 10_000)
  const seed = Number(process.argv[3] ?? 1)
  const started = Date.now()
  const outcome = await fuzz(cases, seed)
  console.log(
    `${outcome.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${outcome.results} read, ${outcome.inputErrors} InputError, ${outcome.failures.length} failures`
  )
  for (const failure of outcome.failures.slice(0, 20))
    console.log(
      `seed ${failure.seed} (${failure.source}, ${failure.how}):\n${failure.error}\n`
    )
  process.exitCode = outcome.failures.length > 0 ? 1 : 0
}

// A minimal ustar writer for hostile test archives: headers made by hand, so that a member
// can claim any size and an archive of gigabytes can be written as a few kB of gzip.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** One 512-byte ustar header for a regular file (or a directory with type '5'). */
export function tarHeader(name: string, size: number, type = '0'): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 100, 'utf8')
  block.write('0000644\0', 100)
  block.write('0000000\0', 108)
  block.write('0000000\0', 116)
  block.write(size.toString(8).padStart(11, '0') + '\0', 124)
  block.write('00000000000\0', 136)
  block.write('        ', 148)
  block.write(type, 156)
  block.write('ustar\0', 257)
  block.write('00', 263)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return block
}

/** Pads member data to whole 512-byte blocks. */
export function padding(size: number): Buffer {
  return Buffer.alloc((512 - (size % 512)) % 512)
}

/** The members of a real archive (its regular files, in archive order) as name → bytes. */
export function membersOf(archive: string): { name: string; data: Buffer }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-members-'))
  try {
    execFileSync('tar', ['-xf', archive, '-C', dir])
    const names = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
    return names
      .map((name) => name.replace(/^\.\//, ''))
      .filter((name) => name && statSync(path.join(dir, name)).isFile())
      .map((name) => ({ name, data: readFileSync(path.join(dir, name)) }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A whole member: header, data, padding. */
export function member(name: string, data: Buffer): Buffer {
  return Buffer.concat([
    tarHeader(name, data.length),
    data,
    padding(data.length)
  ])
}

export const END = Buffer.alloc(1024)

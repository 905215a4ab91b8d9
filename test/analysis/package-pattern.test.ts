// The globs of `package:` rules: `*` and `?`, case-insensitive, an optional manager prefix,
// and dpkg's `name:arch` when the glob holds a colon.
import { describe, expect, it } from 'vitest'
import {
  globMatches,
  packageMatches,
  parsePackagePattern,
  type PackagePattern
} from '../../src/analysis/package-pattern.js'

const pattern = (text: string): PackagePattern => {
  const parsed = parsePackagePattern(text)
  if ('problem' in parsed) throw new Error(parsed.problem)
  return parsed
}

describe('package patterns', () => {
  it.each([
    ['gcc*', 'gcc', true],
    ['gcc*', 'gcc-12', true],
    ['gcc*', 'gcc-12-base', true],
    ['gcc-??', 'gcc-12', true],
    ['gcc-??', 'gcc-12-base', false],
    ['gcc-??', 'gcc', false],
    ['*-dev', 'libc6-dev', true],
    ['*-dev', 'libc6-dev-bin', false],
    ['lib*ssl*', 'libssl3', true],
    ['left-pad', 'left-pad', true],
    ['left-pad', 'left-pads', false],
    ['@types/*', '@types/node', true],
    ['*', '', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false]
  ])('%s on %s: %s', (glob, text, expected) =>
    expect(globMatches(glob, text)).toBe(expected)
  )

  it('a hostile pattern on a long name stays linear in the name times the pattern', () => {
    const name = 'a'.repeat(100_000)
    expect(globMatches(`${'*a'.repeat(20)}b`, name)).toBe(false)
  })

  it('names are matched case-insensitively, of every architecture unless the glob holds a colon', () => {
    const libc = { name: 'libc6', manager: 'dpkg' as const, arch: 'i386' }
    expect(packageMatches(pattern('LIBC6'), libc)).toBe(true)
    expect(packageMatches(pattern('libc6:i386'), libc)).toBe(true)
    expect(packageMatches(pattern('libc6:amd64'), libc)).toBe(false)
    expect(packageMatches(pattern('libc6:*'), libc)).toBe(true)
    expect(
      packageMatches(pattern('PyYAML'), {
        name: 'pyyaml',
        manager: 'python'
      })
    ).toBe(true)
  })

  it('a manager prefix (dpkg, apk, npm, python) limits the pattern to that manager', () => {
    const npm = { name: 'left-pad', manager: 'npm' as const }
    const deb = { name: 'left-pad', manager: 'dpkg' as const, arch: 'all' }
    expect(pattern('npm:left-pad')).toEqual({
      text: 'npm:left-pad',
      manager: 'npm',
      glob: 'left-pad',
      withArch: false
    })
    expect(packageMatches(pattern('npm:left-pad'), npm)).toBe(true)
    expect(packageMatches(pattern('npm:left-pad'), deb)).toBe(false)
    expect(packageMatches(pattern('left-pad'), deb)).toBe(true)
    expect(packageMatches(pattern('dpkg:left-pad:all'), deb)).toBe(true)
  })

  it.each([
    ['', 'is empty; write a package name or a glob such as gcc*'],
    ['   ', 'is empty; write a package name or a glob such as gcc*'],
    [
      'npm:',
      'names the package manager npm but no package; write e.g. npm:name*'
    ]
  ])('%j: %s', (text, problem) =>
    expect(parsePackagePattern(text)).toEqual({ problem })
  )
})

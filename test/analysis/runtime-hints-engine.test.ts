// The runtime hints on real images built from real packages (test/support/debian.ts: a
// debootstrap Debian base, a local apt repository in the build context, --network none),
// each figure checked against the image itself:
//
// - apt-update-again: `apt-get update && apt-get install -y make`, then a later
//   `RUN apt-get update && apt-get install -y jq`: the hint's bytes are the sizes of apt's
//   lists and binary caches in the later layer's tar (docker save);
// - runtime-extras: gcc-12 and make installed, then a small library built and installed
//   into /usr/local (a header, a static library): the compiler, -dev, header and static
//   library bytes are `stat` sums inside the image (each inode once, in the hint's order);
// - dev-dependencies: Debian's nodejs, npm's own package (`npm pack` on the host), and an
//   app whose package.json has a dependency and two dev dependencies as tarballs, installed
//   offline with `npm install`: the hint's bytes are the `stat` sum of the dev dependencies'
//   folders.
//
// Run on whatever engine DOCKER_HOST names (the default and the containerd one).
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type {
  FileHint,
  ImageReport,
  RunReport
} from '../../src/model/report.js'
import { describeHint } from '../../src/report/describe.js'
import {
  debianBase,
  packageContext,
  USE_REPOSITORY
} from '../support/debian.js'

const TEMP = process.env.TMPDIR ?? tmpdir()
/** npm tarballs (`npm pack` on the host), kept across runs like the .deb files. */
const NPM_CACHE = path.join(TEMP, 'image-size-budget-npm')
const NPM_TARBALLS = [
  'npm-10.8.2.tgz',
  'ms-2.1.3.tgz',
  'is-number-7.0.0.tgz',
  'typescript-5.4.5.tgz'
]
const TAG = 'isb-test/runtimehints'
/** The packages of gcc-12 + make that are compilers and build tools (the hint's first category). */
const COMPILERS = [
  'binutils',
  'binutils-common',
  'binutils-x86-64-linux-gnu',
  'cpp-12',
  'gcc-12',
  'libbinutils',
  'libcc1-0',
  'libctf-nobfd0',
  'libctf0',
  'libgprofng0',
  'make'
]

const sh = (script: string, ...args: string[]) =>
  execFileSync('sh', ['-c', script, 'sh', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe']
  })

// Builds and in-image measurements take minutes on a shared machine: run them without
// blocking the test worker (vitest's own calls would time out).
const shAsync = async (script: string, ...args: string[]) =>
  (
    await promisify(execFile)('sh', ['-c', script, 'sh', ...args], {
      encoding: 'utf8',
      maxBuffer: 256 << 20
    })
  ).stdout

async function build(context: string, tag: string): Promise<string> {
  await shAsync(
    'docker build -q --network none -t "$2" "$1" >/dev/null',
    context,
    tag
  )
  return tag
}

async function analyze(tag: string): Promise<ImageReport> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['analyze', tag, '--files', '--json'], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t)
  })
  expect(err.join('\n')).toBe('')
  expect(code).toBe(0)
  return JSON.parse(out.join('\n')) as ImageReport
}

/** `stat` lines (`TAG INODE SIZE`) a script prints inside `image`, summed per tag in order of first appearance, each inode once. */
async function statSums(
  image: string,
  script: string
): Promise<Map<string, { bytes: number; files: number }>> {
  const out = await shAsync(
    'docker run --rm --network none --entrypoint sh "$1" -c "$2"',
    image,
    script
  )
  const seen = new Set<string>()
  const sums = new Map<string, { bytes: number; files: number }>()
  for (const line of out.split('\n')) {
    const [tag, inode, size] = line.split(' ')
    if (!size || seen.has(inode)) continue
    seen.add(inode)
    const sum = sums.get(tag) ?? { bytes: 0, files: 0 }
    sum.bytes += Number(size)
    sum.files++
    sums.set(tag, sum)
  }
  return sums
}

/** Prints `TAG INODE SIZE` for each file or symlink path read from stdin (directories skipped). */
const STAT_EACH = (tag: string) =>
  `while read -r p; do [ -d "$p" ] && ! [ -L "$p" ] && continue; { [ -e "$p" ] || [ -L "$p" ]; } || continue; echo "${tag} $(stat -c '%i %s' "$p")"; done`

/** Regular files and symlinks of the layer `ordinal` (0 = base) of `image`, as its tar in `docker save` lists them: path → size. */
async function savedLayerFiles(
  image: string,
  ordinal: number
): Promise<Map<string, number>> {
  const dir = mkdtempSync(path.join(TEMP, 'isb-runtimehints-save-'))
  try {
    await shAsync('docker save "$1" | tar -C "$2" -xf -', image, dir)
    const manifest = JSON.parse(
      readFileSync(path.join(dir, 'manifest.json'), 'utf8')
    ) as { Layers: string[] }[]
    const layer = path.join(dir, manifest[0].Layers[ordinal])
    const files = new Map<string, number>()
    // GNU tar finds a compressed layer's compression itself.
    for (const line of (await shAsync('tar -tvf "$1"', layer)).split('\n')) {
      const file = /^-\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.*)$/.exec(line)
      if (file) files.set(file[2].replace(/^\.?\//, ''), Number(file[1]))
      // A symlink counts its target's length, as the engine's store does (apt links a
      // file: repository's list instead of copying it).
      const link = /^l\S+\s+\S+\s+\d+\s+\S+\s+\S+\s+(.*) -> (.*)$/.exec(line)
      if (link)
        files.set(link[1].replace(/^\.?\//, ''), Buffer.byteLength(link[2]))
    }
    return files
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const hintOf = (report: ImageReport, kind: FileHint['kind']) =>
  report.files!.hints.filter((hint) => hint.kind === kind)

const contexts: string[] = []
afterAll(() => {
  for (const dir of contexts) rmSync(dir, { recursive: true, force: true })
})

describe('apt-get update run again in a later layer', () => {
  let tag: string
  beforeAll(async () => {
    const base = debianBase()
    const context = packageContext(
      {
        Dockerfile: [
          `FROM ${base}`,
          'COPY repo /srv/repo',
          `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y make`,
          'RUN apt-get update && apt-get install -y jq',
          ''
        ].join('\n')
      },
      [{ names: ['make'] }, { names: ['jq'] }]
    )
    contexts.push(context)
    tag = await build(context, `${TAG}:apt-again`)
  }, 600_000)

  it("names the later layer's copies of apt's lists and binary caches with their exact bytes", async () => {
    const report = await analyze(tag)
    const rows = report.layers.filter((row) => !row.empty)
    const first = rows.findIndex((row) =>
      row.createdBy.includes('install -y make')
    )
    const again = rows.findIndex((row) =>
      row.createdBy.includes('install -y jq')
    )
    expect(again).toBe(first + 1)
    const written = await savedLayerFiles(tag, again)
    const expected = [...written].filter(
      ([p]) =>
        (p.startsWith('var/lib/apt/lists/') &&
          p !== 'var/lib/apt/lists/lock') ||
        /^var\/cache\/apt\/[^/]+\.bin$/.test(p)
    )
    expect(expected.length).toBeGreaterThan(0)
    const lists = expected.filter(([p]) => p.startsWith('var/lib/apt/lists/'))
    const caches = expected.filter(([p]) => p.startsWith('var/cache/apt/'))
    expect(caches.map(([p]) => p).sort()).toEqual([
      'var/cache/apt/pkgcache.bin',
      'var/cache/apt/srcpkgcache.bin'
    ])
    const sum = (files: [string, number][]) =>
      files.reduce((total, [, bytes]) => total + bytes, 0)
    const [hint, ...others] = hintOf(report, 'apt-update-again')
    expect(others).toEqual([])
    expect(hint).toMatchObject({
      layers: [rows[first].index, rows[again].index],
      bytes: sum(expected),
      files: expected.length
    })
    expect(hint.parts).toEqual(
      [
        ...(lists.length > 0
          ? [
              {
                path: '/var/lib/apt/lists',
                cache: 'apt-lists',
                bytes: sum(lists),
                files: lists.length
              }
            ]
          : []),
        {
          path: '/var/cache/apt',
          cache: 'apt-binary-cache',
          bytes: sum(caches),
          files: caches.length
        }
      ].sort((a, b) => b.bytes - a.bytes)
    )
    expect(describeHint(hint, 'si', report.layers)).toContain(
      'Fold it into the first install line'
    )
  })
})

describe('gcc-12 in the runtime image', () => {
  let tag: string
  beforeAll(async () => {
    const base = debianBase()
    const context = packageContext(
      {
        Dockerfile: [
          `FROM ${base}`,
          'COPY repo /srv/repo',
          `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y gcc-12 make`,
          'COPY src /src',
          'RUN cd /src && gcc-12 -O2 -c greet.c && mkdir -p /usr/local/include /usr/local/lib && ar rcs /usr/local/lib/libgreet.a greet.o && cp greet.h /usr/local/include/ && gcc-12 -o /usr/local/bin/greet main.c -L/usr/local/lib -lgreet && rm greet.o',
          ''
        ].join('\n'),
        'src/greet.h': 'void greet(const char *name);\n',
        'src/greet.c':
          '#include <stdio.h>\n#include "greet.h"\nvoid greet(const char *name) { printf("hello, %s\\n", name); }\n',
        'src/main.c':
          '#include "greet.h"\nint main(void) { greet("runtime"); return 0; }\n'
      },
      [{ names: ['gcc-12', 'make'] }]
    )
    contexts.push(context)
    tag = await build(context, `${TAG}:gcc`)
  }, 600_000)

  it('counts the compilers, -dev packages, headers and static libraries, each byte once, as stat does in the image', async () => {
    const report = await analyze(tag)
    const [hint, ...others] = hintOf(report, 'runtime-extras')
    expect(others).toEqual([])
    // In the hint's order: compiler packages, then -dev packages, then paths.
    const measured = await statSums(
      tag,
      [
        `for p in ${COMPILERS.join(' ')}; do dpkg -L "$p"; done | ${STAT_EACH('compiler')}`,
        `for p in $(dpkg-query -W -f '\${Package}\\n' | grep -- '-dev$'); do dpkg -L "$p"; done | ${STAT_EACH('dev-package')}`,
        `find /usr/include /usr/local/include | ${STAT_EACH('headers')}`,
        `find /usr/lib /usr/local/lib -name '*.a' | ${STAT_EACH('static-library')}`
      ].join('; ')
    )
    const part = (category: string) =>
      hint.parts!.find((p) => p.category === category)
    for (const category of [
      'compiler',
      'dev-package',
      'headers',
      'static-library'
    ]) {
      expect(measured.get(category)!.bytes).toBeGreaterThan(0)
      expect([category, part(category)?.bytes, part(category)?.files]).toEqual([
        category,
        measured.get(category)!.bytes,
        measured.get(category)!.files
      ])
    }
    // What no -dev package owns: the library the Dockerfile built (and the headers of a
    // package that is not -dev, rpcsvc-proto's).
    expect(part('static-library')).toMatchObject({
      path: '/usr/local/lib',
      files: 1
    })
    const compilers = hint
      .packages!.filter((p) => p.category === 'compiler')
      .map((p) => p.name)
    expect(compilers.length).toBeGreaterThan(0)
    expect(compilers.every((name) => COMPILERS.includes(name))).toBe(true)
    expect(hint.bytes).toBe(hint.parts!.reduce((sum, p) => sum + p.bytes, 0))
    // More than a quarter of the files: the sentence says what to do, with the base named.
    expect(hint.bytes / hint.finalBytes!).toBeGreaterThan(0.25)
    const sentence = describeHint(hint, 'si', report.layers)
    expect(sentence).toContain('Move the build to a separate stage')
    expect(sentence).toContain('by the figures measured')
    expect(sentence).toMatch(/The base image \(L0\) is \d+(\.\d)?% /)
  })
})

describe('gcc-12 in the runtime image, through check with a build', () => {
  it("names the Dockerfile's FROM image, its rows and their bytes", async () => {
    const base = debianBase()
    const dir = mkdtempSync(path.join(TEMP, 'isb-runtimehints-check-'))
    contexts.push(dir)
    const context = packageContext(
      {
        Dockerfile: [
          `FROM ${base}`,
          'COPY repo /srv/repo',
          `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y gcc-12 make`,
          ''
        ].join('\n')
      },
      [{ names: ['gcc-12', 'make'] }]
    )
    contexts.push(context)
    const config = path.join(dir, 'budget.yml')
    writeFileSync(
      config,
      `images:\n  gcc:\n    build: { context: ${JSON.stringify(context)}, tag: "${TAG}:gcc-check" }\n    budget:\n      total: 2GB\n      reclaimable: 1GB\n`
    )
    const out: string[] = []
    const code = await main(['check', '--config', config, '--json'], {
      stdout: (t) => out.push(t),
      stderr: () => undefined
    })
    expect(code).toBe(0)
    const image = (JSON.parse(out.join('\n')) as RunReport).images[0]
    const [hint] = image.files!.hints.filter((h) => h.kind === 'runtime-extras')
    const from = image.layers.filter((row) => !row.empty)[0]
    expect(hint.baseImage).toEqual({
      ref: base,
      layers: [from.index],
      bytes: from.sizeBytes
    })
    expect(describeHint(hint, 'si', image.layers)).toContain(
      `The base image (${base}, L${from.index}) is `
    )
  }, 600_000)
})

describe('npm dev dependencies in the final image', () => {
  let tag: string
  beforeAll(async () => {
    mkdirSync(NPM_CACHE, { recursive: true })
    for (const tarball of NPM_TARBALLS) {
      if (existsSync(path.join(NPM_CACHE, tarball))) continue
      const spec = tarball.replace(/-(\d[^-]*)\.tgz$/, '@$1')
      sh('cd "$1" && npm pack --silent "$2" >/dev/null', NPM_CACHE, spec)
    }
    const base = debianBase()
    const context = packageContext(
      {
        Dockerfile: [
          `FROM ${base}`,
          'COPY repo /srv/repo',
          `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/* && apt-get clean`,
          'COPY npm-10.8.2.tgz /tmp/npm.tgz',
          'RUN mkdir -p /opt/npm && tar -xzf /tmp/npm.tgz -C /opt/npm --strip-components=1 && rm /tmp/npm.tgz',
          'COPY app /app',
          'WORKDIR /app',
          'RUN node /opt/npm/bin/npm-cli.js install --offline --no-audit --no-fund && rm -f /app/*.tgz',
          ''
        ].join('\n'),
        'app/package.json': JSON.stringify({
          name: 'app',
          version: '1.0.0',
          dependencies: { ms: 'file:ms-2.1.3.tgz' },
          devDependencies: {
            'is-number': 'file:is-number-7.0.0.tgz',
            typescript: 'file:typescript-5.4.5.tgz'
          }
        })
      },
      [{ names: ['nodejs'], recommends: false }]
    )
    contexts.push(context)
    copyFileSync(
      path.join(NPM_CACHE, 'npm-10.8.2.tgz'),
      path.join(context, 'npm-10.8.2.tgz')
    )
    for (const tarball of NPM_TARBALLS.slice(1))
      copyFileSync(
        path.join(NPM_CACHE, tarball),
        path.join(context, 'app', tarball)
      )
    tag = await build(context, `${TAG}:npm`)
  }, 600_000)

  it('names the dev dependencies with their exact bytes, the runtime dependency left out', async () => {
    const report = await analyze(tag)
    const measured = await statSums(
      tag,
      [
        `find /app/node_modules/typescript | ${STAT_EACH('typescript')}`,
        `find /app/node_modules/is-number | ${STAT_EACH('is-number')}`
      ].join('; ')
    )
    const [hint, ...others] = hintOf(report, 'dev-dependencies')
    expect(others).toEqual([])
    const install = report.layers.find((row) =>
      row.createdBy.includes('npm-cli.js install')
    )!
    expect(hint.layers).toEqual([install.index])
    expect(hint.packages).toEqual([
      {
        name: 'typescript',
        manager: 'npm',
        version: '5.4.5',
        bytes: measured.get('typescript')!.bytes
      },
      {
        name: 'is-number',
        manager: 'npm',
        version: '7.0.0',
        bytes: measured.get('is-number')!.bytes
      }
    ])
    expect(hint.bytes).toBe(
      measured.get('typescript')!.bytes + measured.get('is-number')!.bytes
    )
    expect(hint.parts).toEqual([
      {
        path: '/app/node_modules',
        bytes: hint.bytes,
        files: hint.files
      }
    ])
    expect(describeHint(hint, 'si', report.layers)).toContain(
      '`npm ci --omit=dev && npm cache clean --force`'
    )
  })
})

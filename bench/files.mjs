// Benchmark of the file analysis against references measured in the same run:
//   1. `analyze --archive img.tar` vs GNU tar listing every layer of the same archive
//      (`tar -xOf img.tar --wildcards '*/layer.tar' | tar -tvi`)      target ≤ 0.5×
//   2. `analyze <ref> --files` (streamed `docker save`) vs `docker save -o /dev/null`  target ≤ 1.1×
//   3. peak RSS of both runs                                              target ≤ 120 MB
// The image (≥ 650 MB, ≥ 30,000 files, deletions, chmod copies, overwrites) is built once
// and reused; `--image REF` measures another image already in the engine instead (a
// held-out one), saved to its own archive. Runs alternate (tar, ours, save, ours) so that
// the machine's drift hits both sides alike. Heavy on a 2-core machine: run by hand,
//   DOCKER_HOST=… node_modules/.bin/node bench/files.mjs [runs] [--image REF]   (Node 24, as the tests)

import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildBenchImage } from './image.mjs'

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const work = path.join(tmpdir(), 'isb-bench-files')
const args = process.argv.slice(2)
const imageFlag = args.indexOf('--image')
const given = imageFlag >= 0 ? args.splice(imageFlag, 2)[1] : undefined
const ref = given ?? 'isb-bench/files:1'
const runs = Number(args[0] ?? 5)
mkdirSync(work, { recursive: true })

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options
  })
}

function buildImage() {
  try {
    sh('docker', ['image', 'inspect', ref])
    return
  } catch {
    if (given) throw new Error(`--image ${ref}: not in the engine`)
  }
  buildBenchImage(ref, work)
}

// The CLI as users run it (dist/cli/index.js, the committed bundle); a preloaded hook
// prints its peak RSS at exit, so nothing is wrapped or rebuilt for the benchmark.
const cli = path.join(repo, 'dist/cli/index.js')
const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`

function timed(cmd, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${result.status}): ${result.stderr}`
    )
  const rss = /maxrss (\d+)/.exec(result.stderr ?? '')
  return {
    seconds,
    rssMB: rss ? Number(rss[1]) / 1024 : undefined,
    stderr: result.stderr
  }
}

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

buildImage()
const archive = path.join(
  work,
  given ? `${ref.replace(/[^A-Za-z0-9_.-]+/g, '_')}.tar` : 'img.tar'
)
if (!existsSync(archive)) sh('docker', ['save', '-o', archive, ref])
// The reference lists every layer: `*/layer.tar` in a legacy save (as the issue words it),
// the manifest's layer blobs in a Docker 25+ (OCI layout) save.
const layerNames = JSON.parse(sh('tar', ['-xOf', archive, 'manifest.json']))[0]
  .Layers
const members = layerNames.every((name) => name.endsWith('/layer.tar'))
  ? `--wildcards '*/layer.tar'`
  : layerNames.join(' ')
const node = process.execPath

const size = Number(
  sh('docker', ['image', 'inspect', '--format', '{{.Size}}', ref]).trim()
)
const files = Number(
  sh('bash', ['-c', `tar -xOf ${archive} ${members} | tar -ti | wc -l`]).trim()
)
console.log(
  `image ${ref}: ${(size / 1e6).toFixed(1)} MB, ${files} tar entries over its layers; archive ${archive}`
)

const rows = { tar: [], archive: [], save: [], engine: [] }
let archiveRss = 0
let engineRss = 0
for (let i = 0; i < runs; i++) {
  rows.tar.push(
    timed('bash', [
      '-c',
      `tar -xOf ${archive} ${members} | tar -tvi > /dev/null`
    ]).seconds
  )
  const ours = timed(node, [
    '--import',
    rssHook,
    cli,
    'analyze',
    '--archive',
    archive,
    '--json'
  ])
  rows.archive.push(ours.seconds)
  archiveRss = Math.max(archiveRss, ours.rssMB ?? 0)
  // `docker save -o /dev/null` refuses a character device; stdout to /dev/null is the same work.
  rows.save.push(
    timed('bash', ['-c', `docker save ${ref} > /dev/null`]).seconds
  )
  const engine = timed(node, [
    '--import',
    rssHook,
    cli,
    'analyze',
    ref,
    '--files',
    '--json'
  ])
  rows.engine.push(engine.seconds)
  engineRss = Math.max(engineRss, engine.rssMB ?? 0)
}
const fmt = (xs) => xs.map((x) => x.toFixed(3)).join(' ')
const m = Object.fromEntries(
  Object.entries(rows).map(([k, v]) => [k, median(v)])
)
console.log(`runs: ${runs} (median shown; all runs in brackets)`)
console.log(
  `GNU tar listing all layers     ${m.tar.toFixed(3)} s  [${fmt(rows.tar)}]`
)
console.log(
  `analyze --archive              ${m.archive.toFixed(3)} s  [${fmt(rows.archive)}]  peak RSS ${archiveRss.toFixed(1)} MB`
)
console.log(
  `docker save -o /dev/null       ${m.save.toFixed(3)} s  [${fmt(rows.save)}]`
)
console.log(
  `analyze --files (engine)       ${m.engine.toFixed(3)} s  [${fmt(rows.engine)}]  peak RSS ${engineRss.toFixed(1)} MB`
)
const archiveRatio = m.archive / m.tar
const engineRatio = m.engine / m.save
console.log(
  `ratio archive/tar   ${archiveRatio.toFixed(3)}  (target ≤ 0.5)  ${archiveRatio <= 0.5 ? 'ok' : 'MISSED'}`
)
console.log(
  `ratio engine/save   ${engineRatio.toFixed(3)}  (target ≤ 1.1)  ${engineRatio <= 1.1 ? 'ok' : 'MISSED'}`
)
console.log(
  `peak RSS            ${Math.max(archiveRss, engineRss).toFixed(1)} MB  (target ≤ 120)  ${Math.max(archiveRss, engineRss) <= 120 ? 'ok' : 'MISSED'}`
)

// Benchmark of the exact sizes on a containerd-store engine, against `docker save` of the
// same image measured in the same run (runs alternate so the machine's drift hits both):
//   1. `analyze <ref> --files`                         vs `docker save`   target ≤ 1.3×
//   2. `analyze <ref>` (history only), empty cache     vs `docker save`   target ≤ 1.3×
//      (the exact sizes need the layers: one export, counted as it streams)
//   3. `analyze <ref>` again, facts cached: our own wall time                target ≤ 1.5 s
// The image is bench/image.mjs's (built once) or `--image REF` (a held-out one). Point
// DOCKER_HOST at a containerd-store engine (scripts/engine.sh newer containerd), then:
//   DOCKER_HOST=… node_modules/.bin/node bench/engines.mjs [runs] [--image REF]   (Node 24, as the tests)

import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildBenchImage } from './image.mjs'

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const work = path.join(tmpdir(), 'isb-bench-engines')
const args = process.argv.slice(2)
const imageFlag = args.indexOf('--image')
const given = imageFlag >= 0 ? args.splice(imageFlag, 2)[1] : undefined
const ref = given ?? 'isb-bench/files:1'
const runs = Number(args[0] ?? 5)
mkdirSync(work, { recursive: true })

const sh = (cmd, argv) =>
  execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 })
const status = sh('docker', ['info', '--format', '{{json .DriverStatus}}'])
if (!status.includes('io.containerd.snapshotter.v1')) {
  console.error(
    'bench/engines.mjs measures a containerd-store engine: point DOCKER_HOST at one (scripts/engine.sh newer containerd)'
  )
  process.exit(2)
}
try {
  sh('docker', ['image', 'inspect', ref])
} catch {
  if (given) throw new Error(`--image ${ref}: not in the engine`)
  buildBenchImage(ref, work)
}

const cli = path.join(repo, 'dist/cli/index.js')
function timed(cmd, argv, env = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(cmd, argv, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env }
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0)
    throw new Error(
      `${cmd} ${argv.join(' ')} failed (${result.status}): ${result.stderr}`
    )
  return { seconds, stdout: result.stdout }
}
const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const report = JSON.parse(
  timed(process.execPath, [cli, 'analyze', ref, '--json'], {
    IMAGE_SIZE_BUDGET_CACHE: 'off'
  }).stdout
)
const blobs = report.totalCompressedBytes ?? 0
console.log(
  `image ${ref}: ${(report.totalBytes / 1e6).toFixed(1)} MB of content in ${report.layers.filter((l) => !l.empty).length} layers, ${(blobs / 1e6).toFixed(1)} MB of stored blobs; engine says ${(report.engine?.totalBytes / 1e6).toFixed(1)} MB`
)

const rows = { save: [], files: [], first: [], cached: [] }
const warm = mkdtempSync(path.join(work, 'warm-'))
timed(process.execPath, [cli, 'analyze', ref, '--json'], {
  IMAGE_SIZE_BUDGET_CACHE: warm
})
for (let i = 0; i < runs; i++) {
  rows.save.push(
    timed('bash', ['-c', `docker save ${ref} > /dev/null`]).seconds
  )
  rows.files.push(
    timed(process.execPath, [cli, 'analyze', ref, '--files', '--json'], {
      IMAGE_SIZE_BUDGET_CACHE: 'off'
    }).seconds
  )
  const empty = mkdtempSync(path.join(work, 'cold-'))
  rows.first.push(
    timed(process.execPath, [cli, 'analyze', ref, '--json'], {
      IMAGE_SIZE_BUDGET_CACHE: empty
    }).seconds
  )
  rmSync(empty, { recursive: true, force: true })
  rows.cached.push(
    timed(process.execPath, [cli, 'analyze', ref, '--json'], {
      IMAGE_SIZE_BUDGET_CACHE: warm
    }).seconds
  )
}
rmSync(warm, { recursive: true, force: true })
const fmt = (xs) => xs.map((x) => x.toFixed(3)).join(' ')
const m = Object.fromEntries(
  Object.entries(rows).map(([k, v]) => [k, median(v)])
)
console.log(`runs: ${runs} (median shown; all runs in brackets)`)
console.log(
  `docker save > /dev/null            ${m.save.toFixed(3)} s  [${fmt(rows.save)}]`
)
console.log(
  `analyze --files                    ${m.files.toFixed(3)} s  [${fmt(rows.files)}]`
)
console.log(
  `analyze (sizes), empty cache       ${m.first.toFixed(3)} s  [${fmt(rows.first)}]`
)
console.log(
  `analyze (sizes), facts cached      ${m.cached.toFixed(3)} s  [${fmt(rows.cached)}]`
)
const files = m.files / m.save
const first = m.first / m.save
console.log(
  `ratio --files/save        ${files.toFixed(3)}  (target ≤ 1.3)  ${files <= 1.3 ? 'ok' : 'MISSED'}`
)
console.log(
  `ratio first run/save      ${first.toFixed(3)}  (target ≤ 1.3)  ${first <= 1.3 ? 'ok' : 'MISSED'}`
)
console.log(
  `second run, own time      ${m.cached.toFixed(3)} s  (target ≤ 1.5 s)  ${m.cached <= 1.5 ? 'ok' : 'MISSED'}`
)

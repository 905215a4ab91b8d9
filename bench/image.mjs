// The benchmark image both benches build when none is given: ≥ 650 MB and 30,000 small files,
// with deletions, chmod copies and overwrites (the cases the file analysis has to walk).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options
  })
}

/** Builds the image as `ref` (classic builder, as the legacy-store bench always did), its context under `work`. */
export function buildBenchImage(ref, work) {
  const context = path.join(work, 'context')
  const small = path.join(context, 'small')
  console.error(`bench: writing 30,000 small files under ${small}`)
  let seed = 1
  const random = () =>
    (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let d = 0; d < 30; d++) {
    mkdirSync(path.join(small, `part${d}`), { recursive: true })
    for (let f = 0; f < 1000; f++)
      writeFileSync(
        path.join(small, `part${d}`, `file${f}.dat`),
        Buffer.alloc(Math.floor(random() * 8192), d + f)
      )
  }
  writeFileSync(
    path.join(context, 'Dockerfile'),
    [
      'FROM isb-base:busybox',
      'COPY small/ /data/small/',
      'RUN mkdir -p /opt/tool && dd if=/dev/zero of=/opt/tool/toolchain.bin bs=1M count=300 && dd if=/dev/zero of=/opt/tool/headers.bin bs=1M count=64',
      'RUN chmod -R 755 /data/small/part0 /data/small/part1 /data/small/part2',
      'RUN dd if=/dev/zero of=/opt/app.bin bs=1M count=100',
      'RUN dd if=/dev/zero of=/opt/app.bin bs=1M count=100 && rm -rf /data/small/part29',
      'RUN rm -rf /opt/tool',
      ''
    ].join('\n')
  )
  console.error(`bench: building ${ref}`)
  sh('docker', ['build', '-q', '--network', 'none', '-t', ref, context], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

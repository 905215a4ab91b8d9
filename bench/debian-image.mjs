// The real Debian image bench/packages.mjs measures: ~1.1 GB and ~50,000 files of real
// packages (compilers, Boost's headers, Python with numpy and scipy, Perl's docs, git, vim;
// with Recommends, as `apt-get install` does) installed over three RUN steps on the test
// harness's debootstrap base, from a local repository, with the build at --network none.
// It calls the test harness itself (test/support/debian.ts; Node 24 runs TypeScript that
// only needs its types stripped), so the packages are resolved by the host's apt against
// the base's dpkg status and the .deb files land in the harness's kept download cache.
// The repository is the one layer that is not installed content: it is copied in and removed
// again (a real deleted-later case, ~0.2 GB of hidden bytes in a few hundred files).
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import {
  debianBase,
  packageContext,
  USE_REPOSITORY
} from '../test/support/debian.ts'

/** What each install step asks apt for (apt adds their dependencies and Recommends). */
export const BENCH_INSTALLS = [
  ['build-essential', 'gfortran', 'git', 'vim'],
  ['libboost1.74-dev'],
  ['python3-dev', 'python3-numpy', 'python3-scipy', 'perl-doc']
]

/** Builds the image as `ref` (classic builder, --network none); returns the seconds it took. */
export function buildDebianBenchImage(ref) {
  const start = Date.now()
  const repo = path.resolve(
    path.dirname(new URL(import.meta.url).pathname),
    '..'
  )
  // The harness runs scripts/engine.sh from the repository's root.
  process.chdir(repo)
  const base = debianBase()
  console.error(`bench: resolving and fetching the packages on ${base}`)
  // Each step installs on top of the previous ones: resolving them together gives the union.
  const installs = BENCH_INSTALLS.map((_, i) => ({
    names: BENCH_INSTALLS.slice(0, i + 1).flat()
  }))
  const dockerfile = [
    `FROM ${base}`,
    'COPY repo /srv/repo',
    `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y ${BENCH_INSTALLS[0].join(' ')}`,
    ...BENCH_INSTALLS.slice(1).map(
      (names) => `RUN apt-get install -y ${names.join(' ')}`
    ),
    'RUN rm -rf /srv/repo /etc/apt/sources.list.d/repo.list',
    ''
  ].join('\n')
  const context = packageContext({ Dockerfile: dockerfile }, installs)
  console.error(`bench: building ${ref} from ${context}`)
  execFileSync(
    'docker',
    ['build', '-q', '--network', 'none', '-t', ref, context],
    {
      env: { ...process.env, DOCKER_BUILDKIT: '0' },
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  execFileSync('rm', ['-rf', context])
  return (Date.now() - start) / 1000
}

// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
// `node scripts/build.mjs [outDir]`: .ci/run builds into a temp dir and compares with dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve(process.argv[2] ?? 'dist')
const ncc = path.resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
const entries = [
  ['src/action/index.ts', out],
  ['src/cli/index.ts', path.join(out, 'cli')]
]
rmSync(out, { recursive: true, force: true })
for (const [entry, dir] of entries) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', dir, '--quiet', '--target', 'es2023'],
    { stdio: 'inherit' }
  )
}
const cli = path.join(out, 'cli', 'index.js')
const code = readFileSync(cli, 'utf8')
if (!code.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + code)
chmodSync(cli, 0o755)

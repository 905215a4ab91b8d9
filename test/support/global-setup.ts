// vitest globalSetup of the engine project (vitest.config.ts): builds the action and CLI
// bundles of the current sources for the tests to run (test/support/test-bundles.ts), makes
// sure a real engine answers and the busybox base exists. `npm test` (scripts/test.sh) has
// already started the engine and exported DOCKER_HOST; running vitest directly also works,
// starting the engine here and stopping it afterwards.
import { execFileSync } from 'node:child_process'
import { ensureTestBundles } from './test-bundles.js'

let started = false

export function setup(): void {
  process.env.ISB_DIST = ensureTestBundles()
  if (!process.env.ISB_DOCKER_CLASSIC) {
    const lines = execFileSync('bash', ['scripts/engine.sh', 'start'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit']
    })
    for (const match of lines.matchAll(/^export (\w+)=(.*)$/gm))
      process.env[match[1]] = match[2]
    started = true
  }
  execFileSync('bash', ['scripts/engine.sh', 'base'], { stdio: 'inherit' })
}

export function teardown(): void {
  if (started)
    execFileSync('bash', ['scripts/engine.sh', 'stop'], { stdio: 'inherit' })
}

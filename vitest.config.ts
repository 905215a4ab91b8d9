// Two projects (test/support/test-split.ts says which file is in which):
//   unit    no engine, no bundles: parsers, renderers, budget rules, the GitHub client
//           against its stand-in, the habits of the repo. `npm run test:unit` runs them in
//           parallel (--file-parallelism) in seconds; test/support/no-engine.ts makes any
//           docker, podman or skopeo they call fail.
//   engine  real engines and the action and CLI bundles: the global setup builds the bundles
//           of the current sources (build/test-dist, test/support/test-bundles.ts) and starts
//           an engine when none is given. `npm run test:engine` runs them one file at a time.
// `npm test` (scripts/test.sh) runs the unit project once and the engine project on each engine.
import { defineConfig } from 'vitest/config'
import { ENGINE_TEST_FILES } from './test/support/test-split.js'

export default defineConfig({
  test: {
    // End-to-end tests build images in one engine: run files one at a time so builds do not
    // fight for 2 cores. `npm run test:unit` turns parallelism on for the unit project alone.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ENGINE_TEST_FILES,
          testTimeout: 60_000,
          setupFiles: ['test/support/no-engine.ts']
        }
      },
      {
        test: {
          name: 'engine',
          include: ENGINE_TEST_FILES,
          testTimeout: 180_000,
          hookTimeout: 600_000,
          globalSetup: ['test/support/global-setup.ts']
        }
      }
    ]
  }
})

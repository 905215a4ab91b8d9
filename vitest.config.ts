import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests build images in one engine: run files one at a time so builds do not fight for 2 cores.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    globalSetup: ['test/support/global-setup.ts']
  }
})

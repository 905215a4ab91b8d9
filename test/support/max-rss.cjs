// Preloaded into the CLI (node --require) by test/support/measure.ts: at exit, writes the
// process's peak resident set size in bytes to $ISB_RSS_FILE. The harness asserts memory
// from it, not from timing.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  const file = process.env.ISB_RSS_FILE
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024))
})

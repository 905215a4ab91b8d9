// V8 tuned for a small heap rather than for the last bit of speed. The file analysis and the
// package attribution make many short-lived strings and arrays (a 1.4 GB Debian image of
// 50,029 entries and 315 packages: every dpkg list and status file parsed per state), and V8
// grows its heap well past what stays alive before it collects: peak RSS 126–133 MB with the
// packages, 98–100 MB without (`analyze --archive … --files`, quiet 2-core machine). With
// --optimize-for-size it collects sooner: 109–112 MB, for about 0.1 s more of our own CPU on
// that image (0.75 → 0.90 s with --archive; through the engine the export's 12 s dominate).
// Node allows setting it once the process runs (node:v8 setFlagsFromString); it only changes
// heuristics, never results. Called first thing by both entry points (cli/index.ts,
// action/index.ts); tests that call main() in-process run with V8's defaults.

import { setFlagsFromString } from 'node:v8'

export function preferSmallHeap(): void {
  setFlagsFromString('--optimize-for-size')
}

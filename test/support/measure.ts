// Runs the CLI bundle under test (test-bundles.ts) as a child process and reports its peak RSS (from
// max-rss.cjs, preloaded) and wall time, without blocking this process (so that servers
// in the test can answer it). A child still running after `killAfterMs` is killed.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cliBundle } from './test-bundles.js'

export interface MeasuredRun {
  status: number
  stdout: string
  stderr: string
  /** Peak resident set size of the CLI process, in bytes. */
  maxRssBytes: number
  ms: number
}

const PRELOAD = path.resolve('test/support/max-rss.cjs')

export function runCliMeasured(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  killAfterMs = 170_000,
  entry = cliBundle()
): Promise<MeasuredRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-rss-'))
  const rssFile = path.join(dir, 'rss')
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', PRELOAD, entry, ...args],
      { env: { ...process.env, ...env, ISB_RSS_FILE: rssFile } }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 1 << 22) stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 1 << 22) stderr += chunk.toString()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      let maxRssBytes = -1
      try {
        maxRssBytes = Number(readFileSync(rssFile, 'utf8'))
      } catch {
        // killed before exit: no figure
      }
      rmSync(dir, { recursive: true, force: true })
      resolve({
        status: code ?? -1,
        stdout,
        stderr,
        maxRssBytes,
        ms: Date.now() - started
      })
    })
  })
}

/** 300 MB: the bound hostile inputs must stay under (an ordinary analysis of a small image peaks near 60 MB). */
export const RSS_BOUND = 300 * 1024 * 1024

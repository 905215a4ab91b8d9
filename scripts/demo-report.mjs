// Prints the reports of several images side by side, from `image-size-budget analyze --json`
// (the committed CLI bundle), then each image's own table.
import { execFileSync } from 'node:child_process'

const refs = process.argv.slice(2)
const cli = (args) =>
  execFileSync(process.execPath, ['dist/cli/index.js', ...args], {
    encoding: 'utf8'
  })
const reports = refs.map((ref) =>
  JSON.parse(cli(['analyze', ref, '--files', '--json']))
)
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
const width = 34
const cell = (text) =>
  (text.length > width ? text.slice(0, width - 1) + '…' : text).padEnd(width)

console.log(
  refs
    .map((ref) => cell(ref.replace(/^image-size-budget-demo\//, '')))
    .join(' ')
)
console.log(refs.map(() => '-'.repeat(width)).join(' '))
const columns = reports.map((report) =>
  report.layers
    .filter((l) => !l.empty)
    .map((l) => `${mb(l.sizeBytes).padStart(8)}  ${l.createdBy || '(base)'}`)
)
const rows = Math.max(...columns.map((c) => c.length))
for (let i = 0; i < rows; i++)
  console.log(columns.map((c) => cell(c[i] ?? '')).join(' '))
console.log(refs.map(() => '-'.repeat(width)).join(' '))
console.log(reports.map((r) => cell(`total ${mb(r.totalBytes)}`)).join(' '))
console.log(
  reports
    .map((r) => cell(`reclaimable ${mb(r.files.reclaimableBytes)}`))
    .join(' ')
)
console.log()
for (const [i, report] of reports.entries()) {
  const hint = report.files.hints.find((h) => !h.base)
  console.log(
    `${refs[i].replace(/^image-size-budget-demo\//, '')}: ${hint ? hint.message : 'nothing to reclaim'}`
  )
}
console.log()
for (const ref of refs) console.log(cli(['analyze', ref]))

// Turns a PR comment (markdown, as the action posts it) into a PNG, to look at it as a
// reviewer would before calling a change to the comment done (issue 18):
//
//   node scripts/comment-png.mjs COMMENT.md OUT.png [--open] [--width 900]
//
// The markdown is rendered with marked (GitHub-flavoured: tables, <details>, fenced code),
// the HTML the comment carries (<details>, <sub>, <br>) is kept as GitHub keeps it, and a
// small stylesheet close to GitHub's is applied. --open expands every <details> (to read
// what a reviewer sees after clicking). Needs Debian's chromium (apt-get install chromium):
// one headless run measures the page's height, a second takes the screenshot.
// A ```mermaid block is drawn by mermaid itself, as GitHub draws it: the script fetches
// mermaid's self-contained bundle once with `npm pack` (into the system temp dir; not a
// dependency of the project: only this script needs it) and runs it in the page.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked } from 'marked'

const args = process.argv.slice(2)
const flag = (name) => {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const [, value] = args.splice(i, 2)
  return value
}
const open = args.includes('--open')
if (open) args.splice(args.indexOf('--open'), 1)
const width = Number(flag('--width') ?? 900)
const [input, output] = args
if (!input || !output) {
  console.error(
    'usage: node scripts/comment-png.mjs COMMENT.md OUT.png [--open] [--width 900]'
  )
  process.exit(2)
}
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (name) => {
    try {
      execFileSync('which', [name], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
)
if (!chromium) {
  console.error('no chromium on PATH: apt-get install chromium')
  process.exit(2)
}

// The mermaid version the chart is checked with (GitHub renders with its own, close to current).
const MERMAID = '12.3.0'

/** mermaid's browser bundle, fetched once with `npm pack` into a cache in the temp dir. */
function mermaidBundle() {
  const cache = path.join(tmpdir(), 'image-size-budget-mermaid', MERMAID)
  const bundle = path.join(cache, 'package', 'dist', 'mermaid.min.js')
  if (!existsSync(bundle)) {
    mkdirSync(cache, { recursive: true })
    execFileSync(
      'npm',
      ['pack', `mermaid@${MERMAID}`, '--pack-destination', cache, '--silent'],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
    execFileSync('tar', [
      '-xzf',
      path.join(cache, `mermaid-${MERMAID}.tgz`),
      '-C',
      cache,
      'package/dist/mermaid.min.js'
    ])
  }
  return readFileSync(bundle, 'utf8')
}

let html = marked.parse(readFileSync(input, 'utf8'), { gfm: true })
if (open) html = html.replace(/<details>/g, '<details open>')
// GitHub draws mermaid blocks in place: so does this page (the code block becomes a diagram).
const hasMermaid = html.includes('<code class="language-mermaid">')
if (hasMermaid)
  html = html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>'
  )
const mermaidScript = hasMermaid
  ? `<script>${mermaidBundle().replace(/<\/script/gi, '<\\/script')}</script>
<script>mermaid.initialize({ startOnLoad: false });
mermaid.run().then(() => { document.title = 'height:' + Math.ceil(document.documentElement.scrollHeight) })</script>`
  : `<script>document.title = 'height:' + Math.ceil(document.documentElement.scrollHeight)</script>`
const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328;
  margin: 0; padding: 16px 24px; width: ${width - 48}px; background: #fff; }
table { border-collapse: collapse; margin: 8px 0; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
th { background: #f6f8fa; font-weight: 600; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { font: 12px "DejaVu Sans Mono", monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 10px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; }
h1, h2, h3 { border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }
details { margin: 6px 0; } summary { cursor: pointer; }
blockquote { color: #59636e; border-left: 4px solid #d1d9e0; margin: 0; padding: 0 12px; }
pre.mermaid { background: none; }
</style></head><body>${html}
${mermaidScript}
</body></html>`

const work = mkdtempSync(path.join(tmpdir(), 'comment-png-'))
try {
  const file = path.join(work, 'comment.html')
  writeFileSync(file, page)
  const common = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(work, 'profile')}`
  ]
  const dom = execFileSync(
    chromium,
    [
      ...common,
      `--window-size=${width},100`,
      // Time for mermaid to draw before the DOM is read (and the screenshot taken).
      '--virtual-time-budget=10000',
      '--dump-dom',
      `file://${file}`
    ],
    {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'ignore']
    }
  )
  const height = Number(/height:(\d+)/.exec(dom)?.[1] ?? 2000) + 16
  execFileSync(
    chromium,
    [
      ...common,
      `--window-size=${width},${Math.min(height, 16000)}`,
      '--hide-scrollbars',
      '--virtual-time-budget=10000',
      `--screenshot=${path.resolve(output)}`,
      `file://${file}`
    ],
    { stdio: 'ignore' }
  )
  console.log(`${output}: ${width}×${Math.min(height, 16000)}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

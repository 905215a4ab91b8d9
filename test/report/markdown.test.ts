// Untrusted text made inert in GitHub markdown: escaped prose and cells, and code fences
// no text can close.
import { describe, expect, it } from 'vitest'
import { escapeMarkdown, fencedCode } from '../../src/report/markdown.js'

describe('escapeMarkdown and fencedCode', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    [
      '@octocat and #12 and GH-3',
      '@\u2060octocat and #\u206012 and GH\u2060-3'
    ],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['![p](https://e.x/p.png)', '\\!\\[p\\]\\(https:\u2060//e.x/p.png\\)'],
    ['a|b `c` $x$ ~~d~~', 'a\\|b \\`c\\` \\$x\\$ \\~\\~d\\~\\~'],
    ['line\r| fake | row |\nnext', 'line \\| fake \\| row \\| next'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['www.evil.example', 'www\u2060.evil.example'],
    ['rtl\u202Eevil\u0007', 'rtlevil'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;']
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it('uses a fence longer than any backtick run', () => {
    expect(fencedCode('a ``` b ```` c')).toBe('`````\na ``` b ```` c\n`````')
    expect(fencedCode('plain\r\ntext')).toBe('```\nplain\ntext\n```')
  })
})

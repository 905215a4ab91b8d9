// messages.ts: excerpts, the secret scrubber and JSON syntax errors that quote no text.
import { describe, expect, it } from 'vitest'
import {
  addSecret,
  boundMessage,
  excerpt,
  jsonSyntaxProblem,
  quote,
  scrub
} from '../../src/messages.js'

describe('scrub', () => {
  it.each([
    [
      'request had Authorization: Basic aGVsZG91dDpzZWNyZXQ=',
      'request had Authorization: Basic ***'
    ],
    [
      '"Authorization":"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"',
      '"Authorization":"Bearer ***"'
    ],
    [
      'authorization=token ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'authorization=token ***'
    ],
    ['got ghp_abcdefghijklmnopqrstuvwxyz0123456789 back', 'got *** back'],
    [
      'a JWT eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl here',
      'a JWT *** here'
    ],
    [
      'see https://alice:hunter22@registry.example/v2/',
      'see https://alice:***@registry.example/v2/'
    ],
    [
      '{"auths":{"r":{"auth":"YWxpY2U6aHVudGVyMg==","password": "pa\\"ss"}}}',
      '{"auths":{"r":{"auth":"***","password": "***"}}}'
    ],
    [
      'GET /token?scope=x&refresh_token=abcdef123&service=y',
      'GET /token?scope=x&refresh_token=***&service=y'
    ],
    ['WWW-Authenticate: Basic realm="x"', 'WWW-Authenticate: Basic realm="x"']
  ])('%s', (text, expected) => expect(scrub(text)).toBe(expected))

  it('leaves digests, sizes and paths alone', () => {
    const text =
      'layer sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef of 127.0.0.1:5000/team/app:1.0 is 12.3 MB'
    expect(scrub(text)).toBe(text)
  })

  it('masks a registered secret wherever it appears', () => {
    addSecret('s3cr3t-Pa55')
    expect(scrub('the server said: user alice, s3cr3t-Pa55!')).toBe(
      'the server said: user alice, ***!'
    )
  })
})

describe('excerpts', () => {
  it('cuts long values and says how long they were', () => {
    expect(excerpt('abc')).toBe('abc')
    expect(excerpt('x'.repeat(1000))).toBe(
      `${'x'.repeat(80)}… (1000 characters)`
    )
    expect(quote('x'.repeat(10_485_760))).toBe(
      `"${'x'.repeat(80)}"… (10485760 characters)`
    )
    expect(quote(12)).toBe('12')
    expect(quote(true)).toBe('true')
  })

  it('a message is bounded in line length and lines', () => {
    expect(boundMessage('a'.repeat(5000)).length).toBeLessThan(1100)
    expect(
      boundMessage(
        Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')
      ).split('\n')
    ).toHaveLength(41)
  })
})

describe('jsonSyntaxProblem', () => {
  const problem = (text: string) => {
    try {
      JSON.parse(text)
    } catch (error) {
      return jsonSyntaxProblem(text, error)
    }
    throw new Error('valid')
  }
  it.each([
    [
      '{"auths": {"r": {"auth": "c2VjcmV0" "password": "hunter2"}}}',
      "Expected ',' or '}' after property value at line 1, column 37"
    ],
    ['{"auths": hunter2}', 'unexpected character at line 1, column 11'],
    [
      '{\n  "auths": {\n    "r": {"password": "hunter2" x}\n  }\n}',
      "Expected ',' or '}' after property value at line 3, column 33"
    ],
    ['{"auths": {"r": {"password": "hunter2"', 'it ends too early']
  ])('%j', (text, expected) => {
    const said = problem(text)
    expect(said).toBe(expected)
    expect(said).not.toContain('hunter2')
  })
})

// docker history parsing over outputs captured from real runs (test/fixtures/history/):
// the split-layers fixture built by each builder, read by CLI 28 (`--format json`) and
// CLI 20.10 (`--format '{{json .}}'`), with byte and human sizes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  parseCreatedBy,
  parseDockerSize,
  parseHistoryOutput,
  splitBuildArgs
} from '../../src/image/history.js'

const fixture = (name: string) =>
  readFileSync(`test/fixtures/history/${name}`, 'utf8')

// Base first. The Dockerfile: test/fixtures/split-layers/Dockerfile.
const SPLIT_LAYERS_BYTES = [1984162, 0, 67108864, 0, 13, 307200, 0, 0, 0]
const RUN_DEPS =
  'RUN mkdir -p /opt/build-deps && dd if=/dev/zero of=/opt/build-deps/toolchain.bin bs=1M count=48 && dd if=/dev/zero of=/opt/build-deps/headers.bin bs=1M count=16'

describe('parseHistoryOutput on captured outputs', () => {
  it.each(['classic', 'buildkit'])(
    '%s: CLI 28 json and CLI 20 template give the same rows, exact bytes',
    (builder) => {
      const cli28 = parseHistoryOutput(
        fixture(`split-layers-${builder}.cli28.jsonl`)
      ).reverse()
      const cli20 = parseHistoryOutput(
        fixture(`split-layers-${builder}.cli20-template.jsonl`)
      ).reverse()
      expect(cli28.map((r) => r.sizeBytes)).toEqual(SPLIT_LAYERS_BYTES)
      expect(cli20).toEqual(cli28)
      expect(cli28[2].step).toEqual({
        instruction: 'RUN',
        createdBy: RUN_DEPS,
        buildArgs: { TOOLCHAIN: '1.0' },
        hint: 'layer'
      })
      expect(cli28[0].step).toEqual({
        instruction: '',
        createdBy: '',
        hint: 'layer'
      })
      expect(cli28[0].comment).toBe('Imported from -')
    }
  )

  it('classic builder rows: #(nop) metadata, COPY, WORKDIR, exec-form RUN with build args', () => {
    const rows = parseHistoryOutput(
      fixture('split-layers-classic.cli28.jsonl')
    ).reverse()
    expect(rows.map((r) => [r.step.instruction, r.step.hint])).toEqual([
      ['', 'layer'],
      ['ARG', 'empty'],
      ['RUN', 'layer'],
      ['WORKDIR', 'likely-layer'],
      ['COPY', 'layer'],
      ['RUN', 'layer'],
      ['RUN', 'layer'],
      ['ENV', 'empty'],
      ['CMD', 'empty']
    ])
    expect(rows[1].step.createdBy).toBe('ARG TOOLCHAIN=1.0')
    expect(rows[3].step.createdBy).toBe('WORKDIR /app')
    expect(rows[4].step.createdBy).toBe(
      'COPY file:ff3cbd819b27f6e877c78e3ee1602fb9db06b29dca799b2a1f1ea998ba0cd4af in /app/'
    )
    expect(rows[5].step).toEqual({
      instruction: 'RUN',
      createdBy: 'RUN sh -c dd if=/dev/zero of=/app/out.bin bs=1024 count=300',
      buildArgs: { TOOLCHAIN: '1.0' },
      hint: 'layer'
    })
    expect(rows[6].step.createdBy).toBe('RUN rm -rf /opt/build-deps')
    expect(rows[8].step.createdBy).toBe('CMD ["sh"]')
    // The classic builder keeps every intermediate image, so every row has an ID.
    expect(rows.every((r) => r.id?.startsWith('sha256:'))).toBe(true)
  })

  it('BuildKit rows: the # buildkit suffix marks layers, <missing> IDs below the top', () => {
    const rows = parseHistoryOutput(
      fixture('split-layers-buildkit.cli28.jsonl')
    ).reverse()
    expect(rows.map((r) => r.step.createdBy)).toEqual([
      '',
      'ARG TOOLCHAIN=1.0',
      RUN_DEPS,
      'WORKDIR /app',
      'COPY app.txt /app/',
      'RUN sh -c dd if=/dev/zero of=/app/out.bin bs=1024 count=300',
      'RUN rm -rf /opt/build-deps',
      'ENV MODE=production',
      'CMD ["sh"]'
    ])
    expect(rows.map((r) => r.step.hint)).toEqual([
      'layer',
      'empty',
      'layer',
      'layer',
      'layer',
      'layer',
      'layer',
      'empty',
      'empty'
    ])
    expect(rows.slice(0, -1).every((r) => r.id === undefined)).toBe(true)
    expect(rows.at(-1)?.id).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it.each(['classic', 'buildkit'])(
    '%s: human sizes parse as decimal SI, as docker prints them',
    (builder) => {
      const human = parseHistoryOutput(
        fixture(`split-layers-${builder}.cli20-human.jsonl`)
      ).reverse()
      // 1984162 → "1.98MB", 67108864 → "67.1MB", 307200 → "307kB", 13 → "13B".
      expect(human.map((r) => r.sizeBytes)).toEqual([
        1980000, 0, 67100000, 0, 13, 307000, 0, 0, 0
      ])
      const trunc = parseHistoryOutput(
        fixture(`split-layers-${builder}.cli28-human-trunc.jsonl`)
      ).reverse()
      expect(trunc.map((r) => r.sizeBytes)).toEqual(
        human.map((r) => r.sizeBytes)
      )
    }
  )
})

describe('parseDockerSize', () => {
  it.each([
    ['20971520', 20971520],
    ['0', 0],
    ['0B', 0],
    ['13B', 13],
    ['307kB', 307000],
    ['1.98MB', 1980000],
    ['67.1MB', 67100000],
    ['1.2GB', 1200000000]
  ])('%s → %d', (text, bytes) => expect(parseDockerSize(text)).toBe(bytes))

  it.each(['12 parsecs', '1.2.3MB', '-5', 'MB'])(
    'rejects %s with a clear message',
    (text) => {
      expect(() => parseDockerSize(text)).toThrow(
        `docker history printed a size this tool does not understand: "${text}"`
      )
    }
  )
})

describe('parseCreatedBy', () => {
  it.each([
    [
      '|2 A=1 B=2 /bin/sh -c make',
      '',
      {
        instruction: 'RUN',
        createdBy: 'RUN make',
        buildArgs: { A: '1', B: '2' },
        hint: 'layer'
      }
    ],
    [
      'RUN |2 A=1 B=2 /bin/sh -c make # buildkit',
      'buildkit.dockerfile.v0',
      {
        instruction: 'RUN',
        createdBy: 'RUN make',
        buildArgs: { A: '1', B: '2' },
        hint: 'layer'
      }
    ],
    [
      'RUN echo hi # buildkit',
      'buildkit.dockerfile.v0',
      { instruction: 'RUN', createdBy: 'RUN echo hi', hint: 'layer' }
    ],
    [
      'WORKDIR /',
      'buildkit.dockerfile.v0',
      { instruction: 'WORKDIR', createdBy: 'WORKDIR /', hint: 'empty' }
    ],
    [
      '/bin/sh -c #(nop) WORKDIR /',
      '',
      { instruction: 'WORKDIR', createdBy: 'WORKDIR /', hint: 'likely-layer' }
    ],
    [
      '/bin/sh -c #(nop) ADD file:abc in / ',
      '',
      { instruction: 'ADD', createdBy: 'ADD file:abc in /', hint: 'layer' }
    ],
    [
      'RUN mkdir /x',
      '',
      { instruction: 'RUN', createdBy: 'RUN mkdir /x', hint: 'layer' }
    ],
    [
      'ADD README.md /somefile.txt',
      '',
      {
        instruction: 'ADD',
        createdBy: 'ADD README.md /somefile.txt',
        hint: 'layer'
      }
    ],
    [
      '',
      'buildkit.exporter.image.v0',
      { instruction: '', createdBy: '', hint: 'layer' }
    ],
    ['', '', { instruction: '', createdBy: '', hint: 'unknown' }],
    [
      'python -c print(1)',
      '',
      { instruction: 'RUN', createdBy: 'RUN python -c print(1)', hint: 'layer' }
    ]
  ])('%j (%s)', (raw, comment, step) =>
    expect(parseCreatedBy(raw, comment)).toEqual(step)
  )

  it('keeps spaces inside a build-arg value', () => {
    expect(
      splitBuildArgs('|2 MSG=hello world V=2 /bin/sh -c echo $MSG')
    ).toEqual({
      buildArgs: { MSG: 'hello world', V: '2' },
      rest: '/bin/sh -c echo $MSG'
    })
  })
})

// Layer rows back to Dockerfile lines, over real histories captured from both builders
// (test/fixtures/history/) and hand-written Dockerfiles with continuations, heredocs,
// ARG/ENV expansion and several stages.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotationsFor, capAnnotations } from '../../src/budget/annotations.js'
import {
  finalStage,
  layerLines,
  parseDockerfile
} from '../../src/budget/dockerfile-lines.js'
import { parseCreatedBy, parseHistoryOutput } from '../../src/image/history.js'
import type { LayerRow, Violation } from '../../src/model/report.js'

function rowsFrom(history: string): LayerRow[] {
  return parseHistoryOutput(history)
    .reverse()
    .map((row, index) => ({
      index,
      instruction: row.step.instruction,
      createdBy: row.step.createdBy,
      sizeBytes: row.sizeBytes,
      empty: false
    }))
}
const rows = (createdBy: string[]): LayerRow[] =>
  createdBy.map((text, index) => {
    const step = parseCreatedBy(
      text,
      text.endsWith('# buildkit') ? 'buildkit.dockerfile.v0' : ''
    )
    return {
      index,
      instruction: step.instruction,
      createdBy: step.createdBy,
      sizeBytes: 1,
      empty: false
    }
  })

describe('layerLines', () => {
  const dockerfile = readFileSync(
    'test/fixtures/split-layers/Dockerfile',
    'utf8'
  )
  it.each(['classic', 'buildkit'])(
    'split-layers built by %s: every step to its line, the base row to none',
    (builder) => {
      const lines = layerLines(
        dockerfile,
        rowsFrom(
          readFileSync(
            `test/fixtures/history/split-layers-${builder}.cli28.jsonl`,
            'utf8'
          )
        ),
        { buildArgs: {} }
      )
      expect([...lines.entries()]).toEqual([
        [8, 11],
        [7, 10],
        [6, 9],
        [5, 8],
        [4, 7],
        [3, 6],
        [2, 5],
        [1, 4]
      ])
    }
  )

  it('multi-stage: only the final (or --target) stage; continuations, comments inside them, heredocs, ARG/ENV expansion', () => {
    const text = [
      '# syntax=docker/dockerfile:1', //          1
      'ARG BASE=alpine', //                       2
      'FROM ${BASE} AS build', //                 3
      'RUN make \\', //                           4
      '  all', //                                 5
      'FROM ${BASE} AS runtime', //               6
      'ARG PY=3.11', //                           7
      'ENV APP=/srv/app', //                      8
      'RUN apt-get update && \\', //              9
      '    # a comment inside the continuation', //10
      '    apt-get install -y python${PY}', //    11
      'COPY --from=build /out $APP/', //          12
      'RUN <<EOF', //                             13
      'echo hi > /x', //                          14
      'EOF', //                                   15
      'WORKDIR $APP', //                          16
      'FROM scratch AS other', //                 17
      'COPY x /x' //                             18
    ].join('\n')
    expect(parseDockerfile(text).map((i) => [i.keyword, i.line])).toEqual([
      ['ARG', 2],
      ['FROM', 3],
      ['RUN', 4],
      ['FROM', 6],
      ['ARG', 7],
      ['ENV', 8],
      ['RUN', 9],
      ['COPY', 12],
      ['RUN', 13],
      ['WORKDIR', 16],
      ['FROM', 17],
      ['COPY', 18]
    ])
    expect(
      finalStage(parseDockerfile(text), 'runtime').map((i) => i.line)
    ).toEqual([6, 7, 8, 9, 12, 13, 16])
    const history = rows([
      '/bin/sh -c #(nop) ADD file:abc in / ', // the base image's own layer
      '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
      'ARG PY=3.12',
      'ENV APP=/srv/app',
      'RUN |1 PY=3.12 /bin/sh -c apt-get update &&     apt-get install -y python3.12 # buildkit',
      'COPY /out /srv/app/ # buildkit',
      'RUN |1 PY=3.12 /bin/sh -c echo hi > /x # buildkit',
      'WORKDIR /srv/app'
    ])
    const lines = layerLines(text, history, {
      target: 'runtime',
      buildArgs: { PY: '3.12' }
    })
    expect(Object.fromEntries(lines)).toEqual({
      2: 7,
      3: 8,
      4: 9,
      5: 12,
      6: 13,
      7: 16
    })
  })

  it('classic COPY rows (file:<sha> in /dst) match by destination; exec-form RUN by its argv', () => {
    const text =
      'FROM base\nCOPY --chown=1:1 app.txt /app/\nRUN ["sh", "-c", "echo hi > /x"]\n'
    const history = rows([
      '',
      '/bin/sh -c #(nop) COPY file:ff3c in /app/ ',
      'sh -c echo hi > /x'
    ])
    expect(Object.fromEntries(layerLines(text, history))).toEqual({
      1: 2,
      2: 3
    })
  })
})

describe('annotations', () => {
  const violation = (index: number): Violation => ({
    image: 'app',
    rule: 'layer',
    layer: { index, instruction: 'RUN', createdBy: `RUN step ${index}` },
    limitBytes: 10,
    actualBytes: 20
  })
  // Annotations say a violation the way they are told to (the action passes describeViolation).
  const say = (v: Violation) => `layer ${v.layer!.index} is over`

  it('a violation on a mapped layer becomes an annotation at its line; others are left to the summary', () => {
    const placed = annotationsFor(
      [violation(2), violation(5), { ...violation(0), layer: undefined }],
      new Map([[2, 7]]),
      'Dockerfile',
      say
    )
    expect(placed).toEqual([
      {
        file: 'Dockerfile',
        startLine: 7,
        title: 'image-size-budget: app layer',
        message: 'layer 2 is over'
      }
    ])
  })

  it('at most 9 (the failure itself is the 10th GitHub shows): the last stands for the rest', () => {
    const lines = new Map(
      Array.from({ length: 12 }, (_, i) => [i, i + 10] as [number, number])
    )
    const capped = capAnnotations(
      annotationsFor(
        Array.from({ length: 12 }, (_, i) => violation(i)),
        lines,
        'Dockerfile',
        say
      )
    )
    expect(capped).toHaveLength(9)
    expect(capped[8]).toEqual({
      file: 'Dockerfile',
      startLine: 18,
      title: 'image-size-budget: 4 more violations',
      message:
        '4 more layer violations (GitHub shows 10 annotations per step):\nline 18: layer 8 is over\nline 19: layer 9 is over\nline 20: layer 10 is over\nline 21: layer 11 is over'
    })
  })
})

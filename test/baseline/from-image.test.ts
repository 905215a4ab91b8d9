// finalFromImage: which outside image a Dockerfile's target stage is built on, the basis of
// the base-image boundary in a comparison.
import { describe, expect, it } from 'vitest'
import { finalFromImage } from '../../src/baseline/from-image.js'

describe('finalFromImage', () => {
  it.each<
    [
      string,
      string,
      { buildArgs?: Record<string, string>; target?: string },
      string | undefined
    ]
  >([
    ['one stage', 'FROM node:22-slim\nRUN npm ci\n', {}, 'node:22-slim'],
    [
      'platform flag and stage name',
      'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n',
      {},
      'golang:1.23'
    ],
    [
      'multi-stage: the last stage',
      'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /out /bin/app\n',
      {},
      'alpine:3.20'
    ],
    [
      'multi-stage: --target',
      'FROM golang:1.23 AS build\nFROM alpine:3.20 AS run\n',
      { target: 'build' },
      'golang:1.23'
    ],
    [
      'a stage built on an earlier stage',
      'FROM debian:12 AS base\nRUN apt-get update\nFROM base AS app\nRUN make\n',
      {},
      'debian:12'
    ],
    [
      'global ARG default',
      'ARG BASE=isb-base:busybox\nFROM ${BASE}\n',
      {},
      'isb-base:busybox'
    ],
    [
      'global ARG from a build arg',
      'ARG BASE=isb-base:busybox\nFROM $BASE\n',
      { buildArgs: { BASE: 'isb-test/other:1' } },
      'isb-test/other:1'
    ],
    [
      'ARG with a fallback',
      'ARG TAG\nFROM alpine:${TAG:-3.19}\n',
      {},
      'alpine:3.19'
    ],
    [
      'continuation lines and comments',
      '# syntax=docker/dockerfile:1\nFROM \\\n  alpine:3.20 \\\n  AS final\n',
      {},
      'alpine:3.20'
    ],
    ['scratch', 'FROM scratch\nCOPY app /\n', {}, 'scratch'],
    [
      'an ARG with no value: unknown',
      'ARG BASE\nFROM ${BASE}\n',
      {},
      undefined
    ],
    ['no FROM', 'RUN true\n', {}, undefined],
    [
      'unknown target',
      'FROM alpine:3.20 AS run\n',
      { target: 'nope' },
      undefined
    ]
  ])('%s', (_name, dockerfile, options, expected) => {
    expect(finalFromImage(dockerfile, options)).toBe(expected)
  })
})

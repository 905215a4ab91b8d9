// No docker client, no engine, a build that fails: one line saying what failed and the one
// fix that applies (install the client; start the engine; fix the step, the Dockerfile line
// or the path), with either builder, past the classic builder's deprecation banner.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildFailure } from '../../src/image/build.js'
import { BUILDERS, builderEnv, clientFor } from '../support/engine.js'
import { runCli } from '../support/run.js'

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)

describe('no docker client, no engine', () => {
  // PATH without docker; node is run by its full path.
  const noDocker = {
    PATH: '/nonexistent',
    DOCKER_HOST: '',
    IMAGE_SIZE_BUDGET_DOCKER: ''
  }

  it('reading an engine image without docker on PATH: install the client, not "start dockerd"', () => {
    const run = runCli(['analyze', 'app:1'], noDocker)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'image-size-budget analyze: error: cannot read app:1: could not run docker: "docker" is not on PATH. Install the Docker CLI (it talks to the engine), or name the client with IMAGE_SIZE_BUDGET_DOCKER.\n'
    )
  })

  it('building without docker on PATH: the same fix', () => {
    const run = runCli(
      ['analyze', '--context', 'test/fixtures/split-layers'],
      noDocker
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^image-size-budget analyze: error: cannot build \S+: could not run docker: "docker" is not on PATH\. Install the Docker CLI/
    )
    expect(run.stderr).not.toContain('DOCKER_HOST')
  })

  it('the file analysis without docker on PATH (no engine socket either): the same fix', () => {
    const run = runCli(['analyze', 'app:1', '--files'], noDocker)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'image-size-budget analyze: error: cannot read app:1: could not run docker: "docker" is not on PATH. Install the Docker CLI (it talks to the engine), or name the client with IMAGE_SIZE_BUDGET_DOCKER.\n'
    )
  })

  it('IMAGE_SIZE_BUDGET_DOCKER naming a client that is not there: fix that variable', () => {
    const run = runCli(['analyze', 'app:1'], {
      IMAGE_SIZE_BUDGET_DOCKER: '/nonexistent/docker'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'could not run docker: "/nonexistent/docker" is not on PATH. Fix IMAGE_SIZE_BUDGET_DOCKER, which names it.'
    )
  })

  it('a client but no engine: start dockerd or set DOCKER_HOST', () => {
    const run = runCli(['analyze', 'app:1'], {
      DOCKER_HOST: 'unix:///nonexistent.sock'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^image-size-budget analyze: error: cannot reach a Docker engine to read app:1: Cannot connect to the Docker daemon at unix:\/\/\/nonexistent\.sock.*\. Start dockerd or set DOCKER_HOST\.\n$/
    )
  })
})

describe.each(BUILDERS)('a failed build (%s builder)', (builder) => {
  const env = () => ({
    ...builderEnv(builder),
    IMAGE_SIZE_BUDGET_DOCKER: clientFor(builder)
  })
  const context = (dockerfile: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-failing-build-'))
    writeFileSync(path.join(dir, 'Dockerfile'), dockerfile)
    return dir
  }

  it('a RUN step that exits 3: the step and its code, not the deprecation banner', () => {
    const dir = context(
      'FROM isb-base:busybox\nRUN echo fine\nRUN echo about-to-fail && exit 3\n'
    )
    const run = runCli(
      ['analyze', '--context', dir, '--network', 'none'],
      env()
    )
    expect(run.status).toBe(2)
    expect(lastLine(run.stderr)).toBe(
      `image-size-budget analyze: error: docker build of ${dir}/Dockerfile failed: the step "RUN echo about-to-fail && exit 3" exited with code 3. Fix that step; its output is in the build log above.`
    )
  })

  it('an unknown instruction: the line, and fix the Dockerfile', () => {
    const dir = context('FROM isb-base:busybox\nFOO bar\n')
    const run = runCli(['analyze', '--context', dir], env())
    expect(run.status).toBe(2)
    // Newer engines add their own suggestion: "unknown instruction: FOO (did you mean FROM?)".
    const line = lastLine(run.stderr)
    expect([
      `image-size-budget analyze: error: docker build of ${dir}/Dockerfile failed: line 2: unknown instruction: FOO. Fix that line of the Dockerfile.`,
      `image-size-budget analyze: error: docker build of ${dir}/Dockerfile failed: line 2: unknown instruction: FOO (did you mean FROM?). Fix that line of the Dockerfile.`
    ]).toContain(line)
  })

  it('no Dockerfile where it was said to be: check the path', () => {
    const dir = context('FROM isb-base:busybox\n')
    const run = runCli(
      ['analyze', '--context', dir, '--dockerfile', path.join(dir, 'Nope')],
      env()
    )
    expect(run.status).toBe(2)
    expect(lastLine(run.stderr)).toBe(
      `image-size-budget analyze: error: docker build of ${dir}/Nope failed: there is no Dockerfile at ${dir}/Nope. Check the Dockerfile path (build.dockerfile in the budget file, or --dockerfile).`
    )
  })
})

describe("buildFailure on other builders' words", () => {
  const options = { context: 'ctx', dockerfile: 'ctx/Dockerfile' }
  it.each([
    [
      'buildx 0.2x',
      '#6 [3/3] RUN false\n#6 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n------\n > [3/3] RUN false:\n------\nDockerfile:3\nERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
      'docker build of ctx/Dockerfile failed: the step "RUN false" exited with code 1. Fix that step; its output is in the build log above.'
    ],
    [
      'classic, exec form',
      "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nThe command 'false' returned a non-zero code: 1",
      'docker build of ctx/Dockerfile failed: the step "RUN false" exited with code 1. Fix that step; its output is in the build log above.'
    ],
    [
      'a base image that cannot be pulled',
      'ERROR: failed to build: failed to solve: failed to resolve source metadata for docker.io/library/nope:latest: pull access denied',
      'docker build of ctx/Dockerfile failed: a FROM image could not be pulled (failed to resolve source metadata for docker.io/library/nope:latest). Check the image name in the FROM line, or log in to its registry (docker login).'
    ],
    [
      'a missing context',
      'unable to prepare context: path "ctx" not found',
      'docker build of ctx/Dockerfile failed: the build context ctx does not exist. Check the context path (build.context in the budget file, or --context).'
    ],
    [
      'BuildKit asked for, no buildx',
      'ERROR: BuildKit is enabled but the buildx component is missing or broken.\n       Install the buildx component to build images with BuildKit:\n       https://docs.docker.com/go/buildx/',
      'docker build of ctx/Dockerfile failed: BuildKit was asked for (DOCKER_BUILDKIT=1) but this docker client has no buildx. Install the buildx plugin, or unset DOCKER_BUILDKIT to use the classic builder.'
    ]
  ])('%s', (_, stderr, expected) =>
    expect(buildFailure({ stdout: '', stderr }, options)).toBe(expected)
  )
})

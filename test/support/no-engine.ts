// Set-up file of the unit project (vitest.config.ts), run in each test file's worker before
// the file: no engine and no bundles. docker, podman, skopeo, dockerd and docker-registry on
// PATH are the stub in test/support/no-engine-bin, DOCKER_HOST names a socket that is not
// there, and the bundles' folder is unset, so a unit test that needs an engine fails on
// every machine, not only on one without docker.
import path from 'node:path'

process.env.PATH = `${path.resolve('test/support/no-engine-bin')}${path.delimiter}${process.env.PATH ?? ''}`
process.env.DOCKER_HOST =
  'unix:///nonexistent/isb-unit-tests-have-no-engine.sock'
for (const name of [
  'DOCKER_CONTEXT',
  'ISB_DOCKER_CLASSIC',
  'ISB_DOCKER_BUILDKIT',
  'IMAGE_SIZE_BUDGET_DOCKER',
  'ISB_ENGINE_LEGACY_HOST',
  'ISB_ENGINE_CONTAINERD_HOST',
  'ISB_PODMAN_STORAGE_CONF',
  'ISB_DIST'
])
  delete process.env[name]

// One set of sentences for a failed engine read, whichever door read it (`docker image
// inspect`/`history`, the export by socket or `docker save`). docker's words below are the
// forms its engines print (inspect, and `docker save` on the legacy and containerd stores).
import { describe, expect, it } from 'vitest'
import {
  engineFailure,
  engineReadError
} from '../../src/image/engine-errors.js'

describe('engineReadError', () => {
  it.each([
    'Error response from daemon: No such image: isb-test/absent:1',
    'Error: No such object: isb-test/absent:1',
    'Error response from daemon: reference does not exist'
  ])('an absent image: %s', (message) => {
    const error = engineReadError(
      'isb-test/absent:1',
      engineFailure(message),
      'docker save'
    )
    expect([error.input, error.problem, error.fix, error.message]).toEqual([
      'isb-test/absent:1',
      'image "isb-test/absent:1" is not in the Docker engine.',
      'Build or pull it first (docker pull isb-test/absent:1), or check the name.',
      'image "isb-test/absent:1" is not in the Docker engine. Build or pull it first (docker pull isb-test/absent:1), or check the name.'
    ])
  })

  it('no engine', () => {
    const error = engineReadError(
      'app:1',
      engineFailure(
        'Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running?\n'
      ),
      'docker image inspect'
    )
    expect([error.problem, error.fix]).toEqual([
      'cannot reach a Docker engine to read app:1: Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running.',
      'Start dockerd or set DOCKER_HOST.'
    ])
  })

  it("anything else is docker's own words, naming the command", () => {
    const error = engineReadError(
      'app:1',
      engineFailure(
        'Error response from daemon: write /tmp: no space left on device'
      ),
      'docker save'
    )
    expect([error.problem, error.fix]).toEqual([
      'docker save app:1 failed: Error response from daemon: write /tmp: no space left on device',
      undefined
    ])
  })
})

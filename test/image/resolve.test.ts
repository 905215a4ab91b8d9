// The source interface (src/image/resolve.ts): one order of precedence for where an image
// comes from, whichever front end asks, and the archive reader behind it yielding the
// listed layers that the file analysis takes (the dive project's test archive).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeImage } from '../../src/analysis/image.js'
import { InputError } from '../../src/errors.js'
import {
  chooseSource,
  DEFAULT_BUILD_TAG,
  readImage,
  type ImageSource,
  type SourceRequest
} from '../../src/image/resolve.js'

const build = { context: 'app', dockerfile: 'app/Dockerfile' }

describe('chooseSource', () => {
  it.each<[string, SourceRequest, ImageSource]>([
    [
      'an archive holds its own image, whatever else is given',
      { archive: 'img.tar', ref: 'app:1', build, source: 'registry' },
      { kind: 'archive', path: 'img.tar' }
    ],
    [
      'a build is read from the engine it was built in, even with source registry',
      { ref: 'app:pr', build, source: 'registry' },
      { kind: 'build', ref: 'app:pr', build }
    ],
    [
      'a build with no tag gets the default one',
      { build },
      { kind: 'build', ref: DEFAULT_BUILD_TAG, build }
    ],
    [
      'source registry reads the ref from its registry',
      {
        ref: 'ghcr.io/org/app:1',
        source: 'registry',
        uncompressed: true,
        insecureRegistries: ['localhost:5000']
      },
      {
        kind: 'registry',
        ref: 'ghcr.io/org/app:1',
        uncompressed: true,
        insecureRegistries: ['localhost:5000']
      }
    ],
    [
      'a ref alone is an image in the engine',
      { ref: 'app:1', source: 'docker' },
      { kind: 'engine', ref: 'app:1' }
    ]
  ])('%s', (_, request, expected) => {
    expect(chooseSource(request)).toEqual(expected)
  })

  it('no ref, no build and no archive is an input error that says what to give', () => {
    expect(() => chooseSource({ source: 'registry' })).toThrow(
      new InputError({
        input: 'image',
        problem: 'no image given',
        fix: 'name an image ref, or a Dockerfile and context to build'
      })
    )
  })
})

describe('readImage: an archive', () => {
  const file = path.resolve('test/fixtures/dive/test-docker-image.tar')

  it('yields the report and every layer listed; the analysis is apart', async () => {
    const loaded = await readImage(
      { kind: 'archive', path: file },
      { files: false, compressed: true }
    )
    expect(loaded.report.image.source).toBe('archive')
    expect(loaded.report.files).toBeUndefined()
    expect(loaded.archive!.report).toBe(loaded.report)
    const layers = loaded.report.layers.filter((row) => !row.empty)
    expect(loaded.archive!.listings).toHaveLength(layers.length)
    expect(loaded.report.totalCompressedBytes).toBeUndefined()
    const analyzed = analyzeImage(loaded)
    expect(analyzed.files?.dive).toBeDefined()
    expect({ ...analyzed, files: undefined }).toEqual(loaded.report)
  })

  it('a ref given names the report', async () => {
    const loaded = await readImage({ kind: 'archive', path: file, ref: 'x:1' })
    expect(loaded.report.image.ref).toBe('x:1')
  })
})

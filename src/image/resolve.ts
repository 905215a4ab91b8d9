// Where an image comes from, behind one interface (as dive's image/resolver.go): a source
// names its kind (an image in the engine, a Dockerfile built into it, an archive on disk, a
// registry read without pulling) and what that kind needs; `readImage` hands it to that
// kind's reader, and every reader yields a LoadedImage: the report, and the layers listed
// when the files were read. Both front ends (cli/analyze, check/check-image) choose with
// `chooseSource` and read here; the file analysis is theirs to call (src/analysis/image.ts).
// Each reader is imported when used: `analyze --archive` loads no engine or registry code
// (start-up counts, bench/files.mjs).

import { InputError } from '../errors.js'
import type { BuildOptions } from './build.js'
import type { LoadedImage } from './source.js'

export type { LoadedImage } from './source.js'

/** The tag a build gets when no ref names it. */
export const DEFAULT_BUILD_TAG = 'image-size-budget:local'

/** What a front end names: a ref in the engine, or a Dockerfile to build (tagged `ref`, else DEFAULT_BUILD_TAG). */
export interface ImageSpec {
  /** A ref in the engine; with `build`, the tag the built image gets. */
  ref?: string
  build?: Omit<BuildOptions, 'tag'>
}

export type ImageSource =
  | { kind: 'engine'; ref: string }
  | { kind: 'build'; ref: string; build: Omit<BuildOptions, 'tag'> }
  | { kind: 'archive'; path: string; ref?: string }
  | {
      kind: 'registry'
      ref: string
      uncompressed?: boolean
      insecureRegistries?: string[]
    }

/** Every way a front end can say where the image is (flags, budget file, action inputs). */
export interface SourceRequest extends ImageSpec {
  /** An archive on disk: it holds its own image. */
  archive?: string
  /** `registry`: read `ref` from its registry, without pulling (an image built here is read from the engine). */
  source?: 'docker' | 'registry'
  /** Registry only: stream the layers for exact uncompressed sizes. */
  uncompressed?: boolean
  /** Registry only: hosts spoken to over plain HTTP. */
  insecureRegistries?: string[]
}

export interface ReadOptions {
  /** `os/arch[/variant]`: which image of an archive or a registry index (a build takes its own; an engine tag holds one). */
  platform?: string
  /** List every layer of an engine or built image: true, or `auto` (see AUTO_FILE_ANALYSIS_MAX_BYTES). An archive is always listed, a registry never. */
  files?: boolean | 'auto'
  /** false: read no package databases while listing (`analyze --no-packages`): no package attribution. */
  packages?: boolean
  /** Add an engine or built image's pull size (gzip of each layer, as a push would); a registry read has it already. */
  compressed?: boolean
}

/** The one order of precedence: an archive, else a build, else the registry when asked, else the engine. */
export function chooseSource(request: SourceRequest): ImageSource {
  if (request.archive !== undefined)
    return { kind: 'archive', path: request.archive }
  if (request.build)
    return {
      kind: 'build',
      ref: request.ref || DEFAULT_BUILD_TAG,
      build: request.build
    }
  if (!request.ref)
    throw new InputError({
      input: 'image',
      problem: 'no image given',
      fix: 'name an image ref, or a Dockerfile and context to build'
    })
  if (request.source === 'registry')
    return {
      kind: 'registry',
      ref: request.ref,
      uncompressed: request.uncompressed,
      insecureRegistries: request.insecureRegistries
    }
  return { kind: 'engine', ref: request.ref }
}

/** The image from its source, by that kind's reader. */
export async function readImage(
  source: ImageSource,
  options: ReadOptions = {}
): Promise<LoadedImage> {
  switch (source.kind) {
    case 'engine':
    case 'build': {
      const { loadImage } = await import('./source.js')
      const loaded = await loadImage(source.ref, {
        build: source.kind === 'build' ? source.build : undefined,
        files: options.files,
        packages: options.packages
      })
      if (!options.compressed) return loaded
      const { addEngineCompressedSizes } =
        await import('./registry/engine-compressed.js')
      return {
        ...loaded,
        report: await addEngineCompressedSizes(loaded.report)
      }
    }
    case 'archive': {
      const { readArchiveImage } = await import('./archive/index.js')
      const archive = await readArchiveImage(source.path, {
        platform: options.platform,
        ref: source.ref,
        packages: options.packages
      })
      return { report: archive.report, archive }
    }
    case 'registry': {
      const { readRegistryImage } = await import('./registry/read.js')
      return {
        report: await readRegistryImage(source.ref, {
          platform: options.platform,
          uncompressed: source.uncompressed,
          insecureRegistries: source.insecureRegistries
        })
      }
    }
  }
}

// The registry source's pure parts: reference names as docker reads them, which hosts may use
// plain HTTP, WWW-Authenticate and Retry-After parsing, credential lookup from a docker config
// (no network), platform choice from an index, and the layer tar measure.
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  linkSync,
  mkdirSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  parseChallenge,
  retryAfterMs
} from '../../src/image/registry/client.js'
import { findCredentials } from '../../src/image/registry/credentials.js'
import {
  parseManifest,
  parsePlatform,
  selectPlatform,
  type ImageIndex
} from '../../src/image/registry/manifest.js'
import {
  insecureRegistries,
  isLoopback,
  parseRegistryRef,
  schemeFor
} from '../../src/image/registry/reference.js'
import { layerDiskBytes } from '../../src/model/listing.js'
import { listLayerStream } from '../../src/image/archive/layer.js'
import { dockerConfigDir } from '../support/registry.js'

describe('image references', () => {
  it.each([
    [
      'alpine',
      {
        registry: 'registry-1.docker.io',
        repository: 'library/alpine',
        tag: 'latest'
      }
    ],
    [
      'docker.io/library/alpine:3.20',
      {
        registry: 'registry-1.docker.io',
        repository: 'library/alpine',
        tag: '3.20'
      }
    ],
    [
      'bitnami/redis',
      {
        registry: 'registry-1.docker.io',
        repository: 'bitnami/redis',
        tag: 'latest'
      }
    ],
    [
      'ghcr.io/org/app:pr-12',
      { registry: 'ghcr.io', repository: 'org/app', tag: 'pr-12' }
    ],
    [
      'localhost:5001/app',
      { registry: 'localhost:5001', repository: 'app', tag: 'latest' }
    ],
    ['localhost/app:1', { registry: 'localhost', repository: 'app', tag: '1' }],
    [
      '[::1]:5000/team/app:x',
      { registry: '[::1]:5000', repository: 'team/app', tag: 'x' }
    ],
    [
      `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:${'a'.repeat(64)}`,
      {
        registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
        repository: 'app',
        digest: `sha256:${'a'.repeat(64)}`
      }
    ],
    [
      `app:1@sha256:${'b'.repeat(64)}`,
      {
        registry: 'registry-1.docker.io',
        repository: 'library/app',
        tag: '1',
        digest: `sha256:${'b'.repeat(64)}`
      }
    ]
  ])('%s', (text, expected) => {
    expect(parseRegistryRef(text)).toEqual({ ...expected, text })
  })

  it.each([
    ['', 'it is empty'],
    ['App:1', 'the path component "App"'],
    ['app@sha256:abc', 'the digest "sha256:abc"'],
    ['app:bad tag', 'the tag "bad tag"']
  ])('%j is rejected naming the part', (text, why) => {
    expect(() => parseRegistryRef(text)).toThrow(why)
  })

  it('plain HTTP only for loopback and registries marked insecure', () => {
    expect(
      ['127.0.0.1:5000', '127.9.9.9', 'localhost:5001', '[::1]:5000'].map(
        isLoopback
      )
    ).toEqual([true, true, true, true])
    expect(
      ['128.0.0.1', '10.0.0.1:5000', 'ghcr.io', 'localhost.example.com'].map(
        isLoopback
      )
    ).toEqual([false, false, false, false])
    const insecure = insecureRegistries(['http://reg.lan:5000/'], {
      IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES: 'other.lan, '
    })
    expect([...insecure]).toEqual(['reg.lan:5000', 'other.lan'])
    expect(schemeFor('reg.lan:5000', insecure)).toBe('http')
    expect(schemeFor('other.lan:443', insecure)).toBe('http')
    expect(schemeFor('reg.lan:5001', insecure)).toBe('https')
    expect(schemeFor('ghcr.io', insecure)).toBe('https')
    expect(schemeFor('127.0.0.1:5000', new Set())).toBe('http')
  })
})

describe('auth headers', () => {
  it('parses the challenges ghcr.io, Docker Hub and htpasswd registries send', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:org/app:pull'
      }
    })
    expect(parseChallenge('Basic realm="isb \\"test\\""')).toEqual({
      scheme: 'basic',
      params: { realm: 'isb "test"' }
    })
    expect(parseChallenge('Bearer realm=https://x/token, service=x')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://x/token', service: 'x' }
    })
  })

  it('Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('7')).toBe(7000)
    expect(
      retryAfterMs(
        'Wed, 21 Oct 2015 07:28:10 GMT',
        Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')
      )
    ).toBe(10_000)
    expect(retryAfterMs(null)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
  })
})

describe('credentials from the docker config', () => {
  it('auths: the base64 `auth` of docker login, keyed by host or URL; Docker Hub by its v1 URL', async () => {
    const dir = dockerConfigDir({
      auths: {
        'https://index.docker.io/v1/': {
          auth: Buffer.from('hubuser:hubpass').toString('base64')
        },
        'http://reg.lan:5000': { username: 'bob', password: 'pw' },
        'ghcr.io': { identitytoken: 'refresh-me' }
      }
    })
    const env = { DOCKER_CONFIG: dir, PATH: process.env.PATH }
    expect(await findCredentials('registry-1.docker.io', { env })).toEqual({
      username: 'hubuser',
      password: 'hubpass',
      source:
        'credentials for registry-1.docker.io from $DOCKER_CONFIG/config.json (user hubuser)'
    })
    expect(await findCredentials('reg.lan:5000', { env })).toMatchObject({
      username: 'bob',
      password: 'pw'
    })
    expect(await findCredentials('ghcr.io', { env })).toEqual({
      username: '',
      identityToken: 'refresh-me',
      source: 'an identity token for ghcr.io from $DOCKER_CONFIG/config.json'
    })
    expect(await findCredentials('reg.lan:5001', { env })).toBeUndefined()
    rmSync(dir, { recursive: true })
  })

  it('GITHUB_TOKEN for ghcr.io only, and only when the config has nothing', async () => {
    const dir = dockerConfigDir({})
    const env = {
      DOCKER_CONFIG: dir,
      GITHUB_TOKEN: 'ghs_secret',
      GITHUB_ACTOR: 'octocat'
    }
    const creds = await findCredentials('ghcr.io', { env })
    expect(creds).toEqual({
      username: 'octocat',
      password: 'ghs_secret',
      source: 'GITHUB_TOKEN for ghcr.io (user octocat)'
    })
    expect(creds?.source).not.toContain('ghs_secret')
    expect(
      await findCredentials('registry-1.docker.io', { env })
    ).toBeUndefined()
    rmSync(dir, { recursive: true })
  })

  it('a broken config.json is an input error naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-cfg-'))
    writeFileSync(path.join(dir, 'config.json'), '{"auths": ')
    await expect(
      findCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir } })
    ).rejects.toThrow('$DOCKER_CONFIG/config.json is not valid JSON')
    rmSync(dir, { recursive: true })
  })
})

describe('manifests and platforms', () => {
  const index = parseManifest(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: 'sha256:a',
            size: 1,
            platform: { os: 'linux', architecture: 'amd64' }
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: 'sha256:b',
            size: 1,
            platform: { os: 'linux', architecture: 'arm', variant: 'v6' }
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: 'sha256:c',
            size: 1,
            platform: { os: 'linux', architecture: 'arm', variant: 'v7' }
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: 'sha256:d',
            size: 1,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
          },
          // BuildKit's provenance attestation: not an image.
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: 'sha256:e',
            size: 1,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
          }
        ]
      })
    ),
    '',
    'x'
  ) as ImageIndex

  it.each([
    ['linux/amd64', 'sha256:a'],
    ['linux/arm/v7', 'sha256:c'],
    ['linux/arm', 'sha256:b'],
    ['linux/arm64', 'sha256:d'],
    ['linux/arm64/v8', 'sha256:d']
  ])('%s → %s', (platform, digest) => {
    expect(selectPlatform(index, parsePlatform(platform), 'x').digest).toBe(
      digest
    )
  })

  it('a missing platform lists the images there, attestations left out', () => {
    expect(() =>
      selectPlatform(index, parsePlatform('windows/amd64'), 'app:1')
    ).toThrow(
      'app:1 has no windows/amd64 image; platforms there: linux/amd64, linux/arm/v6, linux/arm/v7, linux/arm64/v8. Choose one with --platform.'
    )
    expect(() =>
      selectPlatform(index, parsePlatform('windows/amd64'), 'app:1')
    ).toThrow(
      expect.objectContaining({
        input: '--platform',
        problem:
          'app:1 has no windows/amd64 image; platforms there: linux/amd64, linux/arm/v6, linux/arm/v7, linux/arm64/v8.',
        fix: 'Choose one with --platform.'
      })
    )
    expect(() => parsePlatform('amd64')).toThrow(
      '--platform must be os/arch[/variant]'
    )
  })

  it('schema 1 and non-images are refused with a reason', () => {
    expect(() =>
      parseManifest(
        Buffer.from('{"schemaVersion":1,"fsLayers":[]}'),
        'application/vnd.docker.distribution.manifest.v1+prettyjws',
        'old:1'
      )
    ).toThrow('old:1 has a Docker schema 1 manifest')
    expect(() =>
      parseManifest(
        Buffer.from(
          '{"schemaVersion":2,"mediaType":"application/vnd.oci.artifact.manifest.v1+json","blobs":[]}'
        ),
        '',
        'art:1'
      )
    ).toThrow('it is not an image')
  })
})

describe('the engine measure over a streamed layer tar (registry blobs)', () => {
  it('regular file bytes + symlink target lengths, a hardlinked file once, directories 0 (GNU tar, long names included)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-tar-'))
    const root = path.join(dir, 'root')
    mkdirSync(path.join(root, 'a'.repeat(120)), { recursive: true })
    writeFileSync(
      path.join(root, 'a'.repeat(120), 'b'.repeat(110)),
      Buffer.alloc(1000, 1)
    ) // long name: GNU 'L' / PAX path
    writeFileSync(path.join(root, 'small'), 'hello')
    linkSync(path.join(root, 'small'), path.join(root, 'hard'))
    symlinkSync('small', path.join(root, 'link'))
    symlinkSync('x'.repeat(150), path.join(root, 'longlink')) // long link target: GNU 'K' / PAX linkpath
    writeFileSync(path.join(root, '.wh.gone'), '')
    const expected = 1000 + 5 + 'small'.length + 150
    for (const format of ['gnu', 'pax']) {
      const tar = execFileSync(
        'tar',
        ['-c', `--format=${format}`, '-C', root, '.'],
        { maxBuffer: 1 << 24 }
      )
      // Small chunks: headers and bodies split across reads.
      const chunks = Array.from(
        { length: Math.ceil(tar.length / 100) },
        (_, i) => tar.subarray(i * 100, (i + 1) * 100)
      )
      expect(layerDiskBytes(await listLayerStream(Readable.from(chunks)))).toBe(
        expected
      )
    }
    rmSync(dir, { recursive: true })
  })
})

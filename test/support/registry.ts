// A real registry for tests: Debian's `docker-registry` (distribution 2.8) on a free
// 127.0.0.1 port with its own storage folder and config, open, with htpasswd basic auth, or
// with token auth in front of test/support/token-server.ts. Images get in with skopeo from
// the engine; multi-arch indexes are PUT by hand as the OCI/Docker JSON they are.
import {
  execFile,
  execFileSync,
  spawn,
  type ChildProcess
} from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { skopeoSource } from './engine.js'

export interface RegistryAuth {
  htpasswd?: Record<string, string>
  token?: { realm: string; service: string; issuer: string; certFile: string }
}

export interface RunningRegistry {
  /** `127.0.0.1:<port>`, as image refs name it. */
  host: string
  dir: string
  log: () => string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** A bcrypt htpasswd line (the only hash distribution accepts), made by apache2-utils' htpasswd. */
export function htpasswdLine(user: string, password: string): string {
  return execFileSync('htpasswd', ['-Bbn', user, password], {
    encoding: 'utf8'
  }).trim()
}

function configYaml(port: number, dir: string, auth: RegistryAuth): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: isb-test-secret'
  ]
  if (auth.htpasswd) {
    const file = path.join(dir, 'htpasswd')
    writeFileSync(
      file,
      Object.entries(auth.htpasswd)
        .map(([user, password]) => htpasswdLine(user, password))
        .join('\n') + '\n'
    )
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: isb-test',
      `    path: ${file}`
    )
  }
  if (auth.token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${auth.token.realm}`,
      `    service: ${auth.token.service}`,
      `    issuer: ${auth.token.issuer}`,
      `    rootcertbundle: ${auth.token.certFile}`
    )
  }
  return lines.join('\n') + '\n'
}

async function waitForV2(host: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false
    try {
      const response = await fetch(`http://${host}/v2/`)
      if (response.status === 200 || response.status === 401) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/** Starts a registry and waits until /v2/ answers; a port taken in between is retried with another. */
export async function startRegistry(
  auth: RegistryAuth = {}
): Promise<RunningRegistry> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-registry-'))
    const port = await freePort()
    const config = path.join(dir, 'config.yml')
    writeFileSync(config, configYaml(port, dir, auth))
    const logFile = path.join(dir, 'registry.log')
    const out = openSync(logFile, 'a')
    const child = spawn('docker-registry', ['serve', config], {
      stdio: ['ignore', out, out]
    })
    const host = `127.0.0.1:${port}`
    if (await waitForV2(host, child)) {
      return {
        host,
        dir,
        log: () => readFileSync(logFile, 'utf8'),
        stop: async () => {
          if (child.exitCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve))
            child.kill('SIGTERM')
            await exited
          }
          rmSync(dir, { recursive: true, force: true })
        }
      }
    }
    if (child.exitCode === null) child.kill('SIGKILL')
    if (attempt === 2)
      throw new Error(
        `docker-registry did not start:\n${readFileSync(logFile, 'utf8')}`
      )
  }
  throw new Error('unreachable')
}

/**
 * Copies an engine image to the registry with skopeo (gzip layers, Docker schema 2, or OCI with format 'oci').
 * Asynchronous so that a token server in this process can answer skopeo meanwhile.
 */
export async function pushImage(
  engineRef: string,
  destination: string,
  options: { creds?: string; format?: 'oci' | 'v2s2' } = {}
): Promise<void> {
  const args = ['copy', '--quiet', '--dest-tls-verify=false']
  if (options.creds) args.push('--dest-creds', options.creds)
  if (options.format) args.push('--format', options.format)
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-push-'))
  try {
    args.push(skopeoSource(engineRef, dir), `docker://${destination}`)
    await promisify(execFile)('skopeo', args)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface RawManifest {
  mediaType?: string
  config: { digest: string; size: number }
  layers: { digest: string; size: number; mediaType: string }[]
}

/** The manifest as skopeo reads it: the independent account of what the registry holds. */
export function skopeoManifest(
  ref: string,
  creds?: string
): { raw: string; digest: string } {
  const args = [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...(creds ? ['--creds', creds] : []),
    `docker://${ref}`
  ]
  const raw = execFileSync('skopeo', args, { encoding: 'utf8' })
  return {
    raw,
    digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`
  }
}

/** The same, without blocking the event loop: needed when the token server runs in this process. */
export async function skopeoManifestAsync(
  ref: string,
  creds?: string
): Promise<RawManifest> {
  const args = [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...(creds ? ['--creds', creds] : []),
    `docker://${ref}`
  ]
  const { stdout } = await promisify(execFile)('skopeo', args, {
    encoding: 'utf8'
  })
  return JSON.parse(stdout) as RawManifest
}

/** PUTs an index (OCI index or Docker manifest list) over the given manifests, each with its platform. */
export async function putIndex(
  host: string,
  repository: string,
  tag: string,
  entries: {
    ref: string
    platform: { os: string; architecture: string; variant?: string }
  }[],
  mediaType:
    | 'application/vnd.oci.image.index.v1+json'
    | 'application/vnd.docker.distribution.manifest.list.v2+json'
): Promise<string> {
  const manifests = entries.map((entry) => {
    const { raw, digest } = skopeoManifest(entry.ref)
    const parsed = JSON.parse(raw) as { mediaType?: string }
    return {
      mediaType:
        parsed.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
      digest,
      size: Buffer.byteLength(raw),
      platform: entry.platform
    }
  })
  const body = JSON.stringify({ schemaVersion: 2, mediaType, manifests })
  const response = await fetch(
    `http://${host}/v2/${repository}/manifests/${tag}`,
    { method: 'PUT', headers: { 'content-type': mediaType }, body }
  )
  if (response.status !== 201)
    throw new Error(
      `PUT index ${repository}:${tag}: ${response.status} ${await response.text()}`
    )
  return `sha256:${createHash('sha256').update(body).digest('hex')}`
}

/** A temporary DOCKER_CONFIG folder holding the given config.json. */
export function dockerConfigDir(config: object): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-docker-config-'))
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config, null, 2))
  return dir
}

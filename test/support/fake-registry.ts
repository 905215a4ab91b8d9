// A registry stand-in on 127.0.0.1 for faults a real one does not make: it serves one small
// image (gzip layer, config, manifest) and each route can be told to misbehave — hang before
// the headers, stall in the body, send hundreds of MB, fail with 5xx, echo the request's
// Authorization header in an error body — and to ask for Basic or Bearer auth first.
import { createHash } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { gzipSync } from 'node:zlib'
import { END, member } from './tar-writer.js'

export type Fault =
  | { kind: 'hang' }
  | { kind: 'stall'; after: number }
  | { kind: 'huge'; bytes: number; declared: boolean }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'echo-auth' }

export interface FakeRegistry {
  host: string
  /** `<host>/team/app:1`. */
  ref: string
  layerDigest: string
  configDigest: string
  /** Faults by route: 'manifest', 'config', 'layer' (each applies to every request of that route). */
  faults: Partial<Record<'manifest' | 'config' | 'layer', Fault>>
  /** Auth the registry asks for before serving. */
  auth?: {
    basic?: { user: string; password: string }
    bearer?: { user: string; password: string; token: string }
  }
  requests: { path: string; authorization?: string; at: number }[]
  stop(): Promise<void>
}

const sha = (data: Buffer | string) =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const file = Buffer.from('hello from a fake registry\n')
  const tar = Buffer.concat([member('hello.txt', file), END])
  const layer = gzipSync(tar)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha(tar)] },
      history: [
        { created_by: '/bin/sh -c #(nop) COPY file:abc in /hello.txt ' }
      ]
    })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha(config),
        size: config.length
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha(layer),
          size: layer.length
        }
      ]
    })
  )
  const open = new Set<ServerResponse>()
  const registry = {
    faults: {},
    requests: [],
    layerDigest: sha(layer),
    configDigest: sha(config)
  } as unknown as FakeRegistry

  const authorized = (
    req: IncomingMessage,
    res: ServerResponse,
    host: string
  ): boolean => {
    const auth = registry.auth
    const given = req.headers.authorization
    if (auth?.basic) {
      if (
        given ===
        `Basic ${Buffer.from(`${auth.basic.user}:${auth.basic.password}`).toString('base64')}`
      )
        return true
      res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end()
      return false
    }
    if (auth?.bearer) {
      if (given === `Bearer ${auth.bearer.token}`) return true
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="fake",scope="repository:team/app:pull"`
        })
        .end()
      return false
    }
    return true
  }

  const serve = (
    res: ServerResponse,
    type: string,
    body: Buffer,
    fault: Fault | undefined,
    req: IncomingMessage
  ) => {
    if (!fault) {
      res
        .writeHead(200, { 'content-type': type, 'content-length': body.length })
        .end(body)
      return
    }
    switch (fault.kind) {
      case 'hang':
        return // never answers; the client's deadline must end it
      case 'stall':
        res.writeHead(200, {
          'content-type': type,
          'content-length': body.length
        })
        res.write(body.subarray(0, fault.after))
        return // and nothing more
      case 'huge': {
        const chunk = Buffer.alloc(1024 * 1024, 0x20)
        chunk[0] = 0x7b
        res.writeHead(200, {
          'content-type': type,
          ...(fault.declared ? { 'content-length': fault.bytes } : {})
        })
        let sent = 0
        const pump = () => {
          while (sent < fault.bytes && !res.destroyed) {
            const n = Math.min(chunk.length, fault.bytes - sent)
            sent += n
            if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n)))
              return void res.once('drain', pump)
          }
          if (!res.destroyed) res.end()
        }
        pump()
        return
      }
      case 'status':
        res
          .writeHead(
            fault.status,
            fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}
          )
          .end()
        return
      case 'echo-auth':
        res.writeHead(500, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            errors: [
              {
                code: 'UNKNOWN',
                message: `internal failure; request had Authorization: ${req.headers.authorization ?? '(none)'}`
              }
            ]
          })
        )
        return
    }
  }

  const server = createServer((req, res) => {
    open.add(res)
    res.on('close', () => open.delete(res))
    const url = new URL(req.url ?? '/', 'http://x')
    registry.requests.push({
      path: url.pathname,
      authorization: req.headers.authorization,
      at: Date.now()
    })
    const host = req.headers.host ?? ''
    if (url.pathname === '/token') {
      const bearer = registry.auth?.bearer
      const ok =
        bearer &&
        req.headers.authorization ===
          `Basic ${Buffer.from(`${bearer.user}:${bearer.password}`).toString('base64')}`
      if (!ok) return void res.writeHead(401).end()
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: bearer.token }))
    }
    if (!authorized(req, res, host)) return
    if (
      url.pathname === '/v2/team/app/manifests/1' ||
      url.pathname === `/v2/team/app/manifests/${sha(manifest)}`
    ) {
      return serve(
        res,
        'application/vnd.oci.image.manifest.v1+json',
        manifest,
        registry.faults.manifest,
        req
      )
    }
    if (url.pathname === `/v2/team/app/blobs/${sha(config)}`)
      return serve(
        res,
        'application/octet-stream',
        config,
        registry.faults.config,
        req
      )
    if (url.pathname === `/v2/team/app/blobs/${sha(layer)}`)
      return serve(
        res,
        'application/octet-stream',
        layer,
        registry.faults.layer,
        req
      )
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"errors":[{"code":"NAME_UNKNOWN"}]}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  registry.host = `127.0.0.1:${(server.address() as { port: number }).port}`
  registry.ref = `${registry.host}/team/app:1`
  registry.stop = () =>
    new Promise<void>((resolve) => {
      for (const res of open) res.destroy()
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return registry
}

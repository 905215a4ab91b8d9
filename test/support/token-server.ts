// A token server as ghcr.io and Docker Hub run one (distribution docs spec/auth/token.md):
// GET /token?service=…&scope=repository:<name>:pull[,push] with HTTP basic credentials →
// {"token": <JWT>}. The JWT is RS256-signed with a key whose self-signed certificate
// (made with openssl) is the registry's rootcertbundle; the header carries the certificate
// in `x5c`, which distribution 2.8 verifies against that bundle (registry/auth/token/token.go
// VerifySigningKey). Bad or missing credentials get 401, like a private package on ghcr.io.
import { execFileSync } from 'node:child_process'
import { createPrivateKey, randomUUID, sign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certFile: string
  /** Every token request: the user that asked (or null), the scopes, and whether it was granted. */
  requests: { user: string | null; scopes: string[]; granted: boolean }[]
  stop: () => Promise<void>
}

const b64url = (data: Buffer | string) =>
  Buffer.from(data).toString('base64url')

export async function startTokenServer(
  users: Record<string, string>
): Promise<TokenServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-token-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=isb-test-token-issuer'
    ],
    {
      stdio: 'ignore'
    }
  )
  const key = createPrivateKey(readFileSync(keyFile))
  const certDer = readFileSync(certFile, 'utf8').replace(
    /-----[^-]+-----|\s/g,
    ''
  )
  const service = 'isb-test-registry'
  const issuer = 'isb-test-token-issuer'
  const requests: TokenServer['requests'] = []

  const jwt = (user: string, scopes: string[]) => {
    const now = Math.floor(Date.now() / 1000)
    const access = scopes.map((scope) => {
      const [type, ...rest] = scope.split(':')
      const actions = rest.pop() as string
      return { type, name: rest.join(':'), actions: actions.split(',') }
    })
    const header = b64url(
      JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certDer] })
    )
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: user,
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access
      })
    )
    const signature = sign('sha256', Buffer.from(`${header}.${claims}`), key)
    return `${header}.${claims}.${b64url(signature)}`
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/token') {
      res.writeHead(404).end()
      return
    }
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean)
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')
    let user: string | null = null
    let ok = false
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      user = decoded.slice(0, colon)
      ok = colon > 0 && users[user] === decoded.slice(colon + 1)
    }
    ok = ok && url.searchParams.get('service') === service
    requests.push({ user, scopes, granted: ok })
    if (!ok) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }]
        })
      )
      return
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(
        JSON.stringify({ token: jwt(user as string, scopes), expires_in: 300 })
      )
  }

  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

// A small Distribution API v2 / OCI distribution client over global fetch: manifests and
// blobs by digest, with the auth dance registries expect (docs: distribution spec/auth/token.md).
// A 401 carries a WWW-Authenticate challenge: `Bearer realm=…,service=…,scope=…` (ghcr.io,
// Docker Hub, the token-auth registry in the tests) → fetch a token from the realm with the
// credentials as HTTP basic, then retry with it; `Basic realm=…` (htpasswd registries) →
// retry with the credentials. 429 and 5xx are retried with backoff, honouring Retry-After.
// Secrets go only into Authorization headers, never into messages or logs; whatever a
// server sends back is scrubbed of them before it is quoted (it may echo the request).
//
// Time and memory are bounded whatever the registry does (limits.ts): one deadline per
// request (headers and the whole body of a manifest, config or token), one per operation
// (all that one image read asks, retries and waits included; beginOperation), a gap and a
// total for a layer blob's stream; manifests, configs and tokens are read to at most
// JSON_DOCUMENT_LIMIT and error bodies to REGISTRY_ERROR_BODY_LIMIT, the rest left unread.

import { createHash } from 'node:crypto'
import { InputError } from '../../errors.js'
import {
  JSON_DOCUMENT_LIMIT,
  REGISTRY_BACKOFF_MS,
  REGISTRY_BLOB_IDLE_TIMEOUT_MS,
  REGISTRY_BLOB_TIMEOUT_MS,
  REGISTRY_ERROR_BODY_LIMIT,
  REGISTRY_MAX_RETRY_AFTER_MS,
  REGISTRY_OPERATION_TIMEOUT_MS,
  REGISTRY_REQUEST_TIMEOUT_MS,
  REGISTRY_RETRIES
} from '../../limits.js'
import { log } from '../../log.js'
import { addSecret, excerpt, scrub } from '../../messages.js'
import {
  credentialSearchLabel,
  findCredentials,
  type Credentials
} from './credentials.js'
import { isLoopback, schemeFor } from './reference.js'

export interface RegistryClientOptions {
  /** Hosts allowed plain HTTP besides loopback (see insecureRegistries). */
  insecure?: Set<string>
  env?: NodeJS.ProcessEnv
  /** Per request: its headers and, for manifests, configs and tokens, its whole body. */
  timeoutMs?: number
  /** For all the requests of one operation (beginOperation), retries and waits included. */
  operationTimeoutMs?: number
  /** For a whole layer blob read. */
  blobTimeoutMs?: number
  /** The longest a layer blob's stream may go without a byte. */
  blobIdleTimeoutMs?: number
  /** Retries after the first attempt for 429, 5xx and dropped connections. */
  retries?: number
  /** First backoff; it doubles per retry. */
  backoffMs?: number
  /** The longest Retry-After this waits; a longer one is cut to it. */
  maxRetryAfterMs?: number
  /** Given credentials instead of the docker config lookup; null for anonymous. */
  credentials?: Credentials | null
  /** How a retry waits `ms` (a timer by default); a test records the waits instead of timing them. */
  sleep?: (ms: number) => Promise<unknown>
}

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/** Parses a WWW-Authenticate value: `Bearer realm="https://…",service="…",scope="…"`. */
export function parseChallenge(header: string): Challenge | undefined {
  const head = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header)
  if (!head) return undefined
  const params: Record<string, string> = {}
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g
  for (const m of head[2].matchAll(re))
    params[m[1].toLowerCase()] =
      m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]
  return { scheme: head[1].toLowerCase(), params }
}

/** Milliseconds to wait for a Retry-After value (seconds or an HTTP date), or undefined. */
export function retryAfterMs(
  value: string | null,
  now = Date.now()
): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

/** The reason a request is aborted when its time is up (fetch and body reads reject with it). */
class RequestTimeout extends Error {
  override name = 'RequestTimeout'
  constructor(readonly limitMs: number) {
    super(`no answer within ${seconds(limitMs)}`)
  }
}

/** A request in flight: its abort switch and timer, kept until its body is read or dropped. */
interface Clock {
  controller: AbortController
  timer: NodeJS.Timeout
  started: number
  limitMs: number
  url: URL
  what: string
}

export interface ManifestResponse {
  mediaType: string
  digest: string
  body: Buffer
}

export class RegistryClient {
  readonly baseUrl: string
  private readonly options: Required<
    Omit<RegistryClientOptions, 'credentials' | 'insecure' | 'env' | 'sleep'>
  >
  private readonly insecure: Set<string>
  private readonly env: NodeJS.ProcessEnv
  private credentials: Credentials | null | undefined
  private readonly tokens = new Map<string, string>()
  private basicAsked = false
  private readonly clocks = new WeakMap<Response, Clock>()
  /** The operation under way (beginOperation): what it reads, for messages, and its deadline. */
  private operation?: { what: string; started: number; deadline: number }

  constructor(
    readonly registry: string,
    options: RegistryClientOptions = {}
  ) {
    this.insecure = options.insecure ?? new Set()
    this.env = options.env ?? process.env
    this.baseUrl = `${schemeFor(registry, this.insecure)}://${registry}`
    this.credentials = options.credentials
    this.options = {
      timeoutMs: options.timeoutMs ?? REGISTRY_REQUEST_TIMEOUT_MS,
      operationTimeoutMs:
        options.operationTimeoutMs ?? REGISTRY_OPERATION_TIMEOUT_MS,
      blobTimeoutMs: options.blobTimeoutMs ?? REGISTRY_BLOB_TIMEOUT_MS,
      blobIdleTimeoutMs:
        options.blobIdleTimeoutMs ?? REGISTRY_BLOB_IDLE_TIMEOUT_MS,
      retries: options.retries ?? REGISTRY_RETRIES,
      backoffMs: options.backoffMs ?? REGISTRY_BACKOFF_MS,
      maxRetryAfterMs: options.maxRetryAfterMs ?? REGISTRY_MAX_RETRY_AFTER_MS
    }
    this.sleep = options.sleep ?? sleep
  }

  private readonly sleep: (ms: number) => Promise<unknown>

  /**
   * Starts an operation: everything asked from now until the next beginOperation (token,
   * manifests, config; not layer blobs, which have their own bounds) shares one deadline.
   * `what` names the image in messages.
   */
  beginOperation(what: string): void {
    const now = Date.now()
    this.operation = {
      what,
      started: now,
      deadline: now + this.options.operationTimeoutMs
    }
  }

  private remainingMs(): number {
    return this.operation ? this.operation.deadline - Date.now() : Infinity
  }

  /** `the manifest 1.0 of 127.0.0.1:5000/team/app:1.0`: what a request is for, and which image. */
  private describe(what: string): string {
    return this.operation ? `${what} of ${this.operation.what}` : what
  }

  private async creds(): Promise<Credentials | null> {
    if (this.credentials === undefined) {
      this.credentials =
        (await findCredentials(this.registry, { env: this.env })) ?? null
      // Given ones too (options.credentials): whatever a server echoes of them is masked.
      for (const secret of [
        this.credentials?.password,
        this.credentials?.identityToken
      ])
        addSecret(secret)
      if (this.credentials?.password !== undefined)
        addSecret(
          Buffer.from(
            `${this.credentials.username}:${this.credentials.password}`
          ).toString('base64')
        )
    }
    return this.credentials
  }

  /** Which credentials were tried, for a message: never the secret. */
  private async triedText(): Promise<string> {
    const creds = await this.creds()
    return creds
      ? creds.source
      : `no credentials (none for ${this.registry} in ${credentialSearchLabel(this.env)})`
  }

  private allowedUrl(url: URL): boolean {
    if (url.protocol === 'https:') return true
    return (
      url.protocol === 'http:' && schemeFor(url.host, this.insecure) === 'http'
    )
  }

  /**
   * fetch with retries on 429/5xx/dropped connections and redirects followed by hand, so that
   * Authorization never follows a redirect to another origin (blob stores behind signed URLs).
   */
  private async send(
    url: URL,
    headers: Record<string, string>,
    what: string,
    method = 'GET',
    body?: string,
    inOperation = true
  ): Promise<Response> {
    let current = url
    let currentHeaders = headers
    for (let redirects = 0; ; redirects++) {
      const response = await this.sendOnce(
        current,
        currentHeaders,
        what,
        method,
        body,
        inOperation
      )
      if (![301, 302, 303, 307, 308].includes(response.status)) return response
      const location = response.headers.get('location')
      await this.discard(response)
      if (!location || redirects >= 5)
        throw new InputError({
          input: this.registry,
          problem: `registry ${this.registry} redirected ${current.pathname} too often or without a Location`
        })
      const next = new URL(location, current)
      if (!this.allowedUrl(next)) {
        throw new InputError({
          input: this.registry,
          problem: `registry ${this.registry} redirected to ${next.origin} over plain HTTP`,
          fix: `allow it with --insecure-registry ${next.host} if that is intended`
        })
      }
      if (next.origin !== current.origin) {
        const { authorization: _dropped, ...rest } = currentHeaders
        currentHeaders = rest
      }
      current = next
    }
  }

  private async sendOnce(
    url: URL,
    headers: Record<string, string>,
    what: string,
    method: string,
    body: string | undefined,
    inOperation: boolean
  ): Promise<Response> {
    const firstTry = Date.now()
    // A layer blob is outside the operation's deadline (it has its own bounds); its retries are bounded by count.
    const remaining = () => (inOperation ? this.remainingMs() : Infinity)
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.options.retries
      const left = remaining()
      if (left <= 0) throw this.outOfTime(url, what, firstTry)
      const limitMs = Math.min(this.options.timeoutMs, left)
      const controller = new AbortController()
      const timer = setTimeout(
        () => controller.abort(new RequestTimeout(limitMs)),
        limitMs
      )
      timer.unref()
      const started = Date.now()
      let response: Response
      try {
        log.debug(
          `registry: ${method} ${url.href}${attempt ? ` (retry ${attempt})` : ''}`
        )
        response = await fetch(url, {
          method,
          headers,
          body,
          redirect: 'manual',
          signal: controller.signal
        })
      } catch (error) {
        clearTimeout(timer)
        if (error instanceof RequestTimeout) {
          // Not retried: a registry that hung once hangs again, and the wait was the request's whole limit.
          if (limitMs < this.options.timeoutMs)
            throw this.outOfTime(url, what, firstTry)
          throw new InputError({
            input: this.registry,
            problem: `registry ${this.registry} sent no answer for ${this.describe(what)} within ${seconds(limitMs)} (${method} ${url.pathname}; waited ${seconds(Date.now() - firstTry)} in all).`,
            fix: `Check that the registry is up and reachable${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}, then run again.`
          })
        }
        const cause = (error as { cause?: { code?: string; message?: string } })
          .cause
        const code = cause?.code ?? (error as Error).name
        const transient = [
          'ECONNRESET',
          'UND_ERR_SOCKET',
          'EPIPE',
          'ETIMEDOUT'
        ].includes(code ?? '')
        const wait = this.options.backoffMs * 2 ** attempt
        if (!transient || last || wait >= remaining()) {
          const said = scrub(cause?.message ?? (error as Error).message)
          throw new InputError({
            input: this.registry,
            problem: `cannot reach registry ${this.registry} at ${url.origin} for ${this.describe(what)}: ${excerpt(said, 200)}.`,
            fix: `Check the registry name and that it is up${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}.`
          })
        }
        await this.sleep(wait)
        continue
      }
      if ((response.status === 429 || response.status >= 500) && !last) {
        const asked = retryAfterMs(response.headers.get('retry-after'))
        const wait = Math.min(
          asked ?? this.options.backoffMs * 2 ** attempt,
          this.options.maxRetryAfterMs
        )
        // A wait that would outlast the operation is not made: the status is the answer.
        if (wait < remaining()) {
          log.debug(
            `registry: ${response.status} from ${url.pathname}; waiting ${wait} ms`
          )
          clearTimeout(timer)
          await response.body?.cancel().catch(() => undefined)
          await this.sleep(wait)
          continue
        }
      }
      this.clocks.set(response, {
        controller,
        timer,
        started,
        limitMs,
        url,
        what
      })
      return response
    }
  }

  /** The operation's time is spent. */
  private outOfTime(url: URL, what: string, firstTry: number): InputError {
    const spent = this.operation
      ? Date.now() - this.operation.started
      : Date.now() - firstTry
    return new InputError({
      input: this.registry,
      problem: `registry ${this.registry} did not give ${this.describe(what)} in time: ${seconds(spent)} spent on this image, and at most ${seconds(this.options.operationTimeoutMs)} are allowed (${url.pathname}).`,
      fix: 'The registry is too slow or keeps failing; check it, then run again.'
    })
  }

  /** Drops a response's body unread and stops its clock. */
  private async discard(response: Response): Promise<void> {
    const clock = this.clocks.get(response)
    if (clock) clearTimeout(clock.timer)
    await response.body?.cancel().catch(() => undefined)
  }

  /**
   * A response's body, read within its request's deadline and to at most `limit` bytes: a
   * body declared or found larger is refused (and left unread), a body that stalls ends in
   * an InputError saying how much came and how long was waited.
   */
  private async readBody(
    response: Response,
    limit: number,
    what: string
  ): Promise<Buffer> {
    const clock = this.clocks.get(response)
    const tooLarge = (bytes: number, declared: boolean) =>
      new InputError({
        input: this.registry,
        problem: `registry ${this.registry} sent ${this.describe(what)} of ${declared ? '' : 'more than '}${bytes} bytes; at most ${limit} bytes (${Math.round(limit / 1024 / 1024)} MiB) are read for one manifest, config or token, so this is not an image as registries serve them.`,
        fix: 'Check the image reference.'
      })
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (Number.isFinite(declared) && declared > limit) {
      await this.discard(response)
      throw tooLarge(declared, true)
    }
    const chunks: Uint8Array[] = []
    let total = 0
    try {
      if (!response.body) return Buffer.alloc(0)
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        total += value.length
        if (total > limit) {
          await reader.cancel().catch(() => undefined)
          throw tooLarge(limit, false)
        }
        chunks.push(value)
      }
    } catch (error) {
      if (error instanceof InputError) throw error
      if (error instanceof RequestTimeout && clock) {
        throw new InputError({
          input: this.registry,
          problem: `registry ${this.registry} stopped sending ${this.describe(what)}: ${total} bytes came, then nothing until the request's ${seconds(clock.limitMs)} were up (waited ${seconds(Date.now() - clock.started)}; ${clock.url.pathname}).`,
          fix: 'Check that the registry is healthy, then run again.'
        })
      }
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} broke off ${this.describe(what)} after ${total} bytes: ${excerpt(scrub((error as Error).message), 200)}.`,
        fix: 'Run again; if it persists, check the registry.'
      })
    } finally {
      if (clock) clearTimeout(clock.timer)
    }
    return Buffer.concat(chunks)
  }

  private async token(
    challenge: Challenge,
    repository: string,
    inOperation = true
  ): Promise<string> {
    const scope = challenge.params.scope || `repository:${repository}:pull`
    const cached = this.tokens.get(scope)
    if (cached) return cached
    const realm = challenge.params.realm
    if (!realm)
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} asked for a bearer token without naming its token server (realm)`
      })
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} named a token server that is not a URL: ${realm}`
      })
    }
    if (!this.allowedUrl(url)) {
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} sends token requests to ${url.origin} over plain HTTP`,
        fix: `allow it with --insecure-registry ${url.host} if that is intended`
      })
    }
    const creds = await this.creds()
    const headers: Record<string, string> = { accept: 'application/json' }
    let response: Response
    if (creds?.identityToken) {
      // OAuth2 refresh-token grant (distribution spec/auth/oauth.md), as docker does for identity tokens.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        client_id: 'image-size-budget',
        scope
      })
      if (challenge.params.service)
        form.set('service', challenge.params.service)
      headers['content-type'] = 'application/x-www-form-urlencoded'
      response = await this.send(
        url,
        headers,
        `a token from ${url.origin}`,
        'POST',
        form.toString(),
        inOperation
      )
    } else {
      if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service)
      url.searchParams.set('scope', scope)
      if (creds?.password !== undefined)
        headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
      response = await this.send(
        url,
        headers,
        `a token from ${url.origin}`,
        'GET',
        undefined,
        inOperation
      )
    }
    if (response.status === 401 || response.status === 403) {
      await this.discard(response)
      throw await this.authError(
        response.status,
        repository,
        `its token server ${url.origin}`
      )
    }
    if (!response.ok) {
      await this.discard(response)
      throw new InputError({
        input: this.registry,
        problem: `the token server ${url.origin} of registry ${this.registry} answered ${response.status} ${response.statusText} for ${scope}`
      })
    }
    let parsed: { token?: unknown; access_token?: unknown }
    const body = await this.readBody(
      response,
      JSON_DOCUMENT_LIMIT,
      `a token from ${url.origin}`
    )
    try {
      parsed = JSON.parse(body.toString('utf8')) as {
        token?: unknown
        access_token?: unknown
      }
    } catch {
      throw new InputError({
        input: this.registry,
        problem: `the token server ${url.origin} of registry ${this.registry} answered with something that is not JSON`
      })
    }
    const token =
      typeof parsed?.token === 'string'
        ? parsed.token
        : typeof parsed?.access_token === 'string'
          ? parsed.access_token
          : undefined
    if (!token)
      throw new InputError({
        input: this.registry,
        problem: `the token server ${url.origin} of registry ${this.registry} gave no token for ${scope}`
      })
    addSecret(token)
    this.tokens.set(scope, token)
    this.tokens.set(`repository:${repository}:pull`, token)
    return token
  }

  private async authError(
    status: number,
    repository: string,
    where = ''
  ): Promise<InputError> {
    const tried = await this.triedText()
    const verdict = status === 403 ? 'denied access' : 'refused the credentials'
    return new InputError({
      input: this.registry,
      problem: `registry ${this.registry}${where ? ` (${where})` : ''} ${verdict} to pull ${repository} (${status}); tried ${tried}.`,
      fix: `Log in with "docker login ${this.registry}" (or set DOCKER_CONFIG), and check that the account may pull ${repository}.`
    })
  }

  private async basicHeader(): Promise<string | undefined> {
    const creds = await this.creds()
    if (!creds || creds.password === undefined) return undefined
    return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
  }

  /** GET a path of `/v2/<repository>/…`, authenticating as the registry asks. `what` names it in messages. */
  async get(
    repository: string,
    path: string,
    accept: string,
    what: string,
    inOperation = true
  ): Promise<Response> {
    const url = new URL(`${this.baseUrl}/v2/${repository}/${path}`)
    const headers: Record<string, string> = { accept }
    const token = this.tokens.get(`repository:${repository}:pull`)
    if (token) headers.authorization = `Bearer ${token}`
    else if (this.basicAsked) {
      const basic = await this.basicHeader()
      if (basic) headers.authorization = basic
    }
    // Sent again with the headers as they are then, once authentication is settled.
    const send = () =>
      this.send(url, headers, what, 'GET', undefined, inOperation)
    let response = await send()
    if (response.status === 401 && token) {
      // A cached token expired during a long read: forget it and answer the new challenge.
      this.tokens.clear()
      delete headers.authorization
    }
    if (response.status === 401 && !headers.authorization) {
      const challenge = parseChallenge(
        response.headers.get('www-authenticate') ?? ''
      )
      await this.discard(response)
      if (challenge?.scheme === 'bearer') {
        headers.authorization = `Bearer ${await this.token(challenge, repository, inOperation)}`
      } else if (challenge?.scheme === 'basic') {
        this.basicAsked = true
        const basic = await this.basicHeader()
        if (!basic) throw await this.authError(401, repository)
        headers.authorization = basic
      } else {
        throw await this.authError(401, repository)
      }
      response = await send()
    }
    if (response.status === 401 || response.status === 403) {
      await this.discard(response)
      throw await this.authError(response.status, repository)
    }
    return response
  }

  /** A manifest or index by tag or digest, with the digest checked when the ref pins one. */
  async getManifest(
    repository: string,
    reference: string,
    accept: string[]
  ): Promise<ManifestResponse> {
    const what = `the manifest ${reference}`
    const response = await this.get(
      repository,
      `manifests/${reference}`,
      accept.join(', '),
      what
    )
    if (response.status === 404) {
      await this.discard(response)
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} has no ${reference.startsWith('sha256:') ? 'manifest' : 'tag'} "${reference}" in ${repository}.`,
        fix: 'Check the name and tag (was it pushed?).'
      })
    }
    if (!response.ok)
      throw await this.unexpected(
        response,
        `manifest ${reference} of ${repository}`
      )
    const body = await this.readBody(response, JSON_DOCUMENT_LIMIT, what)
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} returned a manifest for ${repository}@${reference} whose digest is ${digest}; refusing it`
      })
    }
    const mediaType = (response.headers.get('content-type') ?? '')
      .split(';')[0]
      .trim()
    return { mediaType, digest, body }
  }

  /** A small blob (an image config), read whole and checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const what = `the config blob ${digest}`
    const response = await this.get(repository, `blobs/${digest}`, '*/*', what)
    if (!response.ok)
      throw await this.unexpected(response, `blob ${digest} of ${repository}`)
    const body = await this.readBody(response, JSON_DOCUMENT_LIMIT, what)
    const actual = `sha256:${createHash('sha256').update(body).digest('hex')}`
    if (actual !== digest)
      throw new InputError({
        input: this.registry,
        problem: `registry ${this.registry} returned blob ${digest} of ${repository} with digest ${actual}; refusing it`
      })
    return body
  }

  /**
   * A layer blob as a stream, for reading its contents without storing it. Its headers come
   * within the request timeout (and the operation's time, as any request); then the stream
   * fails with an InputError when the registry sends nothing for blobIdleTimeoutMs, or has
   * not finished after blobTimeoutMs.
   */
  async openBlob(
    repository: string,
    digest: string
  ): Promise<ReadableStream<Uint8Array>> {
    const what = `the layer blob ${digest}`
    const response = await this.get(
      repository,
      `blobs/${digest}`,
      '*/*',
      what,
      false
    )
    if (!response.ok || !response.body)
      throw await this.unexpected(response, `blob ${digest} of ${repository}`)
    const clock = this.clocks.get(response)
    if (clock) clearTimeout(clock.timer)
    const abort = (reason: string) =>
      clock?.controller.abort(
        new InputError({
          input: this.registry,
          problem: `registry ${this.registry} ${reason} (${this.describe(what)}).`,
          fix: 'Check the registry, then run again.'
        })
      )
    const opened = Date.now()
    const total = setTimeout(
      () =>
        abort(
          `did not finish sending a layer within ${seconds(this.options.blobTimeoutMs)}`
        ),
      this.options.blobTimeoutMs
    )
    total.unref()
    let idle: NodeJS.Timeout | undefined
    const stop = () => {
      clearTimeout(total)
      clearTimeout(idle)
    }
    const reader = response.body.getReader()
    const idleMs = this.options.blobIdleTimeoutMs
    let bytes = 0
    return new ReadableStream<Uint8Array>({
      // Only time spent waiting on the registry counts as idle: the timer runs while a read is pending.
      pull: async (controller) => {
        idle = setTimeout(
          () =>
            abort(
              `stopped sending a layer: ${bytes} bytes came, then nothing for ${seconds(idleMs)} (after ${seconds(Date.now() - opened)})`
            ),
          idleMs
        )
        idle.unref()
        try {
          const { done, value } = await reader.read()
          clearTimeout(idle)
          if (done) {
            stop()
            controller.close()
            return
          }
          bytes += value.length
          controller.enqueue(value)
        } catch (error) {
          stop()
          controller.error(
            error instanceof InputError
              ? error
              : new InputError({
                  input: this.registry,
                  problem: `registry ${this.registry} broke off ${this.describe(what)} after ${bytes} bytes: ${excerpt(scrub((error as Error).message), 200)}`
                })
          )
        }
      },
      cancel: async (reason) => {
        stop()
        await reader.cancel(reason).catch(() => undefined)
      }
    })
  }

  private async unexpected(
    response: Response,
    what: string
  ): Promise<InputError> {
    // Registry error bodies are `{"errors":[{"code","message"}]}`: their codes help. A server
    // may echo the request (its Authorization header) in them: scrubbed, cut, read to a bound.
    let detail = ''
    try {
      const body = await this.readSome(response, REGISTRY_ERROR_BODY_LIMIT)
      const parsed = JSON.parse(body.toString('utf8')) as {
        errors?: { code?: string; message?: string }[]
      }
      detail = (Array.isArray(parsed?.errors) ? parsed.errors : [])
        .slice(0, 3)
        .map((e) =>
          [e?.code, e?.message]
            .filter((part) => typeof part === 'string' && part)
            .join(': ')
        )
        .join('; ')
    } catch {
      // not JSON: the status says enough
    }
    detail = excerpt(scrub(detail), 300)
    const fix =
      response.status >= 500
        ? 'The registry itself failed; run again later, or ask its operator'
        : response.status === 429
          ? 'The registry is limiting requests; run again later'
          : 'Check the image reference, and that the account may pull it'
    return new InputError({
      input: this.registry,
      problem: `registry ${this.registry} answered ${response.status} ${response.statusText} for ${what}${detail ? ` (${detail})` : ''}.`,
      fix: `${fix}.`
    })
  }

  /** Up to `limit` bytes of a body, the rest dropped unread; whatever came when it fails or stalls. */
  private async readSome(response: Response, limit: number): Promise<Buffer> {
    const clock = this.clocks.get(response)
    const chunks: Uint8Array[] = []
    let total = 0
    try {
      const reader = response.body?.getReader()
      while (reader && total < limit) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        total += value.length
      }
      if (total >= limit) await reader?.cancel().catch(() => undefined)
    } catch {
      // a body that breaks off: what came is all there is
    } finally {
      if (clock) clearTimeout(clock.timer)
    }
    return Buffer.concat(chunks).subarray(0, limit)
  }
}

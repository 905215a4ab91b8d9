// An engine image's `docker save` archive, streamed to a consumer chunk by chunk: straight
// from the engine's API (`GET /images/get`, the endpoint `docker save` itself calls) when the
// engine listens on a plain unix or tcp socket, else through the docker CLI.
//
// Why not always the CLI: with the CLI every byte of the archive is copied once more, from
// the engine into the CLI and from the CLI through a pipe into us. Measured on a 727 MB image
// (bench/files.mjs): `docker save | cat > /dev/null` takes 1.13x `docker save > /dev/null`
// before any analysis, so "at most 1.1x docker save" cannot be met that way; read from the
// engine's socket it takes 1.0x. And a stream or pipe read by Node allocates a new buffer
// for every read, which for hundreds of MB is what set the peak memory; here every read goes
// into one buffer (net.Socket `onread`, Node's API for that), so a chunk handed to the
// consumer is valid only during the call and the consumer copies whatever it keeps.
//
// The HTTP/1.1 response (status line, headers, chunked or sized body) is parsed here by hand
// because Node's http client cannot read into a caller's buffer (it allocates per read: 150
// MB peak on the same image, against 55 MB). Which engine: the docker CLI's own order
// (DOCKER_CONTEXT, then DOCKER_HOST, then the config's currentContext, then the default
// socket); endpoints that need TLS or ssh, or a client other than docker
// (IMAGE_SIZE_BUDGET_DOCKER), go through the CLI, which knows how to reach them.

import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { homedir } from 'node:os'
import path from 'node:path'
import { InputError } from '../errors.js'
import { log } from '../log.js'
import { DockerCommandError, streamDocker } from './docker.js'
import {
  engineFailure,
  engineReadError,
  type EngineFailure
} from './engine-errors.js'

export type Consume = (chunk: Buffer) => void | Promise<void>

/** How an export ended. `error` is set when it failed: what failed, in the engine's or docker's words. */
export interface ExportResult {
  /** `api` (the engine's socket) or `cli` (`docker save`). */
  via: 'api' | 'cli'
  /** The engine's or the CLI's complaint, when the export failed before or while streaming. */
  failure?: EngineFailure
  /** What `consume` threw, if it did (the export was then stopped). */
  consumeError?: unknown
}

export type EngineEndpoint =
  { socketPath: string } | { host: string; port: number }

/**
 * The engine's address when it can be opened as a plain socket, the way the docker CLI picks
 * it; undefined when only the CLI can reach it (TLS, ssh, a context we cannot read, another
 * client) or when IMAGE_SIZE_BUDGET_ENGINE_EXPORT=cli asks for the CLI.
 */
export function engineEndpoint(
  env: NodeJS.ProcessEnv = process.env
): EngineEndpoint | undefined {
  if (env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT === 'cli') return undefined
  if (
    env.IMAGE_SIZE_BUDGET_DOCKER &&
    path.basename(env.IMAGE_SIZE_BUDGET_DOCKER) !== 'docker'
  )
    return undefined
  const configDir = env.DOCKER_CONFIG || path.join(homedir(), '.docker')
  // docker/cli cli/command/cli.go resolveContextName: DOCKER_CONTEXT, then DOCKER_HOST (the
  // default context), then the config file's currentContext.
  let context = env.DOCKER_CONTEXT
  if (!context && env.DOCKER_HOST)
    return parseHost(env.DOCKER_HOST, env.DOCKER_TLS_VERIFY)
  if (!context) {
    try {
      const config = JSON.parse(
        readFileSync(path.join(configDir, 'config.json'), 'utf8')
      ) as { currentContext?: unknown }
      if (typeof config.currentContext === 'string')
        context = config.currentContext
    } catch {
      // no config file: the default context
    }
  }
  if (!context || context === 'default')
    return parseHost(
      env.DOCKER_HOST || 'unix:///var/run/docker.sock',
      env.DOCKER_TLS_VERIFY
    )
  // A named context: contexts/meta/<sha256 of the name>/meta.json; its TLS material, if any, under contexts/tls/.
  const id = createHash('sha256').update(context).digest('hex')
  if (existsSync(path.join(configDir, 'contexts', 'tls', id))) return undefined
  try {
    const meta = JSON.parse(
      readFileSync(
        path.join(configDir, 'contexts', 'meta', id, 'meta.json'),
        'utf8'
      )
    ) as {
      Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } }
    }
    const host = meta.Endpoints?.docker?.Host
    return typeof host === 'string' ? parseHost(host, undefined) : undefined
  } catch {
    return undefined
  }
}

function parseHost(
  host: string,
  tlsVerify: string | undefined
): EngineEndpoint | undefined {
  if (host.startsWith('unix://'))
    return { socketPath: host.slice('unix://'.length) }
  const tcp = /^tcp:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(host)
  if (tcp && !tlsVerify)
    return {
      host: tcp[1].replace(/^\[|\]$/g, ''),
      port: Number(tcp[2] ?? 2375)
    }
  return undefined
}

/**
 * Streams the `docker save` archive of `ref` into `consume`, in order; when `consume`
 * returns a promise, reading pauses until it settles. Resolves when the archive has ended or
 * the export failed (see ExportResult); rejects, with an InputError, only when docker cannot be run at all.
 */
export async function exportImage(
  ref: string,
  consume: Consume
): Promise<ExportResult> {
  const endpoint = engineEndpoint()
  if (endpoint) {
    const socket = await open(endpoint).catch(
      (error: NodeJS.ErrnoException) => {
        // Nothing listens there: the CLI says what is wrong in its own words (or knows better).
        log.debug(
          `engine export: cannot open ${describe(endpoint)} (${error.code ?? error.message}); using docker save`
        )
        return undefined
      }
    )
    if (socket)
      return { via: 'api', ...(await readExport(socket, ref, consume)) }
  }
  let result
  try {
    result = await streamDocker(['save', ref], consume)
  } catch (error) {
    // docker could not be started: its message says what to install.
    if (error instanceof DockerCommandError)
      throw new InputError({ input: ref, problem: error.message })
    throw error
  }
  const stopped =
    result.consumeError !== undefined
      ? { consumeError: result.consumeError }
      : {}
  // Stopped by the consumer, docker may still complain (a broken pipe): the consumer's reason is the one that counts.
  if (result.exitCode === 0 || result.consumeError !== undefined)
    return { via: 'cli', ...stopped }
  const message =
    result.stderr.trim() || `docker save exited with code ${result.exitCode}`
  return {
    via: 'cli',
    failure: engineFailure(message)
  }
}

/** The user's error for a failed export, naming what to do: build or pull the image, start an engine. */
export function exportFailureError(
  ref: string,
  failure: EngineFailure
): InputError {
  return engineReadError(ref, failure, 'docker save')
}

const describe = (endpoint: EngineEndpoint) =>
  'socketPath' in endpoint
    ? `unix://${endpoint.socketPath}`
    : `tcp://${endpoint.host}:${endpoint.port}`

const READ_BUFFER_BYTES = 256 * 1024
const HEAD_LIMIT = 64 * 1024

interface OpenSocket {
  socket: Socket
  /** Set by readExport: receives each read, as a view of the one reused buffer. */
  onRead: { callback: (chunk: Buffer) => boolean }
}

function open(endpoint: EngineEndpoint): Promise<OpenSocket> {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
  const onRead: OpenSocket['onRead'] = { callback: () => true }
  return new Promise((resolve, reject) => {
    const onread = {
      buffer,
      callback: (n: number) => onRead.callback(buffer.subarray(0, n))
    }
    const socket =
      'socketPath' in endpoint
        ? connect({ path: endpoint.socketPath, onread })
        : connect({ host: endpoint.host, port: endpoint.port, onread })
    socket.once('error', reject)
    socket.once('connect', () => {
      socket.off('error', reject)
      socket.pause()
      resolve({ socket, onRead })
    })
  })
}

/** One HTTP/1.1 exchange: the request, then the response parsed from each read as it comes. */
function readExport(
  { socket, onRead }: OpenSocket,
  ref: string,
  consume: Consume
): Promise<Omit<ExportResult, 'via'>> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: Omit<ExportResult, 'via'>) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(result)
    }
    const fail = (message: string, notFound = false) =>
      finish({ failure: { message, notFound, noEngine: false } })

    let head: Buffer | undefined = Buffer.alloc(0)
    let status = 0
    let body: BodyReader | undefined
    let errorBody: Buffer[] | undefined
    let errorBytes = 0

    const onBody = (data: Buffer): void | Promise<void> => {
      if (errorBody) {
        if (errorBytes < HEAD_LIMIT) errorBody.push(Buffer.from(data))
        errorBytes += data.length
        return
      }
      return consume(data)
    }
    const ended = () => {
      if (errorBody) {
        const text = Buffer.concat(errorBody).toString('utf8')
        let message = text.trim()
        try {
          const parsed = JSON.parse(text) as { message?: unknown }
          if (typeof parsed.message === 'string') message = parsed.message
        } catch {
          // not JSON: the text as it is
        }
        return fail(
          message || `the engine answered HTTP ${status}`,
          status === 404
        )
      }
      finish({})
    }

    /** Handles bytes [from, chunk.length) of a read; returns false to pause the socket. */
    const handle = (chunk: Buffer, from: number): boolean => {
      let pos = from
      if (head !== undefined) {
        // Headers are small and may span reads: they are the only bytes copied.
        head = Buffer.concat([head, chunk.subarray(pos)])
        const end = head.indexOf('\r\n\r\n')
        if (end < 0) {
          if (head.length > HEAD_LIMIT)
            fail('the engine sent an HTTP response without an end of headers')
          return true
        }
        const parsed = parseHead(head.subarray(0, end).toString('latin1'))
        if (!parsed) {
          fail(
            `the engine's answer is not HTTP: ${JSON.stringify(head.subarray(0, 80).toString('latin1'))}`
          )
          return false
        }
        status = parsed.status
        if (status !== 200) errorBody = []
        body = parsed.chunked
          ? new ChunkedBody(onBody)
          : new SizedBody(onBody, parsed.length)
        const rest = head.subarray(end + 4)
        head = undefined
        chunk = rest
        pos = 0
      }
      try {
        const pending = body!.feed(chunk, pos)
        if (body!.done) {
          if (pending)
            pending.then(ended, (error: unknown) =>
              finish({ consumeError: error })
            )
          else ended()
          return false
        }
        if (!pending) return true
        pending.then(
          () => {
            if (settled) return
            // The rest of this read may have held the body's end.
            if (body!.done) ended()
            else socket.resume()
          },
          (error: unknown) => finish({ consumeError: error })
        )
        return false
      } catch (error) {
        if (error instanceof HttpBodyError) fail(error.message)
        else finish({ consumeError: error })
        return false
      }
    }
    onRead.callback = (chunk) => !settled && handle(chunk, 0)
    socket.on('error', (error) =>
      fail(`reading the image from the engine failed: ${error.message}`)
    )
    socket.on('close', () =>
      fail('the engine closed the connection before the archive was complete')
    )
    socket.on('end', () => {
      if (settled) return
      if (body && body.endsAtClose) return ended()
      fail(
        head !== undefined
          ? 'the engine closed the connection without an answer'
          : 'the engine ended the export before the archive was complete'
      )
    })
    socket.write(
      `GET /images/get?names=${encodeURIComponent(ref)} HTTP/1.1\r\nHost: docker\r\nUser-Agent: image-size-budget\r\nAccept: application/x-tar\r\nConnection: close\r\n\r\n`
    )
    socket.resume()
  })
}

function parseHead(
  text: string
): { status: number; chunked: boolean; length?: number } | undefined {
  const lines = text.split('\r\n')
  const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0])
  if (!statusLine) return undefined
  let chunked = false
  let length: number | undefined
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (name === 'transfer-encoding' && /chunked/i.test(value)) chunked = true
    if (name === 'content-length' && /^\d+$/.test(value)) length = Number(value)
  }
  return {
    status: Number(statusLine[1]),
    chunked,
    ...(length !== undefined ? { length } : {})
  }
}

class HttpBodyError extends Error {}

interface BodyReader {
  /** Feeds bytes [from, end) of a read; a promise when the consumer asked to wait (the rest of the read is fed after it). */
  feed(chunk: Buffer, from: number): void | Promise<void>
  readonly done: boolean
  /** True when the body is delimited by the connection's end (no length, not chunked). */
  readonly endsAtClose: boolean
}

/** A body with a Content-Length, or one that runs to the end of the connection. */
class SizedBody implements BodyReader {
  private remaining: number
  constructor(
    private readonly onData: Consume,
    length: number | undefined
  ) {
    this.remaining = length ?? Infinity
  }
  get done() {
    return this.remaining === 0
  }
  get endsAtClose() {
    return this.remaining === Infinity
  }
  feed(chunk: Buffer, from: number): void | Promise<void> {
    const n = Math.min(chunk.length - from, this.remaining)
    if (n <= 0) return
    this.remaining -= n
    return this.onData(chunk.subarray(from, from + n))
  }
}

/** Transfer-Encoding: chunked (RFC 9112 section 7.1): `<hex size>[;ext]\r\n<data>\r\n`, … `0\r\n<trailers>\r\n`. */
class ChunkedBody implements BodyReader {
  private state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size'
  private line = ''
  private remaining = 0
  readonly endsAtClose = false
  constructor(private readonly onData: Consume) {}
  get done() {
    return this.state === 'done'
  }
  feed(chunk: Buffer, from: number): void | Promise<void> {
    let pos = from
    while (pos < chunk.length && this.state !== 'done') {
      if (this.state === 'data') {
        const n = Math.min(this.remaining, chunk.length - pos)
        this.remaining -= n
        const part = chunk.subarray(pos, pos + n)
        pos += n
        if (this.remaining === 0) this.state = 'data-end'
        const pending = this.onData(part)
        if (pending) return pending.then(() => this.feed(chunk, pos))
        continue
      }
      // Size lines, the CRLF after data and trailer lines: read up to the next LF.
      const lf = chunk.indexOf(0x0a, pos)
      const end = lf < 0 ? chunk.length : lf
      this.line += chunk.toString('latin1', pos, end)
      if (this.line.length > 4096)
        throw new HttpBodyError(
          'the engine sent a malformed chunked body (a line too long)'
        )
      pos = end
      if (lf < 0) break
      pos++
      const line = this.line.replace(/\r$/, '')
      this.line = ''
      if (this.state === 'data-end') {
        if (line !== '')
          throw new HttpBodyError(
            'the engine sent a malformed chunked body (data longer than its chunk size)'
          )
        this.state = 'size'
      } else if (this.state === 'size') {
        const size = /^([0-9a-fA-F]{1,12})(?:;.*)?$/.exec(line.trim())
        if (!size)
          throw new HttpBodyError(
            `the engine sent a malformed chunked body (chunk size ${JSON.stringify(line.slice(0, 20))})`
          )
        this.remaining = parseInt(size[1], 16)
        this.state = this.remaining === 0 ? 'trailer' : 'data'
      } else if (this.state === 'trailer' && line === '') {
        this.state = 'done'
      }
    }
  }
}

// A small Distribution API v2 / OCI distribution client over global fetch: manifests and
// blobs by digest, with the auth dance registries expect (docs: distribution spec/auth/token.md).
// A 401 carries a WWW-Authenticate challenge: `Bearer realm=…,service=…,scope=…` (ghcr.io,
// Docker Hub, the token-auth registry in the tests) → fetch a token from the realm with the
// credentials as HTTP basic, then retry with it; `Basic realm=…` (htpasswd registries) →
// retry with the credentials. 429 and 5xx are retried with backoff, honouring Retry-After.
// Secrets go only into Authorization headers, never into messages or logs.

import { createHash } from 'node:crypto';
import { InputError } from '../../errors.js';
import { log } from '../../log.js';
import { credentialSearchLabel, findCredentials, type Credentials } from './credentials.js';
import { isLoopback, schemeFor } from './reference.js';

export interface RegistryClientOptions {
  /** Hosts allowed plain HTTP besides loopback (see insecureRegistries). */
  insecure?: Set<string>;
  env?: NodeJS.ProcessEnv;
  /** Per request, for manifests, configs and token calls. */
  timeoutMs?: number;
  /** For a whole layer blob read. */
  blobTimeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx and dropped connections. */
  retries?: number;
  /** First backoff; it doubles per retry. */
  backoffMs?: number;
  /** The longest Retry-After this waits; a longer one is cut to it. */
  maxRetryAfterMs?: number;
  /** Given credentials instead of the docker config lookup; null for anonymous. */
  credentials?: Credentials | null;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses a WWW-Authenticate value: `Bearer realm="https://…",service="…",scope="…"`. */
export function parseChallenge(header: string): Challenge | undefined {
  const head = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
  if (!head) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (const m of head[2].matchAll(re)) params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  return { scheme: head[1].toLowerCase(), params };
}

/** Milliseconds to wait for a Retry-After value (seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ManifestResponse {
  mediaType: string;
  digest: string;
  body: Buffer;
}

export class RegistryClient {
  readonly baseUrl: string;
  private readonly options: Required<Omit<RegistryClientOptions, 'credentials' | 'insecure' | 'env'>>;
  private readonly insecure: Set<string>;
  private readonly env: NodeJS.ProcessEnv;
  private credentials: Credentials | null | undefined;
  private readonly tokens = new Map<string, string>();
  private basicAsked = false;

  constructor(
    readonly registry: string,
    options: RegistryClientOptions = {},
  ) {
    this.insecure = options.insecure ?? new Set();
    this.env = options.env ?? process.env;
    this.baseUrl = `${schemeFor(registry, this.insecure)}://${registry}`;
    this.credentials = options.credentials;
    this.options = {
      timeoutMs: options.timeoutMs ?? 30_000,
      blobTimeoutMs: options.blobTimeoutMs ?? 30 * 60_000,
      retries: options.retries ?? 4,
      backoffMs: options.backoffMs ?? 500,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    };
  }

  private async creds(): Promise<Credentials | null> {
    if (this.credentials === undefined) this.credentials = (await findCredentials(this.registry, { env: this.env })) ?? null;
    return this.credentials;
  }

  /** Which credentials were tried, for a message: never the secret. */
  private async triedText(): Promise<string> {
    const creds = await this.creds();
    return creds ? creds.source : `no credentials (none for ${this.registry} in ${credentialSearchLabel(this.env)})`;
  }

  private allowedUrl(url: URL): boolean {
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && schemeFor(url.host, this.insecure) === 'http';
  }

  /**
   * fetch with retries on 429/5xx/dropped connections and redirects followed by hand, so that
   * Authorization never follows a redirect to another origin (blob stores behind signed URLs).
   */
  private async send(url: URL, headers: Record<string, string>, timeoutMs: number, method = 'GET', body?: string): Promise<Response> {
    let current = url;
    let currentHeaders = headers;
    for (let redirects = 0; ; redirects++) {
      const response = await this.sendOnce(current, currentHeaders, timeoutMs, method, body);
      if (![301, 302, 303, 307, 308].includes(response.status)) return response;
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location || redirects >= 5) throw new InputError(`registry ${this.registry} redirected ${current.pathname} too often or without a Location`);
      const next = new URL(location, current);
      if (!this.allowedUrl(next)) {
        throw new InputError(`registry ${this.registry} redirected to ${next.origin} over plain HTTP; allow it with --insecure-registry ${next.host} if that is intended`);
      }
      if (next.origin !== current.origin) {
        const { authorization: _dropped, ...rest } = currentHeaders;
        currentHeaders = rest;
      }
      current = next;
    }
  }

  private async sendOnce(url: URL, headers: Record<string, string>, timeoutMs: number, method: string, body?: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.options.retries;
      let response: Response;
      try {
        log.debug(`registry: ${method} ${url.href}${attempt ? ` (retry ${attempt})` : ''}`);
        response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const code = cause?.code ?? (error as Error).name;
        const transient = ['ECONNRESET', 'UND_ERR_SOCKET', 'TimeoutError', 'EPIPE', 'ETIMEDOUT'].includes(code ?? '');
        if (!transient || last) {
          const what = code === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (cause?.message ?? (error as Error).message);
          throw new InputError(`cannot reach registry ${this.registry} at ${url.origin}: ${what}. Check the registry name and that it is up${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}.`);
        }
        await sleep(this.options.backoffMs * 2 ** attempt);
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && !last) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        const wait = Math.min(asked ?? this.options.backoffMs * 2 ** attempt, this.options.maxRetryAfterMs);
        log.debug(`registry: ${response.status} from ${url.pathname}; waiting ${wait} ms`);
        await response.body?.cancel();
        await sleep(wait);
        continue;
      }
      return response;
    }
  }

  private async token(challenge: Challenge, repository: string): Promise<string> {
    const scope = challenge.params.scope || `repository:${repository}:pull`;
    const cached = this.tokens.get(scope);
    if (cached) return cached;
    const realm = challenge.params.realm;
    if (!realm) throw new InputError(`registry ${this.registry} asked for a bearer token without naming its token server (realm)`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new InputError(`registry ${this.registry} named a token server that is not a URL: ${realm}`);
    }
    if (!this.allowedUrl(url)) {
      throw new InputError(`registry ${this.registry} sends token requests to ${url.origin} over plain HTTP; allow it with --insecure-registry ${url.host} if that is intended`);
    }
    const creds = await this.creds();
    const headers: Record<string, string> = { accept: 'application/json' };
    let response: Response;
    if (creds?.identityToken) {
      // OAuth2 refresh-token grant (distribution spec/auth/oauth.md), as docker does for identity tokens.
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'image-size-budget', scope });
      if (challenge.params.service) form.set('service', challenge.params.service);
      headers['content-type'] = 'application/x-www-form-urlencoded';
      response = await this.send(url, headers, this.options.timeoutMs, 'POST', form.toString());
    } else {
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
      url.searchParams.set('scope', scope);
      if (creds?.password !== undefined) headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
      response = await this.send(url, headers, this.options.timeoutMs);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw await this.authError(response.status, repository, `its token server ${url.origin}`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`the token server ${url.origin} of registry ${this.registry} answered ${response.status} ${response.statusText} for ${scope}`);
    }
    let parsed: { token?: unknown; access_token?: unknown };
    try {
      parsed = (await response.json()) as { token?: unknown; access_token?: unknown };
    } catch {
      throw new InputError(`the token server ${url.origin} of registry ${this.registry} answered with something that is not JSON`);
    }
    const token = typeof parsed.token === 'string' ? parsed.token : typeof parsed.access_token === 'string' ? parsed.access_token : undefined;
    if (!token) throw new InputError(`the token server ${url.origin} of registry ${this.registry} gave no token for ${scope}`);
    this.tokens.set(scope, token);
    this.tokens.set(`repository:${repository}:pull`, token);
    return token;
  }

  private async authError(status: number, repository: string, where = ''): Promise<InputError> {
    const tried = await this.triedText();
    const verdict = status === 403 ? 'denied access' : 'refused the credentials';
    return new InputError(
      `registry ${this.registry}${where ? ` (${where})` : ''} ${verdict} to pull ${repository} (${status}); tried ${tried}. ` +
        `Log in with "docker login ${this.registry}" (or set DOCKER_CONFIG), and check that the account may pull ${repository}.`,
    );
  }

  private async basicHeader(): Promise<string | undefined> {
    const creds = await this.creds();
    if (!creds || creds.password === undefined) return undefined;
    return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
  }

  /** GET a path of `/v2/<repository>/…`, authenticating as the registry asks. */
  async get(repository: string, path: string, accept: string, timeoutMs = this.options.timeoutMs): Promise<Response> {
    const url = new URL(`${this.baseUrl}/v2/${repository}/${path}`);
    const headers: Record<string, string> = { accept };
    const token = this.tokens.get(`repository:${repository}:pull`);
    if (token) headers.authorization = `Bearer ${token}`;
    else if (this.basicAsked) {
      const basic = await this.basicHeader();
      if (basic) headers.authorization = basic;
    }
    let response = await this.send(url, headers, timeoutMs);
    if (response.status === 401 && token) {
      // A cached token expired during a long read: forget it and answer the new challenge.
      this.tokens.clear();
      delete headers.authorization;
    }
    if (response.status === 401 && !headers.authorization) {
      const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
      await response.body?.cancel();
      if (challenge?.scheme === 'bearer') {
        headers.authorization = `Bearer ${await this.token(challenge, repository)}`;
      } else if (challenge?.scheme === 'basic') {
        this.basicAsked = true;
        const basic = await this.basicHeader();
        if (!basic) throw await this.authError(401, repository);
        headers.authorization = basic;
      } else {
        throw await this.authError(401, repository);
      }
      response = await this.send(url, headers, timeoutMs);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw await this.authError(response.status, repository);
    }
    return response;
  }

  /** A manifest or index by tag or digest, with the digest checked when the ref pins one. */
  async getManifest(repository: string, reference: string, accept: string[]): Promise<ManifestResponse> {
    const response = await this.get(repository, `manifests/${reference}`, accept.join(', '));
    if (response.status === 404) {
      await response.body?.cancel();
      throw new InputError(`registry ${this.registry} has no ${reference.startsWith('sha256:') ? 'manifest' : 'tag'} "${reference}" in ${repository}. Check the name and tag (was it pushed?).`);
    }
    if (!response.ok) throw await this.unexpected(response, `manifest ${reference} of ${repository}`);
    const body = Buffer.from(await response.arrayBuffer());
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new InputError(`registry ${this.registry} returned a manifest for ${repository}@${reference} whose digest is ${digest}; refusing it`);
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    return { mediaType, digest, body };
  }

  /** A small blob (an image config), read whole and checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.get(repository, `blobs/${digest}`, '*/*');
    if (!response.ok) throw await this.unexpected(response, `blob ${digest} of ${repository}`);
    const body = Buffer.from(await response.arrayBuffer());
    const actual = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    if (actual !== digest) throw new InputError(`registry ${this.registry} returned blob ${digest} of ${repository} with digest ${actual}; refusing it`);
    return body;
  }

  /** A layer blob as a stream, for reading its contents without storing it. */
  async openBlob(repository: string, digest: string): Promise<ReadableStream<Uint8Array>> {
    const response = await this.get(repository, `blobs/${digest}`, '*/*', this.options.blobTimeoutMs);
    if (!response.ok || !response.body) throw await this.unexpected(response, `blob ${digest} of ${repository}`);
    return response.body;
  }

  private async unexpected(response: Response, what: string): Promise<InputError> {
    // Registry error bodies are `{"errors":[{"code","message"}]}`: their codes help, and hold no secrets.
    let detail = '';
    try {
      const parsed = (await response.json()) as { errors?: { code?: string; message?: string }[] };
      detail = (parsed.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
    } catch {
      // not JSON: the status says enough
    }
    return new InputError(`registry ${this.registry} answered ${response.status} ${response.statusText} for ${what}${detail ? ` (${detail})` : ''}`);
  }
}

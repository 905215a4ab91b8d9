// A local stand-in for the GitHub REST API (node:http on 127.0.0.1, random port), so the
// comment code is tested through the real Octokit client. It speaks what GitHub does for
// the endpoints we use: issue comments (paged with per_page/page and a `Link` header with
// rel="prev"/"next"/"last"/"first", absolute URLs), create and update, and GET of a pull
// request; the error bodies are GitHub's (`{"message", "documentation_url", "status"}`):
// 401 "Bad credentials" without a known token, 403 "Resource not accessible by
// integration" for writes with a read-only token, 404 "Not Found", 422 "Validation
// Failed" for bodies over 65,536 characters. Requests are recorded for assertions.
// GET /user answers for user tokens and 403s installation (Bot) tokens, as GitHub does;
// comments can be deleted. GitHub's weather on demand: `failNext` (any status and headers,
// e.g. 429 with `retry-after`, 502; or a function of the request, e.g. a 500 that echoes
// the request's headers), `stallNext` (never answers), `slowNext` (answers late), and
// `holdUntil` (holds the first N matching requests until all N have arrived: two runs
// that both list the comments before either creates one).
// Later endpoints (labels, issues, contents, Actions) plug in with `route()`.
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

export type TokenAccess = 'write' | 'read'

export interface StandInUser {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export interface StoredComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: StandInUser
  created_at: string
  updated_at: string
  author_association: string
}

export interface StoredPullRequest {
  number: number
  head: { sha: string; ref: string; repo: { full_name: string } }
  base: { ref: string; repo: { full_name: string } }
}

export interface RecordedRequest {
  method: string
  /** The path without the query, e.g. `/repos/o/r/issues/1/comments`. */
  path: string
  query: Record<string, string>
  /** The token the request carried (from `Authorization: token X` or `Bearer X`), if any. */
  token?: string
  body?: unknown
  status: number
}

export interface RouteContext {
  request: IncomingMessage
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  token?: string
  access?: TokenAccess
  user?: StandInUser
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Handler = (ctx: RouteContext) => RouteResult

interface Route {
  method: string
  pattern: RegExp
  names: string[]
  handler: Handler
}

/** GitHub's limit for issue and comment bodies, counted in characters (code points). */
export const BODY_LIMIT = 65_536
const DOCS = 'https://docs.github.com/rest'

export function githubError(
  status: number,
  message: string,
  documentationUrl = DOCS,
  extra: Record<string, unknown> = {}
): RouteResult {
  return {
    status,
    body: {
      message,
      ...extra,
      documentation_url: documentationUrl,
      status: String(status)
    }
  }
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = []
  /** Where html_url links point, as github.com would. */
  serverUrl = 'https://github.com'
  private readonly tokens = new Map<
    string,
    { access: TokenAccess; user: StandInUser }
  >()
  private readonly comments = new Map<string, StoredComment[]>()
  private readonly pulls = new Map<string, StoredPullRequest>()
  private readonly routes: Route[] = []
  private readonly failures: {
    method: string
    path: RegExp
    result: RouteResult | ((request: IncomingMessage) => RouteResult)
    times: number
  }[] = []
  private readonly delays: {
    method: string
    path: RegExp
    ms: number
    times: number
  }[] = []
  private readonly holds: {
    method: string
    path: RegExp
    count: number
    waiting: (() => void)[]
  }[] = []
  private nextId = 1_000_000_001
  private clock = Date.parse('2026-01-01T00:00:00Z')

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  /** Starts a stand-in on 127.0.0.1 at a free port. `url` is the API base (what GITHUB_API_URL would be). */
  static async start(): Promise<GitHubStandIn> {
    let standIn: GitHubStandIn | undefined
    const server = createServer((request, response) => {
      void standIn?.handle(request, response)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    standIn = new GitHubStandIn(server, `http://127.0.0.1:${port}`)
    standIn.installIssueCommentRoutes()
    return standIn
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve()))
    )
  }

  /** A token the stand-in accepts. `read` tokens get 403 on writes, as a fork PR's GITHUB_TOKEN does. */
  addToken(
    token: string,
    access: TokenAccess,
    user: StandInUser = {
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot'
    }
  ): void {
    this.tokens.set(token, { access, user })
  }

  /** Adds comments to an issue or PR, oldest first; returns them as stored. */
  seedComments(
    owner: string,
    repo: string,
    issue: number,
    comments: { body: string; user?: StandInUser }[]
  ): StoredComment[] {
    return comments.map((comment) =>
      this.storeComment(
        owner,
        repo,
        issue,
        comment.body,
        comment.user ?? { login: 'someone', id: 1001, type: 'User' }
      )
    )
  }

  /** The issue's comments as stored now, oldest first. */
  commentsOf(owner: string, repo: string, issue: number): StoredComment[] {
    return [...(this.comments.get(`${owner}/${repo}#${issue}`) ?? [])]
  }

  seedPullRequest(owner: string, repo: string, pull: StoredPullRequest): void {
    this.pulls.set(`${owner}/${repo}#${pull.number}`, pull)
  }

  /** Answers the next `times` matching requests with `result` instead (e.g. a 502), before auth. `Infinity`: always. */
  failNext(
    method: string,
    path: RegExp,
    result: RouteResult | ((request: IncomingMessage) => RouteResult),
    times = 1
  ): void {
    this.failures.push({ method, path, result, times })
  }

  /** The next `times` matching requests get no answer at all (the connection stays open). */
  stallNext(method: string, path: RegExp, times = 1): void {
    this.delays.push({ method, path, ms: Infinity, times })
  }

  /** The next `times` matching requests are answered after `ms` milliseconds. */
  slowNext(method: string, path: RegExp, ms: number, times = 1): void {
    this.delays.push({ method, path, ms, times })
  }

  /** Drops every failure, stall, delay and hold still pending. */
  clearFaults(): void {
    this.failures.length = 0
    this.delays.length = 0
    this.holds.length = 0
  }

  /** Holds the first `count` matching requests until `count` of them have arrived, then answers them all. */
  holdUntil(method: string, path: RegExp, count: number): void {
    this.holds.push({ method, path, count, waiting: [] })
  }

  /** Adds an endpoint. `pattern` is a path like `/repos/:owner/:repo/labels`. Later routes win over earlier ones. */
  route(method: string, pattern: string, handler: Handler): void {
    const names: string[] = []
    const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name)
      return '([^/]+)'
    })
    this.routes.unshift({
      method,
      pattern: new RegExp(`^${source}$`),
      names,
      handler
    })
  }

  /** A `Link` header as GitHub writes it: prev, next, last, first, with absolute URLs; none when everything fits one page. */
  linkHeader(
    path: string,
    query: URLSearchParams,
    page: number,
    lastPage: number
  ): string | undefined {
    if (lastPage <= 1) return undefined
    const at = (n: number) => {
      const params = new URLSearchParams(query)
      params.set('page', String(n))
      return `<${this.url}${path}?${params.toString()}>`
    }
    const links: string[] = []
    if (page > 1) links.push(`${at(page - 1)}; rel="prev"`)
    if (page < lastPage)
      links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`)
    if (page > 1) links.push(`${at(1)}; rel="first"`)
    return links.join(', ')
  }

  private tick(): string {
    this.clock += 60_000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private storeComment(
    owner: string,
    repo: string,
    issue: number,
    body: string,
    user: StandInUser
  ): StoredComment {
    const id = this.nextId++
    const at = this.tick()
    const comment: StoredComment = {
      id,
      node_id: `IC_${id.toString(36)}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `${this.serverUrl}/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
    }
    const key = `${owner}/${repo}#${issue}`
    this.comments.set(key, [...(this.comments.get(key) ?? []), comment])
    return comment
  }

  private findComment(
    owner: string,
    repo: string,
    id: number
  ): StoredComment | undefined {
    for (const [key, list] of this.comments) {
      if (!key.startsWith(`${owner}/${repo}#`)) continue
      const found = list.find((comment) => comment.id === id)
      if (found) return found
    }
    return undefined
  }

  private installIssueCommentRoutes(): void {
    const commentDocs = {
      list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
      create:
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      update:
        'https://docs.github.com/rest/issues/comments#update-an-issue-comment'
    }
    const bodyCheck = (body: unknown, docs: string): RouteResult | string => {
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string')
        return githubError(
          422,
          'Invalid request.\n\n"body" wasn\'t supplied.',
          docs
        )
      if (Array.from(text).length > BODY_LIMIT) {
        return githubError(422, 'Validation Failed', docs, {
          errors: [
            {
              resource: 'IssueComment',
              code: 'unprocessable',
              field: 'data',
              message: `Body is too long (maximum is ${BODY_LIMIT} characters)`
            }
          ]
        })
      }
      return text
    }

    this.route(
      'GET',
      '/repos/:owner/:repo/issues/:issue/comments',
      ({ params, query }) => {
        const all = this.commentsOf(
          params.owner,
          params.repo,
          Number(params.issue)
        )
        const perPage = Math.min(
          100,
          Math.max(1, Number(query.get('per_page') ?? 30) || 30)
        )
        const page = Math.max(1, Number(query.get('page') ?? 1) || 1)
        const lastPage = Math.max(1, Math.ceil(all.length / perPage))
        const link = this.linkHeader(
          `/repos/${params.owner}/${params.repo}/issues/${params.issue}/comments`,
          query,
          page,
          lastPage
        )
        return {
          status: 200,
          body: all.slice((page - 1) * perPage, page * perPage),
          headers: link ? { link } : undefined
        }
      }
    )

    this.route(
      'POST',
      '/repos/:owner/:repo/issues/:issue/comments',
      ({ params, body, access, user }) => {
        if (access !== 'write')
          return githubError(
            403,
            'Resource not accessible by integration',
            commentDocs.create
          )
        const text = bodyCheck(body, commentDocs.create)
        if (typeof text !== 'string') return text
        return {
          status: 201,
          body: this.storeComment(
            params.owner,
            params.repo,
            Number(params.issue),
            text,
            user as StandInUser
          )
        }
      }
    )

    this.route(
      'PATCH',
      '/repos/:owner/:repo/issues/comments/:id',
      ({ params, body, access }) => {
        const comment = this.findComment(
          params.owner,
          params.repo,
          Number(params.id)
        )
        if (!comment) return githubError(404, 'Not Found', commentDocs.update)
        if (access !== 'write')
          return githubError(
            403,
            'Resource not accessible by integration',
            commentDocs.update
          )
        const text = bodyCheck(body, commentDocs.update)
        if (typeof text !== 'string') return text
        comment.body = text
        comment.updated_at = this.tick()
        return { status: 200, body: comment }
      }
    )

    this.route(
      'DELETE',
      '/repos/:owner/:repo/issues/comments/:id',
      ({ params, access }) => {
        const list = this.comments.get(
          [...this.comments.keys()].find((key) =>
            this.comments.get(key)?.some((c) => c.id === Number(params.id))
          ) ?? ''
        )
        const at = list?.findIndex((c) => c.id === Number(params.id)) ?? -1
        if (!list || at < 0)
          return githubError(
            404,
            'Not Found',
            'https://docs.github.com/rest/issues/comments#delete-an-issue-comment'
          )
        if (access !== 'write')
          return githubError(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/issues/comments#delete-an-issue-comment'
          )
        list.splice(at, 1)
        return { status: 204 }
      }
    )

    // A user's token can read its user; an installation token (GITHUB_TOKEN, an app's) cannot.
    this.route('GET', '/user', ({ user }) => {
      if (!user || user.type === 'Bot')
        return githubError(
          403,
          'Resource not accessible by integration',
          'https://docs.github.com/rest/users/users#get-the-authenticated-user'
        )
      return {
        status: 200,
        body: { login: user.login, id: user.id, type: user.type }
      }
    })

    this.route('GET', '/repos/:owner/:repo/pulls/:number', ({ params }) => {
      const pull = this.pulls.get(
        `${params.owner}/${params.repo}#${params.number}`
      )
      if (!pull)
        return githubError(
          404,
          'Not Found',
          'https://docs.github.com/rest/pulls/pulls#get-a-pull-request'
        )
      return {
        status: 200,
        body: {
          ...pull,
          state: 'open',
          url: `${this.url}/repos/${params.owner}/${params.repo}/pulls/${pull.number}`
        }
      }
    })
  }

  private async handle(
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(
      request.headers.authorization ?? ''
    )
    const token = auth?.[1]
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      token,
      status: 0
    }
    this.requests.push(record)
    const send = (result: RouteResult) => {
      record.status = result.status
      const payload =
        result.body === undefined ? '' : JSON.stringify(result.body)
      response.writeHead(result.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        ...(result.headers ?? {})
      })
      response.end(payload)
    }
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      send(githubError(400, 'Problems parsing JSON'))
      return
    }
    record.body = body

    const matches = (f: { method: string; path: RegExp }) =>
      f.method === record.method && f.path.test(url.pathname)
    const hold = this.holds.find((h) => matches(h) && h.count > 0)
    if (hold) {
      hold.count--
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve)
        if (hold.count === 0)
          for (const release of hold.waiting.splice(0)) release()
      })
    }
    const delay = this.delays.find((d) => matches(d) && d.times > 0)
    if (delay) {
      delay.times--
      if (delay.ms === Infinity) return // never answered; close() ends the connection
      await new Promise((resolve) => setTimeout(resolve, delay.ms))
    }
    const failure = this.failures.find((f) => matches(f) && f.times > 0)
    if (failure) {
      failure.times--
      send(
        typeof failure.result === 'function'
          ? failure.result(request)
          : failure.result
      )
      return
    }
    const known = token ? this.tokens.get(token) : undefined
    if (!known) {
      send(
        githubError(401, token ? 'Bad credentials' : 'Requires authentication')
      )
      return
    }
    for (const route of this.routes) {
      if (route.method !== record.method) continue
      const match = route.pattern.exec(url.pathname)
      if (!match) continue
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])])
      )
      send(
        route.handler({
          request,
          params,
          query: url.searchParams,
          body,
          token,
          access: known.access,
          user: known.user
        })
      )
      return
    }
    send(githubError(404, 'Not Found'))
  }
}

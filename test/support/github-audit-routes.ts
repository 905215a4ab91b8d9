// Audit endpoints for the GitHub stand-in (test/support/github-server.ts): issues (list
// with labels/state filters, paged with Link headers, pull requests mixed in as GitHub
// does; create; update body/title/state), labels (create; 422 already_exists), git refs
// (get; create) and the contents API (get base64 with sha; put with sha checks: 409 on a
// stale sha, 422 when a sha is missing for an existing file). Writes need a write token.
import { githubError, type GitHubStandIn } from './github-server.js'

export interface StandInIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  pull_request?: { url: string }
}

interface StoredFile {
  content: string
  sha: string
}

export class AuditState {
  issues: StandInIssue[] = []
  labels = new Set<string>()
  refs = new Map<string, string>([['heads/main', 'c0ffee'.padEnd(40, '0')]])
  /** branch → path → file */
  files = new Map<string, Map<string, StoredFile>>()
  private shaCounter = 0

  nextSha(): string {
    this.shaCounter++
    return this.shaCounter.toString(16).padStart(40, 'a')
  }

  /** Issues and PRs by other people, for pagination. */
  seedIssues(
    count: number,
    options: { label?: string; pulls?: boolean } = {}
  ): void {
    for (let i = 0; i < count; i++) {
      const number = this.issues.length + 1
      this.issues.push({
        number,
        title: `other ${number}`,
        body: `someone else's ${options.pulls && i % 2 ? 'pull request' : 'issue'} <!-- image-size-budget-audit:other -->`,
        state: 'open',
        labels: options.label ? [options.label] : [],
        ...(options.pulls && i % 2
          ? { pull_request: { url: `pr/${number}` } }
          : {})
      })
    }
  }

  fileText(branch: string, path: string): string | undefined {
    const file = this.files.get(branch)?.get(path)
    return file
      ? Buffer.from(file.content, 'base64').toString('utf8')
      : undefined
  }
}

export function installAuditRoutes(
  github: GitHubStandIn,
  owner = 'acme',
  repo = 'app'
): AuditState {
  const state = new AuditState()
  const base = `/repos/:owner/:repo`
  const here = (params: Record<string, string>) =>
    params.owner === owner && params.repo === repo
  const issueJson = (issue: StandInIssue) => ({
    ...issue,
    id: 1000 + issue.number,
    url: `${github.url}/repos/${owner}/${repo}/issues/${issue.number}`,
    html_url: `https://github.example/${owner}/${repo}/issues/${issue.number}`,
    labels: issue.labels.map((name) => ({ name }))
  })
  const forbidden = (doc: string) =>
    githubError(403, 'Resource not accessible by integration', doc)

  github.route('GET', base, ({ params }) =>
    here(params)
      ? {
          status: 200,
          body: { full_name: `${owner}/${repo}`, default_branch: 'main' }
        }
      : githubError(404, 'Not Found')
  )

  github.route('POST', `${base}/labels`, ({ body, access }) => {
    if (access !== 'write')
      return forbidden(
        'https://docs.github.com/rest/issues/labels#create-a-label'
      )
    const name = (body as { name?: string }).name ?? ''
    if (state.labels.has(name))
      return githubError(422, 'Validation Failed', undefined, {
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
      })
    state.labels.add(name)
    return { status: 201, body: { name } }
  })

  github.route('GET', `${base}/issues`, ({ query }) => {
    const label = query.get('labels')
    const wanted = query.get('state') ?? 'open'
    const all = state.issues.filter(
      (issue) =>
        (!label || issue.labels.includes(label)) &&
        (wanted === 'all' || issue.state === wanted)
    )
    const perPage = Math.min(
      100,
      Math.max(1, Number(query.get('per_page') ?? 30) || 30)
    )
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1)
    const lastPage = Math.max(1, Math.ceil(all.length / perPage))
    const link = github.linkHeader(
      `/repos/${owner}/${repo}/issues`,
      query,
      page,
      lastPage
    )
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage).map(issueJson),
      headers: link ? { link } : undefined
    }
  })

  github.route('POST', `${base}/issues`, ({ body, access }) => {
    if (access !== 'write')
      return forbidden(
        'https://docs.github.com/rest/issues/issues#create-an-issue'
      )
    const input = body as { title: string; body?: string; labels?: string[] }
    const issue: StandInIssue = {
      number: state.issues.length + 1,
      title: input.title,
      body: input.body ?? '',
      state: 'open',
      labels: input.labels ?? []
    }
    for (const label of issue.labels) state.labels.add(label)
    state.issues.push(issue)
    return { status: 201, body: issueJson(issue) }
  })

  github.route(
    'PATCH',
    `${base}/issues/:number`,
    ({ params, body, access }) => {
      const issue = state.issues.find(
        (candidate) => candidate.number === Number(params.number)
      )
      if (!issue) return githubError(404, 'Not Found')
      if (access !== 'write')
        return forbidden(
          'https://docs.github.com/rest/issues/issues#update-an-issue'
        )
      const input = body as Partial<StandInIssue>
      if (input.title !== undefined) issue.title = input.title
      if (input.body !== undefined) issue.body = input.body
      if (input.state !== undefined) issue.state = input.state
      return { status: 200, body: issueJson(issue) }
    }
  )

  // Octokit sends the ref URL-encoded (`heads%2Fmain`), as GitHub accepts it.
  github.route('GET', `${base}/git/ref/:ref`, ({ params }) => {
    const ref = decodeURIComponent(params.ref)
    const sha = state.refs.get(ref)
    return sha
      ? {
          status: 200,
          body: { ref: `refs/${ref}`, object: { sha, type: 'commit' } }
        }
      : githubError(404, 'Not Found')
  })

  github.route('POST', `${base}/git/refs`, ({ body, access }) => {
    if (access !== 'write')
      return forbidden(
        'https://docs.github.com/rest/git/refs#create-a-reference'
      )
    const input = body as { ref: string; sha: string }
    const name = input.ref.replace(/^refs\//, '')
    if (state.refs.has(name))
      return githubError(422, 'Reference already exists')
    state.refs.set(name, input.sha)
    return { status: 201, body: { ref: input.ref, object: { sha: input.sha } } }
  })

  github.route('GET', `${base}/contents/:path`, ({ params, query }) => {
    const branch = query.get('ref') ?? 'main'
    const file = state.files.get(branch)?.get(params.path)
    if (!file) return githubError(404, 'Not Found')
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        path: params.path,
        name: params.path,
        sha: file.sha,
        content: file.content
      }
    }
  })

  github.route('PUT', `${base}/contents/:path`, ({ params, body, access }) => {
    if (access !== 'write')
      return forbidden(
        'https://docs.github.com/rest/repos/contents#create-or-update-file-contents'
      )
    const input = body as {
      content: string
      sha?: string
      branch?: string
      message: string
    }
    const branch = input.branch ?? 'main'
    if (!state.refs.has(`heads/${branch}`))
      return githubError(404, `Branch ${branch} not found`)
    const files = state.files.get(branch) ?? new Map<string, StoredFile>()
    const existing = files.get(params.path)
    if (existing && !input.sha)
      return githubError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
    if (existing && input.sha !== existing.sha)
      return githubError(409, `${params.path} does not match ${input.sha}`)
    const file = { content: input.content, sha: state.nextSha() }
    files.set(params.path, file)
    state.files.set(branch, files)
    return {
      status: existing ? 200 : 201,
      body: {
        content: { path: params.path, sha: file.sha },
        commit: { sha: state.nextSha() }
      }
    }
  })

  return state
}

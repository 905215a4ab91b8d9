// The sticky PR comment on GitHub: find ours by its hidden marker on every page of the
// PR's comments, update it in place, create it only when there is none. Ours means the
// marker and the token's own identity: a person's comment that starts with the marker is
// never edited. Two runs that both found none and both created one settle it after
// creating: the oldest stays, the newer run deletes its own. A comment that
// cannot be written (a fork PR's read-only token, a workflow without
// `pull-requests: write`, an API outage) is one warning that says why and how to fix it,
// never a failed step: the job summary and the log still carry the whole report.

import {
  COMMENT_LIMIT,
  cutToLimit,
  renderCommentMarkdown
} from '../report/comment.js'
import { commentMarker } from '../report/comment-key.js'
import { shouldComment, type CommentMode } from '../report/when-to-comment.js'
import type { RunReport } from '../model/report.js'
import { describeError } from '../errors.js'
import { log } from '../log.js'
import type { GitHubClient } from './client.js'
import { describeGitHubFailure, GitHubCallError } from './failure.js'

export interface StickyCommentTarget {
  octokit: GitHubClient
  owner: string
  repo: string
  issueNumber: number
}

export interface UpsertArgs extends StickyCommentTarget {
  key: string
  /** The rendered comment (renderCommentMarkdown); the marker is added when missing. */
  body: string
  /** What findStickyComment returned, when the caller already looked (null: looked, none there). */
  existing?: FoundComment | null
}

export type UpsertResult =
  | { id: number; url: string; action: 'created' | 'updated' }
  | { skipped: string }

export interface FoundComment {
  id: number
  url: string
  body: string
}

export { GitHubCallError, describeGitHubFailure } from './failure.js'

/** Who a token writes as. `id` is known for users read from GitHub. */
export interface Identity {
  login: string
  id?: number
}

/** What GITHUB_TOKEN and other installation tokens of the GitHub Actions app write as. */
export const ACTIONS_BOT: Identity = {
  login: 'github-actions[bot]',
  id: 41898282
}

const identities = new WeakMap<object, Promise<Identity>>()

/**
 * The identity of the client's token: `GET /user` for a user's token. An installation
 * token (GITHUB_TOKEN) cannot read /user (403): it writes as github-actions[bot]. Any other
 * failure falls back to the same. Asked once per client.
 */
export function tokenIdentity(octokit: GitHubClient): Promise<Identity> {
  let known = identities.get(octokit)
  if (!known) {
    known = octokit.rest.users.getAuthenticated().then(
      ({ data }) => ({ login: data.login, id: data.id }),
      (error: unknown) => {
        const status = (error as { status?: unknown }).status
        log.debug(
          `GET /user answered ${typeof status === 'number' ? status : 'nothing'}: taking the token to write as ${ACTIONS_BOT.login}`
        )
        return ACTIONS_BOT
      }
    )
    identities.set(octokit, known)
  }
  return known
}

function sameIdentity(
  user: { login?: string; id?: number } | null | undefined,
  identity: Identity
): boolean {
  if (!user) return false
  if (identity.id !== undefined && typeof user.id === 'number')
    return user.id === identity.id
  return (
    typeof user.login === 'string' &&
    user.login.toLowerCase() === identity.login.toLowerCase()
  )
}

function isOurs(body: string | undefined | null, marker: string): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(marker)
}

interface ListedComment {
  id: number
  html_url: string
  body?: string | null
  user?: { login?: string; id?: number } | null
}

/**
 * Our comments, oldest first: the marker at the start of the body (so a comment that only
 * quotes the marker is not taken) and written by the token's own identity (so a person's
 * comment that starts with the marker is never edited), reading the PR's comments 100 at a
 * time. `first`: stop at the first page that has one.
 */
async function listOurComments(
  target: StickyCommentTarget,
  key: string,
  identity: Identity,
  first: boolean
): Promise<FoundComment[]> {
  const marker = commentMarker(key)
  const found: FoundComment[] = []
  try {
    const pages = target.octokit.paginate.iterator(
      target.octokit.rest.issues.listComments,
      {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
      }
    )
    for await (const page of pages) {
      for (const comment of page.data as ListedComment[]) {
        if (!isOurs(comment.body, marker)) continue
        if (!sameIdentity(comment.user, identity)) {
          log.debug(
            `comment ${comment.id} starts with the marker but is by ${comment.user?.login ?? 'unknown'}, not ${identity.login}: left alone`
          )
          continue
        }
        found.push({
          id: comment.id,
          url: comment.html_url,
          body: comment.body ?? ''
        })
      }
      if (first && found.length > 0) break
    }
    return found
  } catch (error) {
    const { message, status } = describeGitHubFailure(
      error,
      `Reading the comments of ${target.owner}/${target.repo}#${target.issueNumber}`
    )
    throw new GitHubCallError(message, status)
  }
}

/**
 * Our comment (see listOurComments), through every page until it is found. The oldest
 * match wins, so its place in the conversation stays.
 */
export async function findStickyComment(
  target: StickyCommentTarget,
  key: string,
  identity?: Identity
): Promise<FoundComment | undefined> {
  const me = identity ?? (await tokenIdentity(target.octokit))
  return (await listOurComments(target, key, me, true))[0]
}

/** Gives the comment up: one warning, and the same sentence as the result. */
function skipComment(message: string): UpsertResult {
  const sentence = `Could not write the pull request comment: ${message} The full report is in the job summary and the log.`
  log.warning(sentence)
  return { skipped: sentence }
}

/** Puts `body` in comment `id` (throws what the API throws). */
async function updateComment(
  target: StickyCommentTarget,
  id: number,
  body: string
): Promise<{ id: number; url: string; action: 'updated' }> {
  const { data } = await target.octokit.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: id,
    body
  })
  return { id: data.id, url: data.html_url, action: 'updated' }
}

/**
 * After creating a comment: another run on the same PR and key (a quick second push,
 * matrix jobs sharing a key) may have created one too. Look again; if an older one of ours
 * is there, keep it (with this run's body) and delete the one this run made.
 */
async function settleRace(
  args: UpsertArgs,
  created: { id: number; url: string; user: Identity },
  body: string
): Promise<UpsertResult> {
  const where = `${args.owner}/${args.repo}#${args.issueNumber}`
  let ours: FoundComment[]
  try {
    ours = await listOurComments(args, args.key, created.user, false)
  } catch (error) {
    log.debug(
      `could not look for a duplicate comment on ${where}: ${(error as Error).message}`
    )
    return { id: created.id, url: created.url, action: 'created' }
  }
  const oldest = ours.reduce<FoundComment | undefined>(
    (min, comment) =>
      min === undefined || comment.id < min.id ? comment : min,
    undefined
  )
  if (!oldest || oldest.id === created.id)
    return { id: created.id, url: created.url, action: 'created' }
  log.info(
    `another run created comment ${oldest.id} on ${where} first: keeping it and deleting ${created.id}, which this run made`
  )
  try {
    await args.octokit.rest.issues.deleteComment({
      owner: args.owner,
      repo: args.repo,
      comment_id: created.id
    })
  } catch (error) {
    log.warning(
      describeGitHubFailure(
        error,
        `Deleting the duplicate comment ${created.id} on ${where}`
      ).message
    )
    return { id: created.id, url: created.url, action: 'created' }
  }
  try {
    return await updateComment(args, oldest.id, body)
  } catch (error) {
    log.warning(
      describeGitHubFailure(error, `Updating comment ${oldest.id} on ${where}`)
        .message
    )
    return { id: oldest.id, url: oldest.url, action: 'updated' }
  }
}

/**
 * Creates or updates the sticky comment. Never throws for an API failure: it warns once
 * (through log.warning, which the action maps to core.warning) and returns `{skipped}`
 * with the same sentence, so the caller can go on and write the summary.
 */
export async function upsertStickyComment(
  args: UpsertArgs
): Promise<UpsertResult> {
  const marker = commentMarker(args.key)
  let body = isOurs(args.body, marker) ? args.body : `${marker}\n${args.body}`
  // The renderer keeps within the limit; this is for a body made some other way.
  if (body.length > COMMENT_LIMIT) body = cutToLimit(body, COMMENT_LIMIT)
  const where = `${args.owner}/${args.repo}#${args.issueNumber}`
  let existing = args.existing
  if (existing === undefined) {
    try {
      existing = (await findStickyComment(args, args.key)) ?? null
    } catch (error) {
      return skipComment(describeError(error))
    }
  }

  if (existing) {
    try {
      const updated = await updateComment(args, existing.id, body)
      log.debug(`updated comment ${updated.id} on ${where}`)
      return updated
    } catch (error) {
      return skipComment(
        describeGitHubFailure(
          error,
          `Updating comment ${existing.id} on ${where}`
        ).message
      )
    }
  }
  try {
    const { data } = await args.octokit.rest.issues.createComment({
      owner: args.owner,
      repo: args.repo,
      issue_number: args.issueNumber,
      body
    })
    log.debug(`created comment ${data.id} on ${where}`)
    const user = data.user
      ? { login: data.user.login, id: data.user.id }
      : await tokenIdentity(args.octokit)
    return await settleRace(
      args,
      { id: data.id, url: data.html_url, user },
      body
    )
  } catch (error) {
    return skipComment(
      describeGitHubFailure(error, `Creating a comment on ${where}`).message
    )
  }
}

export interface PublishArgs extends StickyCommentTarget {
  key: string
  mode: CommentMode
  run: RunReport
}

/**
 * The whole comment step for the action: looks for our comment, decides with
 * shouldComment (an existing comment is always brought up to date), renders and
 * upserts. `comment: never` makes no API call. Warns and returns `{skipped}` on failure.
 */
export async function publishRunComment(
  args: PublishArgs
): Promise<UpsertResult> {
  if (args.mode === 'never') return { skipped: 'comment: never' }
  let existing: FoundComment | null
  try {
    existing = (await findStickyComment(args, args.key)) ?? null
  } catch (error) {
    return skipComment(describeError(error))
  }
  if (!shouldComment(args.mode, args.run, existing !== null)) {
    const why =
      args.mode === 'on-violation'
        ? 'no budget is broken'
        : 'nothing changed beyond min-change and no budget is broken'
    const reason = `no pull request comment (comment: ${args.mode}): ${why}, and there is no earlier comment to update`
    log.info(reason)
    return { skipped: reason }
  }
  return upsertStickyComment({
    ...args,
    body: renderCommentMarkdown(args.run, { key: args.key }),
    existing
  })
}

// The sticky PR comment on GitHub: find ours by its hidden marker on every page of the
// PR's comments, update it in place, create it only when there is none. A comment that
// cannot be written (a fork PR's read-only token, a workflow without
// `pull-requests: write`, an API outage) is one warning that says why and how to fix it,
// never a failed step: the job summary and the log still carry the whole report.

import { COMMENT_LIMIT, commentMarker, cutToLimit, renderCommentMarkdown, shouldComment, type CommentMode } from '../report/comment.js';
import type { RunReport } from '../report/types.js';
import { log } from '../log.js';
import type { GitHubClient } from './client.js';

export interface StickyCommentTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface UpsertArgs extends StickyCommentTarget {
  key: string;
  /** The rendered comment (renderCommentMarkdown); the marker is added when missing. */
  body: string;
  /** What findStickyComment returned, when the caller already looked (null: looked, none there). */
  existing?: FoundComment | null;
}

export type UpsertResult = { id: number; url: string; action: 'created' | 'updated' } | { skipped: string };

export interface FoundComment {
  id: number;
  url: string;
  body: string;
}

/** Thrown by findStickyComment; upsertStickyComment turns it into a warning. */
export class GitHubCallError extends Error {
  override name = 'GitHubCallError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

interface OctokitFailure {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

const PERMISSION_FIX =
  'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only GITHUB_TOKEN: for them, measure in the `pull_request` workflow, upload the report, and post it from a `workflow_run` workflow with `mode: comment` (see the README).';

function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Says what failed, why, and what to do, from an Octokit error. Never includes request headers (the token). */
export function describeGitHubFailure(error: unknown, what: string): { message: string; status?: number } {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as OctokitFailure;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  const apiMessage = oneLine(
    typeof failure.response?.data === 'object' && failure.response.data !== null && 'message' in failure.response.data
      ? String((failure.response.data as { message: unknown }).message)
      : (failure.message ?? String(error)),
  );
  // Octokit reports a fetch that never got an answer (DNS, refused, reset) as a 500 without a response.
  if (!failure.response || status === undefined) {
    return { message: `${what} failed: no answer from the GitHub API (${apiMessage}).` };
  }
  if (status === 401) {
    return { status, message: `${what} failed: the token was refused (401 ${apiMessage}). Check the "github-token" input.` };
  }
  if (status === 403 && /rate limit/i.test(apiMessage)) {
    return { status, message: `${what} failed: GitHub API rate limit (403 ${apiMessage}). The next run will update the comment.` };
  }
  if (status === 403) {
    return { status, message: `${what} failed: the token may not do this (403 ${apiMessage}). ${PERMISSION_FIX}` };
  }
  if (status === 404) {
    return { status, message: `${what} failed: not found (404 ${apiMessage}): the pull request does not exist, or the token cannot see the repository.` };
  }
  if (status === 422) {
    return { status, message: `${what} failed: GitHub refused the comment (422 ${apiMessage}).` };
  }
  return { status, message: `${what} failed: GitHub answered ${status} (${apiMessage}). The next run will update the comment.` };
}

function isOurs(body: string | undefined | null, marker: string): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(marker);
}

/**
 * Our comment, by its marker at the start of the body (so a comment that only quotes the
 * marker is not taken), reading the PR's comments 100 at a time through every page
 * until it is found. The oldest match wins, so its place in the conversation stays.
 */
export async function findStickyComment(target: StickyCommentTarget, key: string): Promise<FoundComment | undefined> {
  const marker = commentMarker(key);
  try {
    const pages = target.octokit.paginate.iterator(target.octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((comment) => isOurs(comment.body, marker));
      if (found) return { id: found.id, url: found.html_url, body: found.body ?? '' };
    }
    return undefined;
  } catch (error) {
    const { message, status } = describeGitHubFailure(error, `Reading the comments of ${target.owner}/${target.repo}#${target.issueNumber}`);
    throw new GitHubCallError(message, status);
  }
}

/**
 * Creates or updates the sticky comment. Never throws for an API failure: it warns once
 * (through log.warning, which the action maps to core.warning) and returns `{skipped}`
 * with the same sentence, so the caller can go on and write the summary.
 */
export async function upsertStickyComment(args: UpsertArgs): Promise<UpsertResult> {
  const marker = commentMarker(args.key);
  let body = isOurs(args.body, marker) ? args.body : `${marker}\n${args.body}`;
  // The renderer keeps within the limit; this is for a body made some other way.
  if (body.length > COMMENT_LIMIT) body = cutToLimit(body, COMMENT_LIMIT);
  const where = `${args.owner}/${args.repo}#${args.issueNumber}`;
  const skip = (message: string): UpsertResult => {
    const sentence = `Could not write the pull request comment: ${message} The full report is in the job summary and the log.`;
    log.warning(sentence);
    return { skipped: sentence };
  };

  let existing = args.existing;
  if (existing === undefined) {
    try {
      existing = (await findStickyComment(args, args.key)) ?? null;
    } catch (error) {
      return skip(error instanceof Error ? error.message : String(error));
    }
  }

  if (existing) {
    try {
      const { data } = await args.octokit.rest.issues.updateComment({ owner: args.owner, repo: args.repo, comment_id: existing.id, body });
      log.debug(`updated comment ${data.id} on ${where}`);
      return { id: data.id, url: data.html_url, action: 'updated' };
    } catch (error) {
      return skip(describeGitHubFailure(error, `Updating comment ${existing.id} on ${where}`).message);
    }
  }
  try {
    const { data } = await args.octokit.rest.issues.createComment({ owner: args.owner, repo: args.repo, issue_number: args.issueNumber, body });
    log.debug(`created comment ${data.id} on ${where}`);
    return { id: data.id, url: data.html_url, action: 'created' };
  } catch (error) {
    return skip(describeGitHubFailure(error, `Creating a comment on ${where}`).message);
  }
}

export interface PublishArgs extends StickyCommentTarget {
  key: string;
  mode: CommentMode;
  run: RunReport;
}

/**
 * The whole comment step for the action: looks for our comment, decides with
 * shouldComment (an existing comment is always brought up to date), renders and
 * upserts. `comment: never` makes no API call. Warns and returns `{skipped}` on failure.
 */
export async function publishRunComment(args: PublishArgs): Promise<UpsertResult> {
  if (args.mode === 'never') return { skipped: 'comment: never' };
  let existing: FoundComment | null;
  try {
    existing = (await findStickyComment(args, args.key)) ?? null;
  } catch (error) {
    const sentence = `Could not write the pull request comment: ${error instanceof Error ? error.message : String(error)} The full report is in the job summary and the log.`;
    log.warning(sentence);
    return { skipped: sentence };
  }
  if (!shouldComment(args.mode, args.run, existing !== null)) {
    const why = args.mode === 'on-violation' ? 'no budget is broken' : 'nothing changed beyond min-change and no budget is broken';
    const reason = `no pull request comment (comment: ${args.mode}): ${why}, and there is no earlier comment to update`;
    log.info(reason);
    return { skipped: reason };
  }
  return upsertStickyComment({ ...args, body: renderCommentMarkdown(args.run, { key: args.key }), existing });
}

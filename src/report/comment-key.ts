// The sticky comment's hidden marker and the key in it: how a run finds its own comment
// again among a PR's comments, one per workflow and budget file (or per matrix job).

/** A comment key made safe for the HTML comment marker: lowercase [a-z0-9._-], no `--` (which could end the comment), at most 100 characters. */
export function sanitizeCommentKey(key: string): string {
  const clean = key
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 100)
    .replace(/[-.]+$/, '')
  return clean || 'default'
}

/** The default key: the workflow's name and the budget file, so two workflows (or two budget files) keep separate comments. */
export function defaultCommentKey(
  workflow: string,
  budgetFile: string
): string {
  return sanitizeCommentKey(`${workflow}-${budgetFile}`)
}

/** The hidden first line of the sticky comment; the comment is found again by it. */
export function commentMarker(key: string): string {
  return `<!-- image-size-budget:${sanitizeCommentKey(key)} -->`
}

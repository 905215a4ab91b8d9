// Turns a layer row's step into what the alignment compares: the Dockerfile keyword and
// a multiset of tokens. Pure: rows in, tokens out.
//
// Why each rule:
// - Whitespace is collapsed: builders print the same line with different spacing.
// - COPY/ADD compare by destination only: the classic builder writes `COPY file:<sha> in /dst`
//   where BuildKit writes `COPY src /dst`, and the sha changes with every edit of the source.
// - Version numbers are split into digit runs and dots, so `curl=7.88.1` → `curl=7.88.2` is one
//   token of many, a small edit, and the step pairs with its old self.
// - Build args (already split off createdBy by the history parser) become `KEY=VALUE` tokens:
//   a changed build arg is a small edit of the same step.

/** What the alignment needs of a row: LayerRow's fields, most of them optional for hand-written tests. */
export interface StepInput {
  instruction?: string;
  createdBy: string;
  sizeBytes?: number;
  diffId?: string;
  buildArgs?: Record<string, string>;
}

export interface NormalizedStep {
  /** The Dockerfile keyword (RUN, COPY, …), '' for an imported or history-less row. */
  keyword: string;
  /** The comparable text: keyword and normalized body. */
  text: string;
  /** Token → count: the multiset the similarity is computed on. */
  tokens: Map<string, number>;
  tokenCount: number;
}

// Words (keeping `apt-get`, `build-deps` whole), digit runs, and single punctuation marks.
const TOKEN = /[A-Za-z_][A-Za-z0-9_-]*|\d+|[^\sA-Za-z0-9_]/g;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function keywordOf(step: StepInput): string {
  if (step.instruction !== undefined) return step.instruction.toUpperCase();
  return /^([A-Z]+)\b/.exec(step.createdBy.trim())?.[1] ?? '';
}

/** The destination of a COPY/ADD, in either builder's spelling. */
export function copyDestination(body: string): string {
  let rest = body.trim();
  // Classic: `file:<sha> in /dst`, `dir:<sha> in /dst`, `multi:<sha> in /dst`.
  const classic = /^(?:file|dir|multi):[0-9a-f]+ in (.+)$/.exec(rest);
  if (classic) return trimSlash(classic[1].trim());
  // BuildKit: flags first (`--from=build`, `--chown=1:1`, `--link`), then sources, then the destination.
  rest = rest.replace(/^(?:--[a-z-]+(?:=\S+)?\s+)+/, '');
  if (rest.startsWith('[')) {
    try {
      const parts = JSON.parse(rest) as unknown;
      if (Array.isArray(parts) && parts.length > 0 && typeof parts[parts.length - 1] === 'string') return trimSlash(parts[parts.length - 1] as string);
    } catch {
      // not JSON after all: fall through to the last word
    }
  }
  const words = rest.split(' ');
  return trimSlash(words[words.length - 1] ?? '');
}

function trimSlash(dst: string): string {
  return dst.length > 1 ? dst.replace(/\/+$/, '') : dst;
}

export function normalizeStep(step: StepInput): NormalizedStep {
  const keyword = keywordOf(step);
  let body = step.createdBy.replace(/\s+/g, ' ').trim();
  if (keyword && body.toUpperCase().startsWith(keyword + ' ')) body = body.slice(keyword.length + 1);
  else if (keyword && body.toUpperCase() === keyword) body = '';
  if (keyword === 'COPY' || keyword === 'ADD') body = copyDestination(body);
  const args = Object.entries(step.buildArgs ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`);
  const text = [keyword, body, ...args].filter(Boolean).join(' ');
  const tokens = new Map<string, number>();
  let tokenCount = 0;
  for (const token of tokenize(text)) {
    tokens.set(token, (tokens.get(token) ?? 0) + 1);
    tokenCount++;
  }
  return { keyword, text, tokens, tokenCount };
}

/**
 * How alike two steps are, 0…1: 0 across keywords (a RUN never pairs with a COPY), 1 for
 * the same text, 0 for a COPY/ADD to another destination, else the Dice coefficient of the token multisets. Dice rather than an edit
 * distance: linear in the tokens, so a 1,000-row image still aligns in milliseconds, and a
 * one-token edit of a long RUN still scores near 1.
 */
export function similarity(a: NormalizedStep, b: NormalizedStep): number {
  if (a.keyword !== b.keyword) return 0;
  if (a.text === b.text) return 1;
  // A COPY/ADD is known by its destination alone: another destination is another step.
  if (a.keyword === 'COPY' || a.keyword === 'ADD') return 0;
  if (a.tokenCount + b.tokenCount === 0) return 1;
  let common = 0;
  const [small, large] = a.tokens.size <= b.tokens.size ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  for (const [token, count] of small) common += Math.min(count, large.get(token) ?? 0);
  return (2 * common) / (a.tokenCount + b.tokenCount);
}

// Pairs base and head layer rows by what made them, not by position. Pure: steps in,
// index pairs out.
//
// 1. A global alignment (Needleman–Wunsch with free gaps) maximises the summed weight of
//    the pairs while keeping order. Weights come in tiers, so that no number of look-alike
//    pairs outweighs one sure pair (else `a,b` → `b,a` would read as two edits):
//    same diff_id (the same bytes) T², same normalized text T, else the steps' similarity
//    (see normalize.ts, ≤ 1) when it reaches PAIR_SIMILARITY; T exceeds the number of
//    possible pairs. Each tier adds a tie-break preferring the closest size (so of two
//    identical `RUN make` rows the one of like size pairs).
//    Steps too unlike to be one edited step never pair: they are `removed` + `added`.
// 2. Order-keeping alignment cannot pair both of two swapped steps, so a second pass pairs
//    the rows left over on both sides when they are clearly the same step (MOVE_SIMILARITY
//    or same diff_id), best match first: a moved step reads as itself, not as removed+added.

import { normalizeStep, similarity, type NormalizedStep, type StepInput } from './normalize.js';

/** [base index, head index] into the arrays given; null on one side for a removed or added row. */
export type AlignedPair = [number | null, number | null];

export const PAIR_SIMILARITY = 0.5;
export const MOVE_SIMILARITY = 0.8;
const SIZE_TIE_BREAK = 1e-3;

interface Prepared {
  step: StepInput;
  normalized: NormalizedStep;
}

/** `tier` is T: one more than the most pairs an alignment can hold. */
function pairWeight(a: Prepared, b: Prepared, minSimilarity: number, tier: number): number {
  const sizeA = a.step.sizeBytes ?? 0;
  const sizeB = b.step.sizeBytes ?? 0;
  const tieBreak = SIZE_TIE_BREAK * (1 - Math.abs(sizeA - sizeB) / Math.max(sizeA, sizeB, 1));
  // An empty diff has one well-known digest, shared by unrelated steps: only a same-keyword pair trusts it.
  if (a.step.diffId && a.step.diffId === b.step.diffId && (sizeA > 0 || a.normalized.keyword === b.normalized.keyword)) return tier * tier;
  const score = similarity(a.normalized, b.normalized);
  if (score < minSimilarity) return 0;
  return (a.normalized.text === b.normalized.text ? tier : score) + tieBreak;
}

/**
 * Aligns two step sequences (base first in each). The result lists every row of both sides
 * once, in head order, each removed base row placed where it stood (after the pairs before it).
 */
export function alignSteps(base: StepInput[], head: StepInput[]): AlignedPair[] {
  const b = base.map((step) => ({ step, normalized: normalizeStep(step) }));
  const h = head.map((step) => ({ step, normalized: normalizeStep(step) }));
  const n = b.length;
  const m = h.length;
  const width = m + 1;
  const tier = Math.min(n, m) + 2;
  const weight = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) weight[i * m + j] = pairWeight(b[i], h[j], PAIR_SIMILARITY, tier);
  const score = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const w = weight[(i - 1) * m + (j - 1)];
      let best = Math.max(score[(i - 1) * width + j], score[i * width + j - 1]);
      if (w > 0) best = Math.max(best, score[(i - 1) * width + j - 1] + w);
      score[i * width + j] = best;
    }
  }
  // Traceback from the end. Preferring the pair, then an added head row, means that in forward
  // order a removed base row comes before the head rows added in its place.
  const reversed: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = score[i * width + j];
    if (i > 0 && j > 0) {
      const w = weight[(i - 1) * m + (j - 1)];
      if (w > 0 && here === score[(i - 1) * width + j - 1] + w) {
        reversed.push([i - 1, j - 1]);
        i--;
        j--;
        continue;
      }
    }
    if (j > 0 && here === score[i * width + j - 1]) {
      reversed.push([null, j - 1]);
      j--;
    } else {
      reversed.push([i - 1, null]);
      i--;
    }
  }
  return pairMoved(reversed.reverse(), b, h, tier);
}

/** Second pass: leftover removed and added rows that are clearly one step, moved, become a pair at the head position. */
function pairMoved(pairs: AlignedPair[], b: Prepared[], h: Prepared[], tier: number): AlignedPair[] {
  const removed = pairs.filter(([bi, hi]) => hi === null && bi !== null).map(([bi]) => bi as number);
  const added = pairs.filter(([bi, hi]) => bi === null && hi !== null).map(([, hi]) => hi as number);
  if (removed.length === 0 || added.length === 0) return pairs;
  const candidates: { bi: number; hi: number; w: number }[] = [];
  for (const bi of removed) {
    for (const hi of added) {
      const w = pairWeight(b[bi], h[hi], MOVE_SIMILARITY, tier);
      if (w > 0) candidates.push({ bi, hi, w });
    }
  }
  // Best first; ties by position so the result does not depend on the sort's stability.
  candidates.sort((x, y) => y.w - x.w || x.hi - y.hi || x.bi - y.bi);
  const moved = new Map<number, number>();
  const usedBase = new Set<number>();
  for (const { bi, hi } of candidates) {
    if (usedBase.has(bi) || moved.has(hi)) continue;
    usedBase.add(bi);
    moved.set(hi, bi);
  }
  const out: AlignedPair[] = [];
  for (const [bi, hi] of pairs) {
    if (hi === null && bi !== null && usedBase.has(bi)) continue;
    if (bi === null && hi !== null && moved.has(hi)) out.push([moved.get(hi) as number, hi]);
    else out.push([bi, hi]);
  }
  return out;
}

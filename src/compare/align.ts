// Pairs base and head layer rows as a reviewer would: by what the steps contain, not by the
// shape of their command or their position. Pure: steps in, matches (with their reasons) out.
//
// 1. Evidence, strongest first: the same diff_id (the same bytes); the same content (the
//    classic builder's `file:`/`dir:` sha, BuildKit's COPY sources); the same files written
//    (when the file analysis ran on both sides: the layers' largest paths, weighted by bytes,
//    overlap by half or more); the same text; else the
//    steps' terms (normalize.ts), each weighted by its class and by how rare it is in these
//    two Dockerfiles, so `/srv/libs.bin` or `libssl-dev` decide and `dd`, `-y`, `&&` hardly
//    count; version-like terms match at another version for most of their weight. The score
//    is the better of the weighted Dice coefficient and the containment of the smaller step in
//    the larger (an install line that kept 2 of its 8 packages, a step that gained a second
//    command, are still themselves). Sizes only break ties.
// 2. A global alignment (Needleman–Wunsch with free gaps) maximises the summed weight of the
//    pairs while keeping order. Weights come in tiers, so that no number of look-alike pairs
//    outweighs one sure pair (else `a,b` → `b,a` would read as two edits): same diff_id T²,
//    same paths T·(1 + score), same content or text T, else the score when it reaches PAIR_SCORE; T exceeds the number
//    of possible pairs. Steps too unlike to be one edited step never pair: removed + added.
// 3. Order-keeping alignment cannot pair both of two swapped steps, so a second pass pairs the
//    rows left over on both sides when they are clearly one step (MOVE_SCORE, same content or
//    same diff_id), best first: a moved step reads as itself, not as removed + added.
// 4. Merges and splits: a leftover base RUN whose terms are in a head step, and not already
//    explained by that step's partner, was merged into it (`RUN a` + `RUN rm …` → `RUN a && rm …`);
//    the mirror image is a split. One change then names every row involved, rather than a
//    forced one-to-one pair and a spurious `removed` row.

import {
  normalizeStep,
  type NormalizedStep,
  type StepInput,
  type Term
} from './normalize.js'

export type PairedBy = 'digest' | 'content' | 'paths' | 'text' | 'moved'

/** Rows of each side that one change covers: one and one (a pair), one and none (removed/added), several and one (a merge), one and several (a split). */
export interface StepMatch {
  base: number[]
  head: number[]
  /** Why the rows pair (absent for an added or removed row). */
  pairedBy?: PairedBy
  /** How alike the paired rows are, 0…1, rounded to 3 decimals (1 for digest, content, same text). */
  score?: number
}

export const PAIR_SCORE = 0.55
export const MOVE_SCORE = 0.7
/** Layers whose largest files overlap this much (by bytes) pair by their paths, whatever their commands say. */
export const PATHS_SCORE = 0.5
/** A version-like term at another version counts this much of its weight. */
const VERSION_CREDIT = 0.75
/** Of a leftover row's weight, how much a head (or base) step must contain to have absorbed it. */
const MERGE_COVER = 0.5
const SIZE_TIE_BREAK = 1e-3

interface Prepared {
  step: StepInput
  normalized: NormalizedStep
}

interface Weighed {
  /** Term key → weight after rarity. */
  weights: Map<string, number>
  /** Stem → keys of this step with that stem. */
  stems: Map<string, string[]>
  total: number
}

interface Link {
  score: number
  by: PairedBy
}

const NO_LINK: Link = { score: 0, by: 'text' }

/** Rarity across both Dockerfiles: a term in one step on each side keeps its weight; one in many steps little of it. */
function weighAll(
  base: Prepared[],
  head: Prepared[]
): { base: Weighed[]; head: Weighed[] } {
  const frequency = (steps: Prepared[]) => {
    const counts = new Map<string, number>()
    for (const { normalized } of steps)
      for (const term of normalized.terms)
        counts.set(term.key, (counts.get(term.key) ?? 0) + 1)
    return counts
  }
  const inBase = frequency(base)
  const inHead = frequency(head)
  const weigh = ({ normalized }: Prepared): Weighed => {
    const weights = new Map<string, number>()
    const stems = new Map<string, string[]>()
    let total = 0
    for (const term of normalized.terms) {
      const spread = Math.max(
        1,
        ((inBase.get(term.key) ?? 0) + (inHead.get(term.key) ?? 0)) / 2
      )
      const weight = term.weight / spread
      weights.set(term.key, weight)
      total += weight
      if (term.stem !== undefined)
        stems.set(term.stem, [...(stems.get(term.stem) ?? []), term.key])
    }
    return { weights, stems, total }
  }
  return { base: base.map(weigh), head: head.map(weigh) }
}

/** Weight the two term sets share: exact keys fully, a version-like key at another version in part. */
function sharedWeight(a: Weighed, aTerms: Term[], b: Weighed): number {
  let shared = 0
  for (const term of aTerms) {
    const wa = a.weights.get(term.key) ?? 0
    const wb = b.weights.get(term.key)
    if (wb !== undefined) {
      shared += (wa + wb) / 2
      continue
    }
    if (term.stem === undefined) continue
    const others = b.stems.get(term.stem)
    if (!others) continue
    const best = Math.max(...others.map((key) => b.weights.get(key) ?? 0))
    shared += (VERSION_CREDIT * (wa + best)) / 2
  }
  return shared
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.length === b.length &&
    a.every((x, i) => x === b[i])
  )
}

/** How strongly the evidence ties two steps, and by what; score 0 for steps of different keywords. */
function link(a: Prepared, wa: Weighed, b: Prepared, wb: Weighed): Link {
  const sizeA = a.step.sizeBytes ?? 0
  // An empty diff has one well-known digest, shared by unrelated steps: only a same-keyword pair trusts it.
  if (
    a.step.diffId &&
    a.step.diffId === b.step.diffId &&
    (sizeA > 0 || a.normalized.keyword === b.normalized.keyword)
  )
    return { score: 1, by: 'digest' }
  const na = a.normalized
  const nb = b.normalized
  if (na.keyword !== nb.keyword) return NO_LINK
  const paths = pathScore(a.step, b.step)
  if (paths >= PATHS_SCORE) return { score: paths, by: 'paths' }
  if (na.copy && nb.copy) {
    if (na.copy.hash !== undefined && na.copy.hash === nb.copy.hash)
      return { score: 1, by: 'content' }
    if (
      sameList(na.copy.sources, nb.copy.sources) &&
      !na.copy.sources?.every(
        (source) =>
          source === 'src:.' || source === '.' || source.startsWith('--from=')
      )
    )
      return { score: 1, by: 'content' }
    // One builder's record against the other's: only the destination is comparable.
    if ((na.copy.hash === undefined) !== (nb.copy.hash === undefined))
      return na.copy.destination === nb.copy.destination
        ? { score: 1, by: 'text' }
        : NO_LINK
  }
  if (na.text === nb.text) return { score: 1, by: 'text' }
  if (wa.total + wb.total === 0) return { score: 1, by: 'text' }
  const shared = sharedWeight(wa, na.terms, wb)
  const dice = (2 * shared) / (wa.total + wb.total)
  const smaller = Math.min(wa.total, wb.total)
  // Containment says little when the smaller step names nothing but idiom.
  const containment =
    smaller > 0
      ? (Math.min(shared, smaller) / smaller) * Math.min(1, smaller / 0.5)
      : 0
  return { score: 0.8 * containment + 0.2 * dice, by: 'text' }
}

/**
 * How much two layers write the same files: the byte-weighted Dice coefficient of their largest
 * files (a file that grew still counts, at its smaller size twice). 0 when either side has none.
 */
function pathScore(a: StepInput, b: StepInput): number {
  if (!a.paths?.length || !b.paths?.length) return 0
  const inB = new Map(b.paths.map((entry) => [entry.path, entry.bytes]))
  const total = [...a.paths, ...b.paths].reduce(
    (sum, entry) => sum + Math.max(entry.bytes, 1),
    0
  )
  let shared = 0
  for (const entry of a.paths) {
    const other = inB.get(entry.path)
    if (other !== undefined)
      shared += 2 * Math.max(Math.min(entry.bytes, other), 1)
  }
  return shared / total
}

function sizeTieBreak(a: Prepared, b: Prepared): number {
  const sizeA = a.step.sizeBytes ?? 0
  const sizeB = b.step.sizeBytes ?? 0
  return (
    SIZE_TIE_BREAK * (1 - Math.abs(sizeA - sizeB) / Math.max(sizeA, sizeB, 1))
  )
}

/** `tier` is T: one more than the most pairs an alignment can hold. */
function pairWeight(
  l: Link,
  a: Prepared,
  b: Prepared,
  minScore: number,
  tier: number
): number {
  if (l.by === 'digest') return tier * tier
  if (l.score < minScore) return 0
  if (l.by === 'paths') return tier * (1 + l.score) + sizeTieBreak(a, b)
  const sure =
    l.by === 'content' ||
    (l.score === 1 && a.normalized.text === b.normalized.text)
  return (sure ? tier : l.score) + sizeTieBreak(a, b)
}

const round = (score: number) => Math.round(score * 1000) / 1000

/**
 * Matches two step sequences (base first). The result lists every row of both sides once, in
 * head order, each removed base row placed where it stood (after the pairs before it).
 */
export function matchSteps(base: StepInput[], head: StepInput[]): StepMatch[] {
  const b = base.map((step) => ({ step, normalized: normalizeStep(step) }))
  const h = head.map((step) => ({ step, normalized: normalizeStep(step) }))
  const weighed = weighAll(b, h)
  const n = b.length
  const m = h.length
  const links: Link[] = new Array<Link>(n * m)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      links[i * m + j] = link(b[i], weighed.base[i], h[j], weighed.head[j])
  const linkOf = (i: number, j: number) => links[i * m + j]

  const width = m + 1
  const tier = Math.min(n, m) + 2
  const weight = new Float64Array(n * m)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      weight[i * m + j] = pairWeight(linkOf(i, j), b[i], h[j], PAIR_SCORE, tier)
  const score = new Float64Array((n + 1) * width)
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const w = weight[(i - 1) * m + (j - 1)]
      let best = Math.max(score[(i - 1) * width + j], score[i * width + j - 1])
      if (w > 0) best = Math.max(best, score[(i - 1) * width + j - 1] + w)
      score[i * width + j] = best
    }
  }
  // Traceback from the end. Preferring the pair, then an added head row, means that in forward
  // order a removed base row comes before the head rows added in its place.
  const reversed: StepMatch[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const here = score[i * width + j]
    if (i > 0 && j > 0) {
      const w = weight[(i - 1) * m + (j - 1)]
      if (w > 0 && here === score[(i - 1) * width + j - 1] + w) {
        const l = linkOf(i - 1, j - 1)
        reversed.push({
          base: [i - 1],
          head: [j - 1],
          pairedBy: l.by,
          score: round(l.score)
        })
        i--
        j--
        continue
      }
    }
    if (j > 0 && here === score[i * width + j - 1]) {
      reversed.push({ base: [], head: [j - 1] })
      j--
    } else {
      reversed.push({ base: [i - 1], head: [] })
      i--
    }
  }
  const moved = pairMoved(reversed.reverse(), b, h, linkOf, tier)
  return explainMerges(moved, b, h, weighed)
}

/** Second pass: leftover removed and added rows that are clearly one step, moved, become a pair at the head position. */
function pairMoved(
  matches: StepMatch[],
  b: Prepared[],
  h: Prepared[],
  linkOf: (i: number, j: number) => Link,
  tier: number
): StepMatch[] {
  const removed = matches
    .filter((x) => x.head.length === 0)
    .map((x) => x.base[0])
  const added = matches.filter((x) => x.base.length === 0).map((x) => x.head[0])
  if (removed.length === 0 || added.length === 0) return matches
  const candidates: { bi: number; hi: number; w: number }[] = []
  for (const bi of removed) {
    for (const hi of added) {
      const w = pairWeight(linkOf(bi, hi), b[bi], h[hi], MOVE_SCORE, tier)
      if (w > 0) candidates.push({ bi, hi, w })
    }
  }
  // Best first; ties by position so the result does not depend on the sort's stability.
  candidates.sort((x, y) => y.w - x.w || x.hi - y.hi || x.bi - y.bi)
  const pairedHead = new Map<number, number>()
  const usedBase = new Set<number>()
  for (const { bi, hi } of candidates) {
    if (usedBase.has(bi) || pairedHead.has(hi)) continue
    usedBase.add(bi)
    pairedHead.set(hi, bi)
  }
  const out: StepMatch[] = []
  for (const x of matches) {
    if (x.head.length === 0 && usedBase.has(x.base[0])) continue
    const hi = x.head[0]
    if (x.base.length === 0 && pairedHead.has(hi)) {
      const bi = pairedHead.get(hi) as number
      out.push({
        base: [bi],
        head: [hi],
        pairedBy: 'moved',
        score: round(linkOf(bi, hi).score)
      })
    } else out.push(x)
  }
  return out
}

/** Weight of `part`'s terms found in `whole`, and of those, the weight not found in any of `explained`. */
function absorbed(
  part: Prepared,
  wp: Weighed,
  whole: Weighed,
  explained: Weighed[]
): { cover: number; fresh: number } {
  let cover = 0
  let fresh = 0
  for (const term of part.normalized.terms) {
    const weight = wp.weights.get(term.key) ?? 0
    if (!whole.weights.has(term.key)) continue
    cover += weight
    if (!explained.some((other) => other.weights.has(term.key))) fresh += weight
  }
  return {
    cover: wp.total > 0 ? cover / wp.total : 0,
    fresh: wp.total > 0 ? fresh / wp.total : 0
  }
}

/**
 * Last pass: a leftover RUN (removed base row, added head row) whose terms are in a step of the
 * other side, and which adds to that step what its own partner does not explain, was merged
 * into it (or split out of it). Needs a step that names something (not only idiom).
 */
function explainMerges(
  matches: StepMatch[],
  b: Prepared[],
  h: Prepared[],
  weighed: { base: Weighed[]; head: Weighed[] }
): StepMatch[] {
  const out = matches.map((x) => ({
    ...x,
    base: [...x.base],
    head: [...x.head]
  }))
  const dropped = new Set<StepMatch>()
  const absorb = (side: 'base' | 'head') => {
    const other = side === 'base' ? 'head' : 'base'
    const mine = side === 'base' ? b : h
    const mineWeighed = side === 'base' ? weighed.base : weighed.head
    const theirWeighed = side === 'base' ? weighed.head : weighed.base
    const theirs = side === 'base' ? h : b
    for (const leftover of out) {
      if (
        dropped.has(leftover) ||
        leftover[other].length > 0 ||
        leftover[side].length !== 1
      )
        continue
      const index = leftover[side][0]
      const row = mine[index]
      if (row.normalized.keyword !== 'RUN' || mineWeighed[index].total < 0.5)
        continue
      let best:
        { target: StepMatch; cover: number; distance: number } | undefined
      for (const target of out) {
        // Into a pair (or an existing merge) of the other side's one row.
        if (
          target === leftover ||
          dropped.has(target) ||
          target[other].length !== 1 ||
          target[side].length === 0
        )
          continue
        if (side === 'head' && target.base.length > 1) continue
        if (side === 'base' && target.head.length > 1) continue
        const into = target[other][0]
        if (theirs[into].normalized.keyword !== 'RUN') continue
        const partners = target[side].map((k) => mineWeighed[k])
        const { cover, fresh } = absorbed(
          row,
          mineWeighed[index],
          theirWeighed[into],
          partners
        )
        if (cover < MERGE_COVER || fresh < 0.5) continue
        const distance = Math.abs(target[side][0] - index)
        if (
          !best ||
          cover > best.cover ||
          (cover === best.cover && distance < best.distance)
        )
          best = { target, cover, distance }
      }
      if (!best) continue
      best.target[side] = [...best.target[side], index].sort((x, y) => x - y)
      dropped.add(leftover)
    }
  }
  absorb('base')
  absorb('head')
  return out.filter((x) => !dropped.has(x))
}

/** [base index, head index] for the one-to-one view: removed/added rows have null on one side; merges and splits list their first rows. */
export type AlignedPair = [number | null, number | null]

export function alignSteps(
  base: StepInput[],
  head: StepInput[]
): AlignedPair[] {
  return matchSteps(base, head).map((x) => [
    x.base[0] ?? null,
    x.head[0] ?? null
  ])
}

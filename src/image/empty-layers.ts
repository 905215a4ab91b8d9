// Decides which history rows made a filesystem layer, so that the rows with
// `empty: false` are one-to-one, in order, with the image's RootFS layers.
//
// docker history does not print the config's `empty_layer` flag, and size alone cannot
// decide (a classic WORKDIR or a BuildKit `RUN rm` makes a real 0-byte layer; CMD makes
// none). So: a row with bytes is a layer; otherwise the builder's markers give a hint;
// and the layer count is a constraint. Checkpoints (the top row's count is RootFS.Layers;
// an intermediate image's count comes from inspecting it, when the engine kept it) split
// the rows into spans whose layer count is known. Inside a span, rows are chosen by
// strength of hint; the choice is exact when it is forced, else the caller warns.

import type { LayerHint } from './history.js'

export interface EmptyInput {
  sizeBytes: number
  hint: LayerHint
}

/** A known layer count: the image made by rows[0..row] (base first, inclusive) has `layers` layers. */
export interface Checkpoint {
  row: number
  layers: number
}

export interface EmptyDecision {
  /** One flag per row, base first: true when the row made no layer. */
  empty: boolean[]
  /** Row indexes whose flag was a guess (the markers and counts did not force it). */
  uncertainRows: number[]
  /** Set when the markers contradict the counts (more sure layers than the image has). */
  contradiction?: string
}

// Stronger first. A row with bytes is always a layer; a config-only instruction never is, unless the counts insist.
function rank(row: EmptyInput): number {
  if (row.sizeBytes > 0) return 0
  switch (row.hint) {
    case 'layer':
      return 1
    case 'likely-layer':
      return 2
    case 'unknown':
      return 3
    case 'empty':
      return 4
  }
}

/** Rows are base first; checkpoints need not be sorted and must include the top row's (RootFS.Layers). */
export function decideEmpty(
  rows: EmptyInput[],
  checkpoints: Checkpoint[]
): EmptyDecision {
  const empty = rows.map(() => true)
  const uncertainRows: number[] = []
  let contradiction: string | undefined
  const sorted = [...checkpoints].sort((a, b) => a.row - b.row)
  let start = 0
  let layersBelow = 0
  for (const checkpoint of sorted) {
    if (checkpoint.row < start) continue
    const span = rows
      .slice(start, checkpoint.row + 1)
      .map((row, offset) => ({ row, at: start + offset }))
    let need = checkpoint.layers - layersBelow
    // Fill by rank: all of a rank when it fits, else the lowest rows of that rank (a guess).
    for (let r = 0; r <= 4 && need > 0; r++) {
      const group = span.filter(({ row }) => rank(row) === r)
      if (group.length === 0) continue
      if (r === 0 && group.length > need) {
        contradiction = `${group.length} history rows with bytes but only ${need} layers between rows ${start} and ${checkpoint.row}`
      }
      const take = Math.min(need, group.length)
      if (take < group.length) uncertainRows.push(...group.map(({ at }) => at))
      for (const { at } of group.slice(0, take)) empty[at] = false
      need -= take
    }
    if (need > 0) {
      contradiction = `the image has ${checkpoint.layers - layersBelow} layers between rows ${start} and ${checkpoint.row} but its history names only ${checkpoint.layers - layersBelow - need}`
    }
    layersBelow = checkpoint.layers
    start = checkpoint.row + 1
  }
  return {
    empty,
    uncertainRows: [...new Set(uncertainRows)].sort((a, b) => a - b),
    contradiction
  }
}

// dive-compatible figures (efficiency, wasted bytes, user-wasted percent), reproduced from
// wagoodman/dive exactly, quirks included, so that a team moving from `dive --ci` keeps its
// thresholds: dive/filetree/efficiency.go (Efficiency), file_tree.go (AddPath, Stack,
// StackTreeRange, GetNode), file_node.go (Path, IsLeaf, VisitDepthChildFirst) and
// dive/image/image.go (Analyze). The quirks, on purpose:
// - every leaf of every layer's tree counts, layer 0 included; a file whiteout is an
//   occurrence of 0 bytes, a directory whiteout the size of the lower directory's subtree
//   (so a deleted directory lowers the score only if seen again at the same path);
// - opaque markers are dropped (AddPath skips `.wh..wh..*`), so what they hide is ignored;
// - a directory only implied by its children has an empty FileInfo (not a directory), and
//   stacking copies that empty FileInfo over a lower explicit directory;
// - a whiteout whose path the stacked lower tree lacks aborts the rest of that layer's visit;
// - wasted bytes sum every copy of every path seen twice or more, the kept copy included
//   (dive #684); user-wasted percent divides by all layers but the first.
// The .dive-ci rules that use these figures are in src/budget/rules/dive.ts (the file is read by src/budget/dive-ci.ts).

import type { DiveFigures } from '../model/report.js'
import { goIsDir, sharedIndex, type LayerListing } from '../model/listing.js'
import {
  enlarged,
  ROOT,
  siblingPath,
  Whiteout,
  type PathIndex
} from '../model/paths.js'

const WHITEOUT = '.wh.'
const DOUBLE_WHITEOUT = '.wh..wh..'

/**
 * One layer's tree as dive's AddPath builds it, flattened over path ids: the nodes (the
 * root excluded), each with its FileInfo (an entry's size and Go's IsDir; 0 and false for a
 * directory only implied by its children), and whether it is a leaf.
 */
interface DiveLayer {
  ids: Int32Array
  size: Float64Array
  isDir: Uint8Array
  leaf: Uint8Array
  /** Sum of the header sizes of the layer's entries (image_archive.go FileSize). */
  fileSize: number
}

/** A layer's tree while it is built: nodes in the order AddPath creates them, in arrays grown by doubling. */
class TreeBuilder {
  length = 0
  ids: Int32Array
  size: Float64Array
  isDir: Uint8Array
  constructor(capacity: number) {
    capacity = Math.max(16, capacity)
    this.ids = new Int32Array(capacity)
    this.size = new Float64Array(capacity)
    this.isDir = new Uint8Array(capacity)
  }
  /** Adds a node with an empty FileInfo; returns its slot. */
  push(id: number): number {
    if (this.length === this.ids.length) {
      this.ids = enlarged(this.ids, this.length * 2)
      this.size = enlarged(this.size, this.length * 2)
      this.isDir = enlarged(this.isDir, this.length * 2)
    }
    this.ids[this.length] = id
    return this.length++
  }
}

function compareGoStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Builds the per-layer trees and dive's Analyze over them; see the file comment for the quirks kept. */
class DiveAnalysis {
  private readonly index: PathIndex
  /** Per path id, the topmost component (itself or above) that AddPath refuses (`.wh..wh..*`), -1 none, -2 not computed. */
  private readonly blocked: Int32Array
  /** Which layer tree a path id was last added to (a stamp), and its slot there. */
  private readonly stamp: Int32Array
  private readonly slot: Int32Array
  private stamps = 0
  readonly layers: DiveLayer[]

  constructor(listings: LayerListing[]) {
    this.index = sharedIndex(listings)
    const n = this.index.size
    this.blocked = new Int32Array(n).fill(-2)
    this.stamp = new Int32Array(n)
    this.slot = new Int32Array(n)
    const cache = new Map<LayerListing, DiveLayer>()
    this.layers = listings.map((listing) => {
      let layer = cache.get(listing)
      if (!layer) cache.set(listing, (layer = this.layerTree(listing)))
      return layer
    })
  }

  private blockedAt(id: number): number {
    const known = this.blocked[id]
    if (known !== -2) return known
    const parent = this.index.parents[id]
    const above = parent <= ROOT ? -1 : this.blockedAt(parent)
    const value =
      above >= 0
        ? above
        : this.index.nameStartsWith(id, DOUBLE_WHITEOUT)
          ? id
          : -1
    this.blocked[id] = value
    return value
  }

  /** The id's slot in the tree being built, adding it (as an implied directory) and its parents when missing. */
  private add(tree: TreeBuilder, id: number): number {
    if (this.stamp[id] === this.stamps) return this.slot[id]
    const parent = this.index.parents[id]
    if (parent !== ROOT) this.add(tree, parent)
    this.stamp[id] = this.stamps
    return (this.slot[id] = tree.push(id))
  }

  /** image_archive.go processLayerTar + file_tree.go AddPath for every entry of one layer. */
  private layerTree(listing: LayerListing): DiveLayer {
    const { ids, sizes } = listing
    this.stamps++
    const built = new TreeBuilder(listing.length)
    let fileSize = 0
    for (let i = 0; i < listing.length; i++) {
      const id = ids[i]
      if (id === ROOT) continue
      fileSize += sizes[i]
      const blocked = this.blockedAt(id)
      if (blocked >= 0) {
        // AddPath creates the components above the refused one, then stops.
        const parent = this.index.parents[blocked]
        if (parent !== ROOT) this.add(built, parent)
        continue
      }
      const k = this.add(built, id)
      built.size[k] = sizes[i]
      built.isDir[k] = goIsDir(listing, i) ? 1 : 0
    }
    const count = built.length
    const nodes = built.ids.slice(0, count)
    const leaf = new Uint8Array(count).fill(1)
    const parents = this.index.parents
    for (let k = 0; k < count; k++) {
      const parent = parents[nodes[k]]
      if (parent !== ROOT) leaf[this.slot[parent]] = 0
    }
    return {
      ids: nodes,
      size: built.size.slice(0, count),
      isDir: built.isDir.slice(0, count),
      leaf,
      fileSize
    }
  }

  /** True when `id` is a node of `layer` (only valid while that layer's stamp is current). */
  private inTree(layer: DiveLayer, id: number): boolean {
    const k = this.slot[id]
    return k < layer.ids.length && layer.ids[k] === id
  }

  // ---- the stacked tree below the current layer (StackTreeRange), as arrays over path ids ----

  private stacked?: {
    present: Uint8Array
    size: Float64Array
    isDir: Uint8Array
  }
  private stackedUpTo = -1

  /** StackTreeRange(trees, 0, current-1): a copy of tree 0 with trees 0..current-1 stacked on it (tree 0 itself for current 0). */
  stackedBelow(current: number): {
    present: Uint8Array
    size: Float64Array
    isDir: Uint8Array
  } {
    if (!this.stacked) {
      const n = this.index.size
      const s = (this.stacked = {
        present: new Uint8Array(n),
        size: new Float64Array(n),
        isDir: new Uint8Array(n)
      })
      s.present[ROOT] = 1
      const first = this.layers[0]
      first.ids.forEach((id, k) => {
        s.present[id] = 1
        s.size[id] = first.size[k]
        s.isDir[id] = first.isDir[k]
      })
    }
    while (this.stackedUpTo < current - 1)
      this.stack(this.layers[++this.stackedUpTo])
    return this.stacked
  }

  private removeStacked(id: number): void {
    const s = this.stacked!
    if (!s.present[id]) return
    s.present[id] = 0
    const { firstChild, nextSibling } = this.index
    for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
      this.removeStacked(child)
  }

  /**
   * file_tree.go Stack: grafts every node of `upper`, children first in sorted order (a
   * whiteout removes the lower path, anything else is added with its FileInfo). Order only
   * matters between a whiteout and the path it names when both are in `upper`: Go's sort
   * decides which comes first, so such a removal runs before or after the additions.
   */
  private stack(upper: DiveLayer): void {
    const s = this.stacked!
    const { whiteouts } = this.index
    this.restamp(upper)
    const late: number[] = []
    for (const id of upper.ids) {
      if (whiteouts[id] === Whiteout.None) continue
      const name = this.index.name(id)
      const target = name.slice(WHITEOUT.length)
      if (target === '') continue // names its own parent: dive leaves the tree as it is
      const targetId = this.index.find(siblingPath(this.index, id, target))!
      if (this.inTree(upper, targetId) && compareGoStrings(target, name) < 0)
        late.push(targetId)
      else this.removeStacked(targetId)
    }
    upper.ids.forEach((id, k) => {
      if (whiteouts[id] === Whiteout.None) {
        s.present[id] = 1
        s.size[id] = upper.size[k]
        s.isDir[id] = upper.isDir[k]
      } else if (!upper.leaf[k] && !s.present[id]) {
        // A whiteout with children (no real builder writes one): a node of its own, FileInfo empty.
        s.present[id] = 1
        s.size[id] = 0
        s.isDir[id] = 0
      }
    })
    for (const id of late) this.removeStacked(id)
  }

  /** Makes `layer` the stamped one again (inTree reads the slots). */
  private restamp(layer: DiveLayer): void {
    this.stamps++
    layer.ids.forEach((id, k) => {
      this.stamp[id] = this.stamps
      this.slot[id] = k
    })
  }

  /** Sizes of a stacked node and everything under it (VisitDepthChildFirst from that node). */
  subtreeSize(id: number): number {
    const s = this.stacked!
    let total = s.size[id]
    const { firstChild, nextSibling } = this.index
    for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
      if (s.present[child]) total += this.subtreeSize(child)
    return total
  }

  /** The layer's leaves in dive's visiting order: depth first, children sorted, each node after its children. */
  sortedLeaves(layer: DiveLayer): number[] {
    this.restamp(layer)
    const children = new Map<number, number[]>()
    layer.ids.forEach((id, k) => {
      const parent = this.index.parents[id]
      const key = parent === ROOT ? -1 : this.slot[parent]
      let list = children.get(key)
      if (!list) children.set(key, (list = []))
      list.push(k)
    })
    const out: number[] = []
    const names = new Map<number, string>()
    const nameOf = (id: number) => {
      let name = names.get(id)
      if (name === undefined) names.set(id, (name = this.index.name(id)))
      return name
    }
    const visit = (key: number) => {
      const list = children.get(key)
      if (!list) return
      list.sort((a, b) =>
        compareGoStrings(nameOf(layer.ids[a]), nameOf(layer.ids[b]))
      )
      for (const k of list) {
        if (layer.leaf[k]) out.push(k)
        else visit(k)
      }
    }
    visit(-1)
    return out
  }
}

/** dive's Analyze over the layers in manifest order. */
export function diveFigures(listings: LayerListing[]): DiveFigures {
  const index = sharedIndex(listings)
  const analysis = new DiveAnalysis(listings)
  const trees = analysis.layers

  // Per path, by key: the path id; a bare `.wh.` (Path() "<dir>/") gets its own key, size + its id.
  const n = index.size
  const count = new Int32Array(2 * n)
  const cumulative = new Float64Array(2 * n)
  const minimum = new Float64Array(2 * n)
  const seen = new Uint8Array(2 * n)
  const touched: number[] = []
  const pathOf = (key: number) => {
    if (key < n) return '/' + index.path(key)
    const parent = index.parents[key - n]
    return (parent === ROOT ? '' : '/' + index.path(parent)) + '/'
  }

  trees.forEach((tree, current) => {
    // Resolve every leaf first: a whiteout whose path the stacked lower tree lacks aborts the
    // rest of the layer's visit, and only then does the visiting order matter.
    const keys = new Int32Array(tree.ids.length)
    const sizes = new Float64Array(tree.ids.length)
    let aborts = false
    const { whiteouts } = index
    for (let k = 0; k < tree.ids.length; k++) {
      if (!tree.leaf[k]) continue
      const id = tree.ids[k]
      if (whiteouts[id] === Whiteout.None) {
        keys[k] = id
        sizes[k] = tree.size[k]
        continue
      }
      const below = analysis.stackedBelow(current)
      const target = index.name(id).slice(WHITEOUT.length)
      const parent = index.parents[id]
      let previous: number
      if (target === '') {
        // Path() of "<dir>/.wh." is "<dir>/", which GetNode resolves to the directory itself.
        keys[k] = n + id
        previous = below.present[parent] ? parent : -1
      } else {
        const targetId = index.find(siblingPath(index, id, target))!
        keys[k] = targetId
        previous = below.present[targetId] ? targetId : -1
      }
      if (previous < 0) {
        sizes[k] = -1
        aborts = true
      } else {
        sizes[k] = below.isDir[previous] ? analysis.subtreeSize(previous) : 0
      }
    }
    /** Counts leaf k; false when the visit aborts there (VisitAborted: the path was counted as seen, with no copy). */
    const tally = (k: number): boolean => {
      const key = keys[k]
      if (!seen[key]) {
        seen[key] = 1
        minimum[key] = -1
        touched.push(key)
      }
      const size = sizes[k]
      if (size < 0) return false
      cumulative[key] += size
      if (minimum[key] < 0 || size < minimum[key]) minimum[key] = size
      count[key]++
      return true
    }
    if (aborts) {
      for (const k of analysis.sortedLeaves(tree)) if (!tally(k)) break
    } else {
      // Without an abort the order of the visit changes nothing: the tree's own order will do.
      for (let k = 0; k < tree.ids.length; k++) if (tree.leaf[k]) tally(k)
    }
  })

  let minimumSum = 0
  let discovered = 0
  let wastedBytes = 0
  const inefficient: number[] = []
  for (const key of touched) {
    minimumSum += minimum[key]
    discovered += cumulative[key]
    if (count[key] >= 2) {
      wastedBytes += cumulative[key]
      inefficient.push(key)
    }
  }
  const efficiency = discovered === 0 ? 1 : minimumSum / discovered
  let sizeBytes = 0
  let userSizeBytes = 0
  trees.forEach((tree, i) => {
    sizeBytes += tree.fileSize
    if (i !== 0) userSizeBytes += tree.fileSize
  })
  const percent = wastedBytes / userSizeBytes // Go float division: 0/0 is NaN, which JSON cannot hold
  return {
    efficiency,
    wastedBytes,
    userWastedPercent: Number.isFinite(percent) ? percent : null,
    sizeBytes,
    userSizeBytes,
    inefficientFiles: inefficient
      .map((key) => ({
        path: pathOf(key),
        count: count[key],
        bytes: cumulative[key]
      }))
      .sort((a, b) => b.bytes - a.bytes || compareGoStrings(a.path, b.path))
      .slice(0, 20)
  }
}

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
// .dive-ci rules (runtime/ci/rule.go) are read and evaluated the same way.

import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import type { DiveFigures, Violation } from '../report/types.js';
import { goIsDir, type LayerListing } from './model.js';

const WHITEOUT = '.wh.';
const DOUBLE_WHITEOUT = '.wh..wh..';

interface DiveInfo {
  size: number;
  isDir: boolean;
}
const EMPTY_INFO: DiveInfo = { size: 0, isDir: false };

class DiveNode {
  /** Created on the first child: most nodes are leaves. */
  children?: Map<string, DiveNode>;
  constructor(
    readonly name: string,
    public parent: DiveNode | undefined,
    public info: DiveInfo,
  ) {}

  isWhiteout(): boolean {
    return this.name.startsWith(WHITEOUT);
  }

  child(name: string): DiveNode | undefined {
    return this.children?.get(name);
  }

  addChild(name: string, info: DiveInfo): DiveNode {
    const node = new DiveNode(name, this, info);
    (this.children ??= new Map()).set(name, node);
    return node;
  }

  /** Children in Go sort.Strings order. */
  sortedChildren(): DiveNode[] {
    if (!this.children) return [];
    const names = [...this.children.keys()].sort(compareGoStrings);
    return names.map((name) => this.children!.get(name)!);
  }
}

/** file_node.go Path(): "/" + the names from the root, the whiteout prefix dropped from the node's own name only. */
function nodePath(parentPath: string, node: DiveNode): string {
  const name = node.name.startsWith(WHITEOUT) ? node.name.slice(WHITEOUT.length) : node.name;
  const path = `${parentPath}/${name}`;
  return path.includes('//') ? path.replace(/\/\//g, '/') : path;
}

class DiveTree {
  root = new DiveNode('', undefined, EMPTY_INFO);
  fileSize = 0;

  /** file_tree.go AddPath for a path already cleaned (layer paths are): intermediate nodes get an empty FileInfo. */
  addPath(path: string, info: DiveInfo): void {
    let node = this.root;
    const names = path.split('/');
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === '') continue;
      let child = node.child(name);
      if (!child) {
        if (name.startsWith(DOUBLE_WHITEOUT)) return;
        child = node.addChild(name, EMPTY_INFO);
      }
      node = child;
      if (i === names.length - 1) node.info = info;
    }
  }

  getNode(path: string): DiveNode | undefined {
    let node: DiveNode | undefined = this.root;
    for (const name of path.split('/')) {
      if (name === '') continue;
      node = node.child(name);
      if (!node) return undefined;
    }
    return node;
  }

  /**
   * file_tree.go Stack: every node of `upper`, children first in sorted order, grafted by
   * path (a whiteout removes the lower path, anything else is added with its FileInfo,
   * intermediates created empty). Walked alongside the lower tree instead of by path strings.
   */
  stack(upper: DiveTree): void {
    const graft = (up: DiveNode, lowParent: DiveNode) => {
      if (up.isWhiteout() && !up.children) {
        const target = up.name.slice(WHITEOUT.length);
        if (target === '') return; // the whiteout names its parent: RemovePath of the parent's path
        const low = lowParent.child(target);
        if (low) lowParent.children!.delete(target);
        return;
      }
      let low = lowParent.child(up.name);
      if (!low) {
        if (up.name.startsWith(DOUBLE_WHITEOUT)) return; // AddPath stops at such a component, for the node and below
        low = lowParent.addChild(up.name, EMPTY_INFO);
      }
      for (const child of up.sortedChildren()) graft(child, low);
      if (up.isWhiteout()) {
        // A whiteout with children (never written by a real builder): its own removal, by path.
        const target = up.name.slice(WHITEOUT.length);
        if (target !== '') lowParent.children?.delete(target);
      } else {
        low.info = up.info;
      }
    };
    for (const child of upper.root.sortedChildren()) graft(child, this.root);
  }

  copy(): DiveTree {
    const tree = new DiveTree();
    tree.fileSize = this.fileSize;
    const clone = (from: DiveNode, to: DiveNode) => {
      if (!from.children) return;
      for (const [name, child] of from.children) clone(child, to.addChild(name, child.info));
    };
    clone(this.root, tree.root);
    return tree;
  }
}

function compareGoStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Depth first, children in sorted order, each node after its children, never the root; `path` as Path() gives it. */
function visitChildFirst(node: DiveNode, nodePathValue: string, visitor: (node: DiveNode, path: string) => void): void {
  if (node.children) {
    const base = node.parent ? nodePathValue : '';
    for (const child of node.sortedChildren()) {
      // A child's Path() uses its parent's full names (no stripping above the leaf).
      visitChildFirst(child, `${base}/${child.name}`, visitor);
    }
  }
  if (node.parent) visitor(node, nodePathValue);
}

/** image_archive.go processLayerTar: one tree per layer, FileSize the sum of header sizes. */
function layerTree(listing: LayerListing): DiveTree {
  const tree = new DiveTree();
  for (const entry of listing) {
    if (entry.path === '') continue;
    tree.fileSize += entry.size;
    tree.addPath(entry.path, { size: entry.size, isDir: goIsDir(entry) });
  }
  return tree;
}

class VisitAborted extends Error {}

interface EfficiencyData {
  path: string;
  count: number;
  cumulativeSize: number;
  minSize: number;
}

/** dive's Analyze over the layers in manifest order. */
export function diveFigures(listings: LayerListing[]): DiveFigures {
  const cache = new Map<LayerListing, DiveTree>();
  const trees = listings.map((listing) => {
    let tree = cache.get(listing);
    if (!tree) cache.set(listing, (tree = layerTree(listing)));
    return tree;
  });
  const byPath = new Map<string, EfficiencyData>();
  const inefficient: EfficiencyData[] = [];

  // StackTreeRange(trees, 0, current-1) is a copy of trees[0] with trees[0..current-1]
  // stacked on it; built incrementally (only when a whiteout asks) since visiting never changes the trees.
  let stacked: DiveTree | undefined;
  let stackedUpTo = -1;
  const stackedBelow = (current: number): DiveTree => {
    if (current === 0) return trees[0];
    while (stackedUpTo < current - 1) {
      if (!stacked) stacked = trees[0].copy();
      stacked.stack(trees[++stackedUpTo]);
    }
    return stacked!;
  };

  trees.forEach((tree, current) => {
    try {
      visitChildFirst(tree.root, '', (node, parentNamesPath) => {
        if (node.children) return; // IsLeaf
        const path = node.isWhiteout() ? nodePath(parentNamesPath.slice(0, parentNamesPath.length - node.name.length - 1), node) : parentNamesPath;
        let data = byPath.get(path);
        if (!data) byPath.set(path, (data = { path, count: 0, cumulativeSize: 0, minSize: -1 }));
        let size = 0;
        if (node.isWhiteout()) {
          const previous = stackedBelow(current).getNode(path);
          if (!previous) throw new VisitAborted();
          if (previous.info.isDir) {
            visitChildFirst(previous, path, (n) => {
              size += n.info.size;
            });
          }
        } else {
          size = node.info.size;
        }
        data.cumulativeSize += size;
        if (data.minSize < 0 || size < data.minSize) data.minSize = size;
        data.count++;
        if (data.count === 2) inefficient.push(data);
      });
    } catch (error) {
      if (!(error instanceof VisitAborted)) throw error;
    }
  });

  let minimum = 0;
  let discovered = 0;
  for (const data of byPath.values()) {
    minimum += data.minSize;
    discovered += data.cumulativeSize;
  }
  const efficiency = discovered === 0 ? 1 : minimum / discovered;
  let sizeBytes = 0;
  let userSizeBytes = 0;
  trees.forEach((tree, i) => {
    sizeBytes += tree.fileSize;
    if (i !== 0) userSizeBytes += tree.fileSize;
  });
  const wastedBytes = inefficient.reduce((sum, data) => sum + data.cumulativeSize, 0);
  const percent = wastedBytes / userSizeBytes; // Go float division: 0/0 is NaN, which JSON cannot hold
  return {
    efficiency,
    wastedBytes,
    userWastedPercent: Number.isFinite(percent) ? percent : null,
    sizeBytes,
    userSizeBytes,
    inefficientFiles: inefficient
      .slice()
      .sort((a, b) => b.cumulativeSize - a.cumulativeSize || compareGoStrings(a.path, b.path))
      .slice(0, 20)
      .map((data) => ({ path: data.path, count: data.count, bytes: data.cumulativeSize })),
  };
}

// ---- .dive-ci ----

export type DiveRuleKey = 'lowestEfficiency' | 'highestWastedBytes' | 'highestUserWastedPercent';

/** A rule's threshold, or null when disabled. */
export type DiveCiRules = Record<DiveRuleKey, number | null>;

const DIVE_DEFAULTS: Record<DiveRuleKey, string> = {
  lowestEfficiency: '0.9',
  highestWastedBytes: 'disabled',
  highestUserWastedPercent: '0.1',
};

// go-humanize bytesSizeTable.
const BYTE_UNITS: Record<string, number> = {
  '': 1, b: 1,
  k: 1e3, kb: 1e3, ki: 1024, kib: 1024,
  m: 1e6, mb: 1e6, mi: 1024 ** 2, mib: 1024 ** 2,
  g: 1e9, gb: 1e9, gi: 1024 ** 3, gib: 1024 ** 3,
  t: 1e12, tb: 1e12, ti: 1024 ** 4, tib: 1024 ** 4,
  p: 1e15, pb: 1e15, pi: 1024 ** 5, pib: 1024 ** 5,
  e: 1e18, eb: 1e18, ei: 1024 ** 6, eib: 1024 ** 6,
};

/** go-humanize ParseBytes: "20MB", "20 MiB", "1,000 kB", "42". Returns undefined when it would fail. */
export function parseHumanBytes(text: string): number | undefined {
  const number = /^[\d.,]*/.exec(text)![0];
  const value = Number(number.replace(/,/g, ''));
  if (number === '' || !/^(\d+\.?\d*|\.\d+)$/.test(number.replace(/,/g, '')) || !Number.isFinite(value)) return undefined;
  const unit = BYTE_UNITS[text.slice(number.length).trim().toLowerCase()];
  if (unit === undefined) return undefined;
  return Math.trunc(value * unit);
}

function parseGoFloat(text: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) && text.trim() === text ? Number(text) : undefined;
}

/** Reads the `rules:` of a .dive-ci file (YAML), with dive's defaults for missing keys. */
export function parseDiveCi(text: string, source: string): DiveCiRules {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new InputError(`${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const rulesValue = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).rules : undefined;
  if (rulesValue !== undefined && rulesValue !== null && (typeof rulesValue !== 'object' || Array.isArray(rulesValue))) {
    throw new InputError(`${source}: "rules" must be a mapping of lowestEfficiency, highestWastedBytes and highestUserWastedPercent`);
  }
  const given = (rulesValue ?? {}) as Record<string, unknown>;
  const rules = {} as DiveCiRules;
  for (const key of Object.keys(DIVE_DEFAULTS) as DiveRuleKey[]) {
    const raw = given[key];
    const value = raw === undefined || raw === null ? DIVE_DEFAULTS[key] : String(raw);
    if (/^(disabled|off)$/i.test(value.trim())) {
      rules[key] = null;
      continue;
    }
    const parsed = key === 'highestWastedBytes' ? parseHumanBytes(value) : parseGoFloat(value);
    if (parsed === undefined) {
      const expected = key === 'highestWastedBytes' ? 'a size such as "20MB" or "20 MiB"' : 'a number between 0 and 1';
      throw new InputError(`${source}: rules.${key} is "${value}", expected ${expected} or "disabled"`);
    }
    if (key !== 'highestWastedBytes' && (parsed < 0 || parsed > 1)) {
      throw new InputError(`${source}: rules.${key} config value is outside allowed range (0-1), given "${value}"`);
    }
    rules[key] = parsed;
  }
  return rules;
}

export async function loadDiveCi(path: string): Promise<DiveCiRules> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the dive CI file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path given to --dive-ci.`);
  }
  return parseDiveCi(text, path);
}

/** dive's rule checks (equality passes): one `dive` violation per failed rule. */
export function evaluateDiveCi(figures: DiveFigures, rules: DiveCiRules, image: string): Violation[] {
  const out: Violation[] = [];
  const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } = rules;
  if (lowestEfficiency !== null && lowestEfficiency > figures.efficiency) {
    out.push({
      image,
      rule: 'dive',
      detail: 'lowestEfficiency',
      limitBytes: lowestEfficiency,
      actualBytes: figures.efficiency,
      message: `${image}: dive efficiency ${figures.efficiency} is below lowestEfficiency ${lowestEfficiency}`,
    });
  }
  if (highestWastedBytes !== null && figures.wastedBytes > highestWastedBytes) {
    out.push({
      image,
      rule: 'dive',
      detail: 'highestWastedBytes',
      limitBytes: highestWastedBytes,
      actualBytes: figures.wastedBytes,
      message: `${image}: dive wasted bytes ${figures.wastedBytes} exceed highestWastedBytes ${highestWastedBytes}`,
    });
  }
  const percent = figures.userWastedPercent;
  if (highestUserWastedPercent !== null && percent !== null && highestUserWastedPercent < percent) {
    out.push({
      image,
      rule: 'dive',
      detail: 'highestUserWastedPercent',
      limitBytes: highestUserWastedPercent,
      actualBytes: percent,
      message: `${image}: dive user-wasted percent ${percent} exceeds highestUserWastedPercent ${highestUserWastedPercent}`,
    });
  }
  return out;
}

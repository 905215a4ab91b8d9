// Hints that name packages, from the package attribution (packages/attribution.ts) and the
// hidden copies (whiteouts.ts); pure. Every byte figure is the files' bytes as the layer
// listings hold them, never a database's estimate (dpkg Installed-Size, apk I:).
//
// - The packages a `deleted-later`/`replaced-later` hint's copies belong to (their owners in
//   the state after the layer that wrote them), which of them the hiding step upgraded, and
//   the bytes that are package-manager bookkeeping (copyHintPackages).
// - `recommended-packages`: per step, the packages it installed only because an installed
//   package recommends or suggests them (apt's auto mark, and no Depends/Pre-Depends path
//   from a manually installed package), with the package that pulled each in.
// - `kept-packages`: per step that removed packages, the ones installed with them that stay:
//   needed by nothing (what `apt-get autoremove` removes), or kept by another installed
//   package's Recommends/Suggests (apt's autoremove keeps those too).
// The dependency graph of a layer's state is the installed packages' records as the last
// database that held them says (versions and arch qualifiers dropped; `a | b` follows every
// installed alternative, as apt's autoremove marks them; a name also reaches the packages
// that Provide it). Layers are named by their `layers` row (`rowOf`).

import { REPORT_NAME_CHARACTERS } from '../limits.js'
import type { FileHint, HintPackage, LayerRow } from '../model/report.js'
import type {
  PackageAttribution,
  PackageAttributionResult
} from './packages/attribution.js'
import type { DependencyGroup } from './packages/records.js'
import type { HiddenCopy } from './whiteouts.js'

/** How many packages a hint lists (FileHint.packages); packageCount counts them all. */
export const HINT_PACKAGES = 10

/**
 * Files a package manager rewrites on every install or removal that no package owns: dpkg's
 * database and log, debconf's cache, apt's state and logs, ldconfig's caches, apk's database.
 */
const BOOKKEEPING =
  /^\/(?:var\/lib\/dpkg\/|var\/cache\/debconf\/|var\/cache\/ldconfig\/|var\/log\/(?:dpkg\.log|alternatives\.log|apt\/)|var\/lib\/apt\/extended_states$|etc\/ld\.so\.cache$|lib\/apk\/db\/|etc\/apk\/world$)/

/** Whether an absolute path is package-manager bookkeeping (when no package owns it). */
export const isBookkeepingPath = (path: string): boolean =>
  BOOKKEEPING.test(path)

const cut = (value: string) =>
  value.length > REPORT_NAME_CHARACTERS
    ? value.slice(0, REPORT_NAME_CHARACTERS)
    : value

/** The package's version in the state after `layer` (the removed version once removed), undefined before it was added. */
function versionAt(p: PackageAttribution, layer: number): string | undefined {
  let version: string | undefined
  for (const event of p.events)
    if (event.layer <= layer) version = event.version
  return version
}

function installedAt(p: PackageAttribution, layer: number): boolean {
  let installed = false
  for (const event of p.events)
    if (event.layer <= layer) installed = event.kind !== 'removed'
  return installed
}

/** The layer of the last `added` event at or before `layer`. */
function addedBy(p: PackageAttribution, layer: number): number | undefined {
  let added: number | undefined
  for (const event of p.events)
    if (event.layer <= layer && event.kind === 'added') added = event.layer
  return added
}

const byBytes = (a: HintPackage, b: HintPackage) =>
  b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

const listed = (packages: HintPackage[]) =>
  packages.sort(byBytes).slice(0, HINT_PACKAGES)

/** The fields a copy hint gains from the packages. */
export type CopyHintPackages = Pick<
  FileHint,
  'packages' | 'packageCount' | 'packageBytes' | 'bookkeepingBytes'
>

/**
 * The packages the copies of one `deleted-later`/`replaced-later` hint belong to (all copies
 * were added by one layer and hidden by one layer), with each one's bytes among them, largest
 * first; on a replaced-later hint, a package whose version the hiding layer changed carries
 * its `previousVersion`. Copies no package owns at paths of package-manager bookkeeping are
 * counted apart (bookkeepingBytes).
 */
export function copyHintPackages(
  copies: HiddenCopy[],
  attribution: PackageAttributionResult | undefined
): CopyHintPackages {
  const bytes = new Map<number, number>()
  let packageBytes = 0
  let bookkeepingBytes = 0
  for (const copy of copies) {
    const owners = attribution
      ? attribution.ownersOfEntry(copy.addedLayer, copy.entry)
      : []
    for (const owner of owners)
      bytes.set(owner, (bytes.get(owner) ?? 0) + copy.bytes)
    if (owners.length > 0) packageBytes += copy.bytes
    else if (isBookkeepingPath(copy.path)) bookkeepingBytes += copy.bytes
  }
  // With package databases, packageBytes says how much is packaged, 0 included.
  const fields: CopyHintPackages = attribution ? { packageBytes } : {}
  if (attribution && bytes.size > 0 && copies.length > 0) {
    const { addedLayer, hiddenLayer, how } = copies[0]
    const packages: HintPackage[] = []
    for (const [owner, ownBytes] of bytes) {
      const p = attribution.packages[owner]
      const version = versionAt(p, addedLayer)
      const upgrade =
        how === 'replaced'
          ? p.events.find(
              (event) => event.layer === hiddenLayer && event.kind === 'changed'
            )
          : undefined
      packages.push({
        name: cut(p.name),
        manager: p.manager,
        ...(upgrade
          ? {
              version: cut(upgrade.version),
              previousVersion: cut(upgrade.previousVersion ?? version ?? '')
            }
          : version !== undefined
            ? { version: cut(version) }
            : {}),
        bytes: ownBytes
      })
    }
    // Upgraded packages first: they are what the sentence names.
    packages.sort(
      (a, b) =>
        Number(b.previousVersion !== undefined) -
          Number(a.previousVersion !== undefined) || byBytes(a, b)
    )
    fields.packages = packages.slice(0, HINT_PACKAGES)
    fields.packageCount = packages.length
  }
  if (bookkeepingBytes > 0) fields.bookkeepingBytes = bookkeepingBytes
  return fields
}

/** The dependency graph of the packages installed after one layer, by manager and name. */
class LayerGraph {
  private readonly byName = new Map<string, number[]>()
  readonly installed: number[] = []

  constructor(
    private readonly packages: PackageAttribution[],
    layer: number
  ) {
    packages.forEach((p, i) => {
      if (!installedAt(p, layer)) return
      this.installed.push(i)
      for (const name of [p.name, ...p.record.provides]) {
        const key = `${p.manager}:${name}`
        const list = this.byName.get(key)
        if (list) list.push(i)
        else this.byName.set(key, [i])
      }
    })
  }

  /** The installed packages a dependency group reaches: every installed alternative, by name or Provides. */
  private targets(from: number, groups: DependencyGroup[]): number[] {
    const manager = this.packages[from].manager
    const out: number[] = []
    for (const group of groups)
      for (const name of group)
        for (const target of this.byName.get(`${manager}:${name}`) ?? [])
          if (target !== from) out.push(target)
    return out
  }

  hard(i: number): number[] {
    const { record } = this.packages[i]
    return this.targets(i, [...record.preDepends, ...record.depends])
  }

  soft(i: number): number[] {
    const { record } = this.packages[i]
    return this.targets(i, [...record.recommends, ...record.suggests])
  }

  /**
   * From the manually installed packages: those reached through Depends/Pre-Depends alone
   * (`hard`), and those reached only through a Recommends or Suggests somewhere on the way
   * (`soft`, each with the package that pulled it in). A package whose mark is unknown counts
   * as manually installed: it is never a candidate itself.
   */
  reach(): { hard: Set<number>; soft: Map<number, number> } {
    const roots = this.installed.filter((i) => this.packages[i].auto !== true)
    const hard = new Set(roots)
    const queue = [...roots]
    while (queue.length > 0) {
      const i = queue.pop()!
      for (const target of this.hard(i))
        if (!hard.has(target)) {
          hard.add(target)
          queue.push(target)
        }
    }
    // Breadth first, so each package's `via` is the nearest one that pulled it in.
    const soft = new Map<number, number>()
    let frontier: number[] = []
    for (const i of [...hard].sort((a, b) => a - b))
      for (const target of this.soft(i))
        if (!hard.has(target) && !soft.has(target)) {
          soft.set(target, i)
          frontier.push(target)
        }
    while (frontier.length > 0) {
      const next: number[] = []
      for (const i of frontier)
        for (const target of [...this.hard(i), ...this.soft(i)])
          if (!hard.has(target) && !soft.has(target)) {
            soft.set(target, i)
            next.push(target)
          }
      frontier = next
    }
    return { hard, soft }
  }
}

const layerBytesOf = (p: PackageAttribution, layer: number) =>
  p.layerBytes.find((l) => l.layer === layer) ?? { bytes: 0, files: 0 }

/** A hint naming packages: its bytes and files are the sums over all of them. */
function packagesHint(
  kind: 'recommended-packages' | 'kept-packages',
  layers: number[],
  members: { package: HintPackage; files: number }[],
  builder: FileHint['builder']
): FileHint {
  const packages = members.map((m) => m.package)
  return {
    kind,
    layers,
    bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
    files: members.reduce((sum, m) => sum + m.files, 0),
    packages: listed(packages),
    packageCount: packages.length,
    ...(builder ? { builder } : {})
  }
}

/**
 * The `recommended-packages` and `kept-packages` hints of an image: for each layer a Dockerfile
 * step made (from `baseLayers` on), with the rows `rowOf` names and `builderOf` (files.ts).
 */
export function packageHints(
  attribution: PackageAttributionResult | undefined,
  rows: LayerRow[],
  rowOf: number[],
  baseLayers: number,
  builderOf: (row: LayerRow) => FileHint['builder']
): FileHint[] {
  if (!attribution) return []
  const { packages } = attribution
  const hints: FileHint[] = []
  for (let layer = baseLayers; layer < rowOf.length; layer++) {
    if (!attribution.databaseChanged[layer]) continue
    const row = rows[rowOf[layer]]
    const builder = builderOf(row)
    const addedHere = packages
      .map((p, i) => ({ p, i }))
      .filter(({ p }) =>
        p.events.some((e) => e.layer === layer && e.kind === 'added')
      )
    const removedHere = packages.filter((p) =>
      p.events.some((e) => e.layer === layer && e.kind === 'removed')
    )
    const candidates =
      addedHere.some(({ p }) => p.auto === true) || removedHere.length > 0
    if (!candidates) continue
    const graph = new LayerGraph(packages, layer)
    const { hard, soft } = graph.reach()
    const via = (i: number) => cut(packages[soft.get(i)!].name)

    // Installed by this step only through a Recommends/Suggests chain.
    const recommended = addedHere
      .filter(({ p, i }) => p.auto === true && soft.has(i) && !hard.has(i))
      .map(({ p, i }) => {
        const own = layerBytesOf(p, layer)
        return {
          package: {
            name: cut(p.name),
            manager: p.manager,
            version: cut(versionAt(p, layer) ?? p.version),
            bytes: own.bytes,
            via: via(i)
          },
          files: own.files
        }
      })
      .filter((m) => m.package.bytes > 0)
    if (recommended.length > 0)
      hints.push(
        packagesHint('recommended-packages', [row.index], recommended, builder)
      )

    // What stays of what was installed with the packages this step removed.
    if (removedHere.length === 0) continue
    const installers = new Set<number>()
    for (const p of removedHere) {
      const added = addedBy(p, layer)
      if (added !== undefined && added >= baseLayers && added < layer)
        installers.add(added)
    }
    const groups = new Map<
      string,
      {
        added: number
        orphan: boolean
        members: { package: HintPackage; files: number }[]
      }
    >()
    for (const i of graph.installed) {
      const p = packages[i]
      if (p.auto !== true || !p.installed || hard.has(i) || p.bytes === 0)
        continue
      const added = addedBy(p, layer)
      if (added === undefined || !installers.has(added)) continue
      const orphan = !soft.has(i)
      const key = `${added} ${orphan}`
      let group = groups.get(key)
      if (!group) groups.set(key, (group = { added, orphan, members: [] }))
      group.members.push({
        package: {
          name: cut(p.name),
          manager: p.manager,
          version: cut(p.version),
          bytes: p.bytes,
          ...(orphan ? {} : { via: via(i) })
        },
        files: p.files
      })
    }
    for (const group of groups.values())
      hints.push(
        packagesHint(
          'kept-packages',
          [rowOf[group.added], row.index],
          group.members,
          builder
        )
      )
  }
  return hints
}

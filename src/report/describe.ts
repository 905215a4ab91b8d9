// Every sentence the reports say about a finding, in one place: budget violations with
// their fix, file-analysis hints, changes against the base, where a baseline came from.
// Findings are data (numbers, indexes, kinds: see model/report.ts); the text, markdown,
// comment, log and audit renderers all describe them here, in the one unit system of
// the run, so a report never says the same thing two ways. The sentences are plain text:
// a markdown renderer escapes them (they quote instructions, which a PR author writes).

import type {
  BaselineFrom,
  BudgetCheck,
  CacheKind,
  RuntimeExtraCategory,
  Comparison,
  FileHint,
  FileHintPart,
  FindingChange,
  HintPackage,
  ImageReport,
  ImageResult,
  LayerChange,
  LayerRow,
  LayerSide,
  PackageCacheKind,
  PackageChange,
  PackageDeltas,
  PathChange,
  Violation,
  ViolationRule
} from '../model/report.js'
import {
  RUNTIME_BUILD_SHARE,
  RUNTIME_EXTRAS_SHARE
} from '../analysis/runtime-hints.js'
import { cutLine } from './line.js'
import { formatBytes, type Units } from './units.js'
import { baseRows, changeSide, layerName, rowsName } from './view.js'

export { layerName }

/** What a row with neither an instruction nor a history comment is: a layer of the base image. */
export const BASE_LAYER = 'base image layer'

/** Instruction text in a sentence is cut to this many characters (a hint names two rows: 70). */
const SENTENCE_TEXT = 80
const HINT_TEXT = 70

/** What the image knows about the rows a finding names: its layers and its comparison, when there is one. */
export interface FindingContext {
  layers?: LayerRow[]
  comparison?: Comparison | null
  /** The image's file analysis, when it has one: a layer violation gives the fix of the hint found on that layer. */
  files?: { hints: FileHint[] }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** `+67.1 MB`, `-524 kB`, `0 B`. */
export function signedBytes(bytes: number, units: Units): string {
  return `${bytes > 0 ? '+' : ''}${formatBytes(bytes, units)}`
}

/** `+2675.3%`, `-<0.1%`; undefined when there is no base to take a percent of. */
export function percentChange(
  deltaBytes: number,
  baseBytes: number
): string | undefined {
  if (baseBytes <= 0) return undefined
  const value = (deltaBytes / baseBytes) * 100
  if (deltaBytes !== 0 && Math.abs(value) < 0.05)
    return deltaBytes > 0 ? '+<0.1%' : '-<0.1%'
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`
}

/** `▲ +67.1 MB (+2680.2%)`, `▼ -1.20 MB (-3.4%)`, or `no change`. */
export function changePhrase(
  deltaBytes: number,
  baseBytes: number,
  units: Units
): string {
  if (deltaBytes === 0) return 'no change'
  const pct = percentChange(deltaBytes, baseBytes)
  return `${deltaBytes > 0 ? '▲' : '▼'} ${signedBytes(deltaBytes, units)}${pct ? ` (${pct})` : ''}`
}

/** What made a row, in words: its instruction, else its history comment (not an import's), else BASE_LAYER. */
export function layerWords(row: {
  createdBy: string
  comment?: string
}): string {
  // `Imported from -` (a `docker import`) says nothing to a reviewer: it is the base image.
  return (
    row.createdBy ||
    (row.comment && !/^Imported from /.test(row.comment)
      ? row.comment
      : BASE_LAYER)
  )
}

/** A row's text for a table cell: the instruction, else the comment or BASE_LAYER in parentheses. */
export function layerCell(row: {
  createdBy: string
  comment?: string
}): string {
  return row.createdBy || `(${layerWords(row)})`
}

/**
 * What a row of a comparison is, for a table or a log line: a merge or split says which
 * rows became which. With `width`, the instruction is cut so that the whole fits (the rows
 * it names are never cut).
 */
export function describeChange(change: LayerChange, width?: number): string {
  const sideText = (side: LayerSide, prefix = '') => {
    const text = side.createdBy || side.instruction || `(${BASE_LAYER})`
    return width === undefined
      ? `${prefix}${text}`
      : `${prefix}${cutLine(text, Math.max(12, width - Array.from(prefix).length))}`
  }
  const names = (rows: LayerSide[], side: 'head' | 'base') => {
    const each = rows.map((row) => layerName(row.index, row, side))
    return each.length > 1
      ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`
      : each.join('')
  }
  if (change.mergedBase)
    return sideText(
      changeSide(change),
      `${names(change.mergedBase, 'base')} merged: `
    )
  if (change.splitHead)
    return sideText(
      change.splitHead[0],
      `${names(baseRows(change), 'base')} split into ${names(change.splitHead, 'head')}: `
    )
  return sideText(changeSide(change))
}

export const STATUS_WORDS: Record<LayerChange['status'], string> = {
  added: '➕ added',
  removed: '➖ removed',
  grew: '▲ grew',
  shrank: '▼ shrank',
  unchanged: 'unchanged'
}

/** `✅ within the 50.0 MB budget`, `❌ over the 50.0 MB budget`, `❌ 2 budget rules broken`, `no budget set`. */
export function budgetPhrase(
  image: ImageResult,
  violations: Violation[],
  units: Units
): string {
  const limit = image.budget?.totalBytes
  const failing = image.status === 'fail' || violations.length > 0
  if (limit !== undefined) {
    if (!failing) return `✅ within the ${formatBytes(limit, units)} budget`
    if (image.totalBytes > limit)
      return `❌ over the ${formatBytes(limit, units)} budget`
    return `❌ ${plural(violations.length, 'budget rule')} broken (total within ${formatBytes(limit, units)})`
  }
  if (failing) return `❌ ${plural(violations.length, 'budget rule')} broken`
  return image.budget ? '✅ within budget' : 'no budget set'
}

function rowAt(
  layers: LayerRow[] | undefined,
  index: number
): LayerRow | undefined {
  if (!layers) return undefined
  return layers[index]?.index === index
    ? layers[index]
    : layers.find((row) => row.index === index)
}

/** Instruction text quoted in a sentence: on one line, cut, with no backticks (a markdown renderer reads the sentence's backticks as code). */
function quoted(text: string, width: number): string {
  return cutLine(text, width).replace(/`/g, "'")
}

/** `L3 (RUN apt-get install …)`, `L0 (base image layer)`: the layer's name and what made it. */
function nameLayer(
  index: number,
  row:
    | { createdBy: string; comment?: string; dockerfileLine?: number }
    | undefined,
  width = SENTENCE_TEXT
): string {
  if (!row) return layerName(index)
  const words = quoted(layerWords(row), width)
  // Text that is already in parentheses (a report file's `(base image layer)`) is not wrapped twice.
  return `${layerName(index, row)} ${/^\(.*\)$/.test(words) ? words : `(${words})`}`
}

/** Two sizes that may print alike when rounded (64.0 MiB over 64.0 MiB): then the exact bytes. */
function over(actual: number, limit: number, units: Units): string {
  let [a, l] = [formatBytes(actual, units), formatBytes(limit, units)]
  if (a === l) [a, l] = [`${actual} bytes`, `${limit}-byte`]
  return `${a}, over the ${l} limit by ${formatBytes(actual - limit, units)}`
}

/** A size that may print alike beside another: with its exact bytes then. */
function bytesBeside(bytes: number, other: number, units: Units): string {
  return formatBytes(bytes, units) === formatBytes(other, units)
    ? `${bytes} bytes`
    : formatBytes(bytes, units)
}

const percentText = (value: number) => `${Number(value.toFixed(2))}%`
const ratioPercent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`
const number = (value: number) =>
  Number.isFinite(value) ? String(value) : 'n/a'

/** What to do about each kind of broken budget: said once, after the finding. */
const FIX: Record<ViolationRule, string> = {
  total:
    'Shrink the image, starting with its largest layers or the layers that grew, or raise the total budget if the size is intended.',
  layer:
    'Make this layer smaller: delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result.',
  rule: 'Make this layer smaller (delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result), or adjust the rule in the budget file if the size is intended.',
  layers:
    'Merge consecutive RUN steps, or use a multi-stage build, to have fewer layers.',
  growth:
    'Look at the layers that grew, or raise the growth budget if the growth is intended.',
  reclaimable:
    'Files added and then deleted or overwritten in a later layer still ship: delete them in the same RUN that adds them (see the hints).',
  efficiency:
    'Too many bytes are hidden by later layers: delete temporary files in the same RUN that creates them (see the hints).',
  compressed:
    'Shrink the largest layers, or raise the compressed budget if the pull size is intended.',
  dive: "dive's CI thresholds are broken: see the hints for the files that waste space.",
  package: packageFix(),
  unpackaged: unpackagedFix()
}

/** What to do about a base image layer over a limit: no Dockerfile step shrinks it. */
const BASE_LAYER_FIX =
  'No step of the Dockerfile can make a base image layer smaller: use a smaller base image (a slim, alpine or distroless variant), or raise the `base:` limit of the budget.'

/** Rules on one layer: the hint found on that very layer, when there is one, says what to do there. */
const LAYER_RULES = new Set<ViolationRule>(['layer', 'rule', 'compressed'])

/**
 * The hint whose bytes are in the violation's layer and that says how to shrink it: a
 * package cache the step leaves, or files a later step deletes (largest first).
 */
export function layerHint(
  violation: Violation,
  context: FindingContext
): FileHint | undefined {
  const index = violation.layer?.index
  if (index === undefined || !LAYER_RULES.has(violation.rule)) return undefined
  return context.files?.hints.find(
    (hint) =>
      !hint.base &&
      hint.layers[0] === index &&
      (hint.kind === 'package-cache' || hint.kind === 'deleted-later')
  )
}

/** The fix of a hint on the violation's layer, with its measured bytes. */
function hintFix(hint: FileHint, units: Units): string {
  const bytes = formatBytes(hint.bytes, units)
  if (hint.kind === 'package-cache') {
    const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined
    return cache
      ? `${bytes} of this layer are ${cache.label}: clean up in the same RUN (${cache.fix}).`
      : `${bytes} of this layer are a package cache: clean it up in the same RUN.`
  }
  const deleter = hint.layers[1]
  return `${bytes} of this layer are files${deleter !== undefined ? ` L${deleter}` : ' a later step'} deletes: add and delete them in one RUN, or build in a separate stage and COPY only the result.`
}

/**
 * What to do about a violation, one sentence, following the facts `context` gives: a base
 * image layer cannot be fixed in the Dockerfile; a layer with a cache or deleted-files hint
 * is fixed by that hint's fix; an image over its total that this change shrank is not told
 * to look at the layers that grew.
 */
export function violationFix(
  violation: Violation,
  context: FindingContext = {},
  units: Units = 'si'
): string {
  if (
    (violation.rule === 'layer' && violation.detail === 'base') ||
    (violation.rule === 'compressed' && violation.detail === 'base-layer')
  )
    return BASE_LAYER_FIX
  const hint = layerHint(violation, context)
  if (hint) {
    const rest =
      violation.rule === 'rule'
        ? ' Or adjust the rule in the budget file if the size is intended.'
        : ''
    return hintFix(hint, units) + rest
  }
  const comparison = context.comparison
  if (violation.rule === 'total' && comparison) {
    return comparison.totalDeltaBytes > 0
      ? 'Shrink the image, starting with the layers that grew, or raise the total budget if the size is intended.'
      : `This change made the image ${comparison.totalDeltaBytes < 0 ? 'smaller' : 'no larger'}, but it is still over: shrink its largest layers, or raise the total budget if the size is intended.`
  }
  return FIX[violation.rule] ?? ''
}

/** What is broken, with the figures, in `units`: the violation without its fix. */
export function violationFinding(
  violation: Violation,
  units: Units,
  context: FindingContext = {}
): string {
  const { image, limitBytes: limit, actualBytes: actual } = violation
  const layer = violation.layer
    ? nameLayer(
        violation.layer.index,
        rowAt(context.layers, violation.layer.index) ?? violation.layer
      )
    : 'a layer'
  const bytes = (value: number) => formatBytes(value, units)
  switch (violation.rule) {
    case 'total':
      return `${image} is ${over(actual, limit, units)}`
    case 'layers':
      return `${image} has ${actual} layers, over the limit of ${limit}`
    case 'rule':
      return `${layer} is ${over(actual, limit, units)} for "${violation.match ?? ''}"`
    case 'layer':
      return violation.detail === 'base'
        ? `${layer} is ${over(actual, limit, units)} for a base image layer`
        : `${layer} is ${over(actual, limit, units)} for any single layer`
    case 'reclaimable':
      return `${image}: ${bytesBeside(actual, limit, units)} could be reclaimed (files deleted or replaced by later layers), over the budget of ${bytesBeside(limit, actual, units)}`
    case 'efficiency':
      return `${image}: layer efficiency ${ratioPercent(actual)} is below the budget of ${ratioPercent(limit)}`
    case 'compressed':
      return violation.detail === 'layer' || violation.detail === 'base-layer'
        ? `${image}: ${layer} is ${bytesBeside(actual, limit, units)} compressed, over the ${violation.detail === 'base-layer' ? 'base image layer' : 'per-layer'} budget of ${bytesBeside(limit, actual, units)}`
        : `${image}: compressed size ${bytesBeside(actual, limit, units)} is over the budget of ${bytesBeside(limit, actual, units)} (by ${bytes(actual - limit)})`
    case 'dive':
      switch (violation.detail) {
        case 'highestWastedBytes':
          return `${image}: dive wasted bytes ${bytesBeside(actual, limit, units)} exceed highestWastedBytes ${bytesBeside(limit, actual, units)}`
        case 'highestUserWastedPercent':
          return `${image}: dive user-wasted percent ${number(actual)} exceeds highestUserWastedPercent ${number(limit)}`
        default:
          return `${image}: dive efficiency ${number(actual)} is below lowestEfficiency ${number(limit)}`
      }
    case 'growth':
      return growthFinding(violation, units, context, layer)
    case 'package':
      return packageFinding(violation, units, context)
    case 'unpackaged':
      return unpackagedFinding(violation, units)
    default:
      return `${image}: ${bytes(actual)} is over the limit of ${bytes(limit)}`
  }
}

function growthFinding(
  violation: Violation,
  units: Units,
  context: FindingContext,
  layer: string
): string {
  const { image, limitBytes: limit, actualBytes: actual } = violation
  const base = context.comparison?.base
  const against = base
    ? ` against the baseline ${cutLine(base.ref, SENTENCE_TEXT)} (${formatBytes(base.totalBytes, units)})`
    : ''
  if (violation.detail === 'layer') {
    const index = violation.layer?.index
    const change = context.comparison?.layers.find(
      (candidate) => candidate.head?.index === index
    )
    const verb =
      change && !change.base
        ? `was added with ${formatBytes(actual, units)}`
        : `grew by ${formatBytes(actual, units)}`
    return `${image}: ${layer} ${verb}, more than the per-layer growth budget of ${formatBytes(limit, units)}`
  }
  if (violation.detail === 'percent') {
    const actualPercent =
      violation.actualPercent ??
      (base && base.totalBytes > 0
        ? (actual / base.totalBytes) * 100
        : undefined)
    const grew =
      actualPercent !== undefined
        ? `${percentText(actualPercent)} (${formatBytes(actual, units)})`
        : formatBytes(actual, units)
    const budget =
      violation.limitPercent !== undefined
        ? percentText(violation.limitPercent)
        : formatBytes(limit, units)
    return `${image} grew by ${grew}${against}, more than the growth budget of ${budget}`
  }
  return `${image} grew by ${formatBytes(actual, units)}${against}, more than the growth budget of ${formatBytes(limit, units)}`
}

/** A violation in one sentence and its fix: the JSON report's `message`, the log, the CLI, annotations. */
export function describeViolation(
  violation: Violation,
  units: Units,
  context: FindingContext = {}
): string {
  const fix = violationFix(violation, context, units)
  return `${violationFinding(violation, units, context)}.${fix ? ` ${fix}` : ''}`
}

/**
 * Each cache the file analysis knows: what its files are, and how to leave them out in the
 * RUN that makes them. Fixes are in backticks: a markdown renderer shows them as code.
 */
const CACHES: Record<CacheKind, { label: string; fix: string }> = {
  'apt-archives': { label: 'downloaded .deb files', fix: '`&& apt-get clean`' },
  'apt-binary-cache': {
    label: "apt's binary caches (pkgcache.bin, srcpkgcache.bin)",
    fix: '`&& apt-get clean`'
  },
  'apt-lists': {
    label: 'apt package lists',
    fix: '`&& rm -rf /var/lib/apt/lists/*`'
  },
  'apk-cache': {
    label: 'apk cache',
    fix: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)'
  },
  'pip-cache': {
    label: 'pip cache',
    fix: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)'
  },
  'npm-cache': { label: 'npm cache', fix: '`&& npm cache clean --force`' },
  'yarn-cache': { label: 'yarn cache', fix: '`&& yarn cache clean`' },
  'go-build-cache': {
    label: 'Go build cache',
    fix: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)'
  }
}

/** A package-cache hint's `cache` (older reports have no parts) as a cache kind. */
const PACKAGE_CACHE: Record<PackageCacheKind, CacheKind> = {
  'apt-lists': 'apt-lists',
  'apt-archives': 'apt-archives',
  apk: 'apk-cache',
  pip: 'pip-cache',
  npm: 'npm-cache',
  yarn: 'yarn-cache',
  'go-build': 'go-build-cache'
}

/** apt's cache as a whole, for an older report whose `apt-archives` hint has no parts. */
const APT_CACHE_WHOLE = "apt's cache (/var/cache/apt)"

/** Bookkeeping a package upgrade rewrites (dpkg's database, debconf, logs): true bytes, but not what the step is about. */
const BOOKKEEPING = /^\/var\/(?:lib\/dpkg|cache\/debconf|log)(?:\/|$)/

/** `a`, `a and b`, `a, b and c`. */
function list(items: string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
    : items.join('')
}

/** A path quoted in a sentence: on one line, cut in the middle, no backticks. */
const pathText = (path: string) => quoted(path, 60)

/** What to do about one part of a deleted-later hint, where it is known. */
function partFix(part: FileHintPart): string | undefined {
  if (part.cache) return CACHES[part.cache]?.fix
  if (/\/node_modules(?:\/|$)/.test(part.path))
    return 'install without dev dependencies: `npm ci --omit=dev`'
  return undefined
}

/** A file-analysis hint in one sentence with its fix, in `units`; `layers` (the image's rows) names the steps. */
export function describeHint(
  hint: FileHint,
  units: Units,
  layers?: LayerRow[]
): string {
  const row = (index: number | undefined) =>
    index === undefined
      ? 'a layer'
      : nameLayer(index, rowAt(layers, index), HINT_TEXT)
  const [addedIndex, hiddenIndex] = hint.layers
  const added = row(addedIndex)
  const hider = row(hiddenIndex)
  const addedName =
    addedIndex === undefined
      ? 'that layer'
      : layerName(addedIndex, rowAt(layers, addedIndex))
  const bytes = (value: number) => formatBytes(value, units)
  const files = hint.files ?? 0
  const what = `${plural(files, 'file')} (${bytes(hint.bytes)})`
  const parts = hint.parts ?? []
  let sentence: string
  switch (hint.kind) {
    case 'deleted-later': {
      // System packages by name; language packages keep the folder parts and their fixes.
      const manager = managerOf(hint)
      if (manager === 'dpkg' || manager === 'apk') {
        sentence = deletedPackages(hint, hider, added, addedName, units)
        break
      }
      if (parts.length > 1) {
        const each = parts.map((part) => {
          const fix = partFix(part)
          const label = part.cache ? `, ${CACHES[part.cache]?.label ?? ''}` : ''
          return `${bytes(part.bytes)} in ${pathText(part.path)}${label}${fix ? ` (${fix})` : ''}`
        })
        const fixes = parts.some((part) => partFix(part))
        sentence = `${hider} deletes ${what} that ${added} added; the bytes stay in ${addedName}: ${each.join('; ')}. ${fixes ? 'Do it in the RUN that adds them' : 'Add and delete them in one RUN'}, or build in a separate stage and COPY only the result.`
      } else {
        const fix = parts[0] ? partFix(parts[0]) : undefined
        const where = parts[0]
          ? ` in ${pathText(parts[0].path)}${parts[0].cache ? ` (${CACHES[parts[0].cache]?.label ?? ''})` : ''}`
          : ''
        sentence = `${hider} deletes ${what}${where} that ${added} added; the bytes stay in ${addedName}. ${fix ? `Instead, in the RUN that adds them: ${fix}; or build` : 'Add and delete them in one RUN, or build'} in a separate stage and COPY only the result.`
      }
      break
    }
    case 'metadata-copy': {
      const fix =
        hint.builder === 'classic'
          ? 'Use COPY --chown (or enable BuildKit for COPY --chmod)'
          : 'Use COPY --chmod/--chown'
      sentence = `${hider} only changes the mode or owner of ${what} from ${added}, which copies them whole into a new layer. ${fix}, or set modes and owners in the step that creates them.`
      break
    }
    case 'replaced-later': {
      if (hint.packageBytes !== undefined) {
        sentence = replacedPackages(hint, hider, added, addedName, units)
        if (hint.base && hint.builder) return sentence
        break
      }
      if (hint.base && hint.builder) {
        // No package database to tell (an older report, an image without one): the base
        // image's files a step rewrites are most often a package upgrade.
        const own = parts.filter((part) => !BOOKKEEPING.test(part.path))
        const kept = parts.filter((part) => BOOKKEEPING.test(part.path))
        const ownBytes = own.reduce((sum, part) => sum + part.bytes, 0)
        const ownFiles = own.reduce((sum, part) => sum + part.files, 0)
        const headline =
          parts.length > 0 && kept.length > 0
            ? `${plural(ownFiles, 'file')} (${bytes(ownBytes)})`
            : what
        const folders = own
          .slice(0, 3)
          .map((part) => `${bytes(part.bytes)} in ${pathText(part.path)}`)
        if (own.length === 0 && kept.length > 0)
          // Only apt's and dpkg's records: any install writes them, upgrade or not.
          return `${hider} rewrites ${bytes(kept.reduce((sum, part) => sum + part.bytes, 0))} of the base image's package bookkeeping in ${list(kept.map((part) => pathText(part.path)))} (every install records itself there); the old copies stay in ${addedName}.`
        const bookkeeping =
          kept.length > 0
            ? ` (and ${bytes(kept.reduce((sum, part) => sum + part.bytes, 0))} of package bookkeeping in ${list(kept.map((part) => pathText(part.path)))})`
            : ''
        sentence = `${hider} rewrites ${headline} of the base image${folders.length > 0 ? `: ${folders.join(', ')}` : ''}${bookkeeping}; the old copies stay in ${addedName}. This step upgrades base packages; a newer base image avoids it.`
        return sentence
      }
      sentence = `${hider} overwrites ${what} that ${added} added; the old copies stay in ${addedName}. Write the final version once, in one step.`
      break
    }
    case 'recommended-packages':
      sentence = recommendedPackages(hint, added, units)
      break
    case 'kept-packages':
      sentence = keptPackages(hint, hider, added, units)
      break
    case 'package-cache': {
      const cacheParts = parts.filter((part) => part.cache)
      if (cacheParts.length > 0) {
        const fixes = [
          ...new Set(
            cacheParts.map((part) => CACHES[part.cache as CacheKind].fix)
          )
        ]
        sentence = `${added} leaves ${list(cacheParts.map((part) => `${bytes(part.bytes)} of ${CACHES[part.cache as CacheKind].label}`))} in the image. Clean up in the same RUN: ${list(fixes)}.`
        break
      }
      const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined
      const label =
        hint.cache === 'apt-archives' ? APT_CACHE_WHOLE : cache?.label
      sentence = cache
        ? `${added} leaves ${bytes(hint.bytes)} of ${label} (${plural(files, 'file')}) in the image. Clean up in the same RUN: ${cache.fix}.`
        : `${added} leaves ${bytes(hint.bytes)} of a package cache (${plural(files, 'file')}) in the image. Clean it up in the same RUN.`
      break
    }
    case 'apt-update-again':
      sentence = describeAptUpdateAgain(hint, units, layers)
      break
    case 'dev-dependencies':
      sentence = describeDevDependencies(hint, units, layers)
      break
    case 'runtime-extras':
      sentence = describeRuntimeExtras(hint, units, layers)
      break
    default:
      sentence = `${what} in ${list(hint.layers.map((index) => layerName(index, rowAt(layers, index)))) || 'the image'} could be saved.`
  }
  return hint.base ? `(base image) ${sentence}` : sentence
}

// --- Hints that name packages (analysis/package-hints.ts) ---

/** How many packages a sentence names before "and N more". */
const NAMED_PACKAGES = 5

/** `gcc-12, make and 3 more`: the hint's packages by name (with `each` appended), the rest counted. */
function packageNames(
  hint: FileHint,
  each: (p: HintPackage) => string = () => '',
  only?: (p: HintPackage) => boolean
): string {
  const all = (hint.packages ?? []).filter(only ?? (() => true))
  const named = all
    .slice(0, NAMED_PACKAGES)
    .map((p) => `${quoted(p.name, 60)}${each(p)}`)
  const total = only ? all.length : Math.max(hint.packageCount ?? 0, all.length)
  const more = total - named.length
  return more > 0 ? `${named.join(', ')} and ${more} more` : list(named)
}

/** The manager most of a hint's packages come from (its first, largest). */
const managerOf = (hint: FileHint) => hint.packages?.[0]?.manager

/** A deleted-later hint whose copies are packages' files: the step that removed them, by name. */
function deletedPackages(
  hint: FileHint,
  hider: string,
  added: string,
  addedName: string,
  units: Units
): string {
  const bytes = (value: number) => formatBytes(value, units)
  const packaged = hint.packageBytes ?? hint.bytes
  const rest = hint.bytes - packaged
  const bookkeeping = hint.bookkeepingBytes ?? 0
  const other =
    rest <= 0
      ? ''
      : bookkeeping === rest
        ? ` (and ${bytes(rest)} of package-manager bookkeeping)`
        : ` (and ${bytes(rest)} of other files${bookkeeping > 0 ? `, ${bytes(bookkeeping)} of them package-manager bookkeeping` : ''})`
  const manager = managerOf(hint)
  const fix =
    manager === 'dpkg'
      ? 'Install, use and purge them in one RUN (`apt-get purge -y --auto-remove` at its end), or build in a separate stage and COPY only the result.'
      : manager === 'apk'
        ? 'Install, use and remove them in one RUN (`apk add --virtual .build-deps … && … && apk del .build-deps`), or build in a separate stage and COPY only the result.'
        : 'Install and remove them in one RUN, or build in a separate stage and COPY only the result.'
  return `${hider} removes ${packageNames(hint)} (${bytes(packaged)}) that ${added} added${other}; the bytes stay in ${addedName}. ${fix}`
}

/**
 * A replaced-later hint on an image with package databases: a step that upgrades packages
 * names them; a step that only rewrites the package manager's bookkeeping says so.
 */
function replacedPackages(
  hint: FileHint,
  hider: string,
  added: string,
  addedName: string,
  units: Units
): string {
  const bytes = (value: number) => formatBytes(value, units)
  const packaged = hint.packageBytes ?? 0
  const bookkeeping = hint.bookkeepingBytes ?? 0
  const other = hint.bytes - packaged - bookkeeping
  const upgraded = (hint.packages ?? []).filter(
    (p) => p.previousVersion !== undefined
  )
  const of = hint.base ? 'of the base image' : `that ${added} added`
  const asWell = [
    ...(bookkeeping > 0 && (packaged > 0 || other > 0)
      ? [`${bytes(bookkeeping)} of package-manager bookkeeping`]
      : []),
    ...(other > 0 && (packaged > 0 || bookkeeping > 0)
      ? [`${bytes(other)} of other files`]
      : [])
  ]
  const also = asWell.length > 0 ? ` (and ${list(asWell)})` : ''
  if (upgraded.length > 0) {
    const names = packageNames(
      hint,
      (p) =>
        ` ${quoted(p.previousVersion ?? '', 40)} → ${quoted(p.version ?? '', 40)}`,
      (p) => p.previousVersion !== undefined
    )
    return hint.base
      ? `${hider} upgrades base packages (${names}): it rewrites ${bytes(packaged)} of their files${also}, and the old copies stay in ${addedName}. A newer base image avoids it.`
      : `${hider} upgrades packages that ${added} installed (${names}): it rewrites ${bytes(packaged)} of their files${also}, and the old copies stay in ${addedName}. Install the version you want once, in one step.`
  }
  if (packaged > 0)
    return `${hider} rewrites ${bytes(packaged)} of files of ${hint.base ? 'base ' : ''}packages ${packageNames(hint)} ${of}${also}; the old copies stay in ${addedName}. ${hint.base ? 'A base image that has them as needed avoids it.' : 'Write the final version once, in one step.'}`
  if (bookkeeping > 0 && other === 0)
    return `${hider} rewrites ${bytes(bookkeeping)} of package-manager bookkeeping ${of} (${plural(hint.files ?? 0, 'file')} such as dpkg's database, debconf's cache and the ld.so cache), as every step that installs or removes packages does; the old copies stay in ${addedName}. Install in as few RUN steps as possible.`
  const ofThem =
    bookkeeping > 0
      ? `, ${bytes(bookkeeping)} of them package-manager bookkeeping`
      : ''
  return `${hider} overwrites ${plural(hint.files ?? 0, 'file')} (${bytes(hint.bytes)}) ${of}${ofThem}; the old copies stay in ${addedName}. ${hint.base ? 'Only another base image avoids it.' : 'Write the final version once, in one step.'}`
}

/** Packages a step installed only because something recommends or suggests them. */
function recommendedPackages(
  hint: FileHint,
  step: string,
  units: Units
): string {
  const bytes = (value: number) => formatBytes(value, units)
  const names = packageNames(
    hint,
    (p) => ` ${bytes(p.bytes)}${p.via ? ` (via ${quoted(p.via, 60)})` : ''}`
  )
  const count = hint.packageCount ?? hint.packages?.length ?? 0
  return `${step} installs ${plural(count, 'package')} (${bytes(hint.bytes)}) only because an installed package recommends or suggests them: ${names}. Install with \`apt-get install --no-install-recommends\` (naming any of them you need).`
}

/** Packages that stay after a step removed the ones they were installed with. */
function keptPackages(
  hint: FileHint,
  step: string,
  installer: string,
  units: Units
): string {
  const bytes = (value: number) => formatBytes(value, units)
  const count = hint.packageCount ?? hint.packages?.length ?? 0
  const what = `${plural(count, 'package')} (${bytes(hint.bytes)})`
  const apt = managerOf(hint) === 'dpkg'
  if (hint.packages?.some((p) => p.via)) {
    const names = packageNames(
      hint,
      (p) => ` ${bytes(p.bytes)}${p.via ? ` (via ${quoted(p.via, 60)})` : ''}`
    )
    return `${step} removes packages, but ${what} that ${installer} installed with them ${count === 1 ? 'stays' : 'stay'} installed, because another installed package recommends or suggests them: ${names}. ${apt ? 'Install with `--no-install-recommends`, or purge what keeps them in the same RUN.' : 'Remove what keeps them in the same RUN.'}`
  }
  const names = packageNames(hint, (p) => ` ${bytes(p.bytes)}`)
  return `${step} removes packages, but ${what} that ${installer} installed with them ${count === 1 ? 'stays' : 'stay'} installed, though no installed package needs them: ${names}. ${apt ? 'Remove them in the same RUN: `apt-get purge -y --auto-remove …` (or `&& apt-get autoremove -y`).' : 'Remove them in the same RUN.'}`
}

/** "baseline: main @ abc1234, 3 commits before the merge-base": where the baseline came from, so a reviewer knows when it is not exact. */
export function describeBaselineFrom(from: BaselineFrom): string {
  const at = from.commit
    ? `${from.branch ? `${from.branch} ` : ''}@ ${from.commit.slice(0, 7)}`
    : (from.branch ?? '')
  switch (from.kind) {
    case 'artifact': {
      const n = from.commitsBeforeMergeBase ?? 0
      return `baseline: ${at}, ${n === 0 ? 'the merge-base' : `${plural(n, 'commit')} before the merge-base`}${from.runId !== undefined ? `, from the report of run ${from.runId}` : ''}`
    }
    case 'build':
      return `baseline: ${at}, built at the merge-base`
    case 'image':
      return `baseline: the image ${from.ref ?? ''}`
    case 'report':
      return `baseline: the report ${from.ref ?? ''}`
  }
}

/**
 * The JSON report's `message` fields, written from the data in the run's units: every
 * violation's and every hint's. Where a report is assembled (check, analyze --json);
 * renderers do not read them.
 */
export function withMessages<
  T extends ImageReport & {
    violations?: Violation[]
    comparison?: Comparison | null
  }
>(report: T, units: Units): T {
  const out: T = { ...report }
  if (report.violations)
    out.violations = report.violations.map((violation) => ({
      ...violation,
      message: describeViolation(violation, units, report)
    }))
  if (report.files)
    out.files = {
      ...report.files,
      hints: report.files.hints.map((hint) => ({
        ...hint,
        message: describeHint(hint, units, report.layers)
      }))
    }
  return out
}

/** A budget check as a table row: what it judges, the figure, the limit, the verdict. */
export interface CheckCells {
  rule: string
  actual: string
  limit: string
  verdict: string
}

/** One check in words for a table, in `units`: efficiency as a percent, sizes in the run's units. */
export function describeCheck(check: BudgetCheck, units: Units): CheckCells {
  const bytes = (value: number) => formatBytes(value, units)
  const at = check.layer ? ` (L${check.layer.index})` : ''
  let rule: string
  let show: (value: number) => string = bytes
  switch (check.rule) {
    case 'total':
      rule = 'total'
      break
    case 'layers':
      rule = 'layers'
      show = String
      break
    case 'layer':
      rule = `${check.base ? 'largest base layer' : 'largest layer'}${at}`
      break
    case 'rule':
      rule = `rule "${cutLine(check.match ?? '', 40)}"${at}`
      break
    case 'reclaimable':
      rule = 'reclaimable'
      break
    case 'efficiency':
      rule = 'efficiency'
      show = ratioPercent
      break
    case 'compressed':
      rule =
        check.detail === 'total'
          ? 'compressed total'
          : `${check.base ? 'largest compressed base layer' : 'largest compressed layer'}${at}`
      break
    case 'growth':
      rule = check.detail === 'layer' ? `growth of a layer${at}` : 'growth'
      show =
        check.detail === 'percent'
          ? (value) => `${value > 0 ? '+' : ''}${percentText(value)}`
          : (value) => signedBytes(value, units)
      break
    case 'dive':
      rule = `dive ${check.detail ?? ''}`
      show = check.detail === 'highestWastedBytes' ? bytes : ratioPercent
      break
    case 'package':
    case 'unpackaged':
      rule = packageCheckRule(check)
      break
    default:
      rule = check.rule
  }
  const limit =
    check.rule === 'growth' && check.detail === 'percent'
      ? percentText(check.limit)
      : show(check.limit)
  const verdict = check.advisory
    ? check.pass
      ? 'pass'
      : 'over (base image: not failed)'
    : check.pass
      ? 'pass'
      : (check.failed ?? 1) > 1
        ? `FAIL (${check.failed})`
        : 'FAIL'
  return { rule, actual: show(check.actual), limit, verdict }
}

/** A finding's mark against the baseline, for the renderers. */
export const CHANGE_WORDS: Record<FindingChange, string> = {
  new: 'new',
  worse: 'worse',
  better: 'better',
  unchanged: 'unchanged'
}

/** Why the hints carry no mark although there is a baseline. */
export const HINTS_UNMARKED =
  'The baseline has no file analysis: the hints are not marked new or unchanged against it.'

// --- Runtime hints (src/analysis/runtime-hints.ts): apt-update-again, dev-dependencies, runtime-extras ---

/** A package name quoted in a sentence: on one line, cut, no backticks. */
const packageText = (name: string) => quoted(name, 40)

/** A second `apt-get update` whose lists and binary caches land in a layer of their own. */
function describeAptUpdateAgain(
  hint: FileHint,
  units: Units,
  layers: LayerRow[] | undefined
): string {
  const [earlier, later] = hint.layers
  const bytes = (value: number) => formatBytes(value, units)
  const parts = (hint.parts ?? []).filter((part) => part.cache)
  const what =
    parts.length > 0
      ? list(
          parts.map(
            (part) =>
              `${bytes(part.bytes)} of ${CACHES[part.cache as CacheKind]?.label ?? 'apt files'}`
          )
        )
      : "apt's lists and binary caches"
  const laterName = nameLayer(later, rowAt(layers, later), HINT_TEXT)
  const earlierName = nameLayer(earlier, rowAt(layers, earlier), HINT_TEXT)
  return `${laterName} runs apt-get update again and writes ${plural(hint.files ?? 0, 'file')} (${bytes(hint.bytes)}) that ${earlierName} already wrote, now in this layer too: ${what}. Fold it into the first install line (${layerName(earlier, rowAt(layers, earlier))}), and clean in the same RUN: \`&& apt-get clean && rm -rf /var/lib/apt/lists/*\`.`
}

/** npm dev dependencies in the final filesystem. */
function describeDevDependencies(
  hint: FileHint,
  units: Units,
  layers: LayerRow[] | undefined
): string {
  const [row] = hint.layers
  const bytes = (value: number) => formatBytes(value, units)
  const count = hint.packageCount ?? hint.packages?.length ?? 0
  const named = (hint.packages ?? [])
    .slice(0, 5)
    .map((p) => `${packageText(p.name)} (${bytes(p.bytes)})`)
  const more = count - named.length
  const where = hint.parts?.length
    ? ` in ${list(hint.parts.map((part) => pathText(part.path)))} of the final image`
    : ' in the final image'
  const names =
    named.length > 0
      ? `: ${named.join(', ')}${more > 0 ? ` and ${plural(more, 'more')}` : ''}`
      : ''
  return `${nameLayer(row, rowAt(layers, row), HINT_TEXT)} leaves ${plural(count, 'npm dev dependency', 'npm dev dependencies')} (${bytes(hint.bytes)}, ${plural(hint.files ?? 0, 'file')})${where}${names}. Install without them, in one RUN: \`npm ci --omit=dev && npm cache clean --force\` (or build in a separate stage and COPY only the result).`
}

/** Each category of runtime-extras in words, and whether a build stage leaves it out. */
const EXTRAS: Record<RuntimeExtraCategory, { label: string; build: boolean }> =
  {
    compiler: { label: 'compilers and build tools', build: true },
    'dev-package': { label: '-dev packages', build: true },
    headers: { label: 'headers', build: true },
    'static-library': { label: 'static libraries', build: true },
    docs: { label: 'docs and man pages', build: false },
    'package-index': {
      label: 'package indexes and caches',
      build: false
    },
    'package-manager': { label: 'the package manager', build: false },
    shell: { label: 'the shell', build: false }
  }

/** What a runtime image usually does not need, by category, and what to do when it is a large share. */
function describeRuntimeExtras(
  hint: FileHint,
  units: Units,
  layers: LayerRow[] | undefined
): string {
  const bytes = (value: number) => formatBytes(value, units)
  const parts = (hint.parts ?? []).filter((part) => part.category)
  const each = parts.map((part) => {
    const category = part.category as RuntimeExtraCategory
    const names = (hint.packages ?? [])
      .filter((p) => p.category === category)
      .slice(0, 3)
      .map((p) => packageText(p.name))
    const by = names.length > 0 ? ` (${names.join(', ')})` : ''
    const isPath =
      category === 'headers' ||
      category === 'static-library' ||
      category === 'docs'
    const at = isPath && names.length === 0 ? ` in ${pathText(part.path)}` : ''
    return `${bytes(part.bytes)} of ${EXTRAS[category]?.label ?? category}${by}${at}`
  })
  const final = hint.finalBytes ?? 0
  const share = final > 0 ? hint.bytes / final : 0
  const head = `The final image holds ${bytes(hint.bytes)}${final > 0 ? ` (${ratioPercent(share)} of its ${bytes(final)} of files)` : ''} that a runtime image usually does not need${each.length > 0 ? `: ${each.join(', ')}` : ''}.`
  let advice = ''
  if (share >= RUNTIME_EXTRAS_SHARE) {
    const build = parts
      .filter((part) => EXTRAS[part.category as RuntimeExtraCategory]?.build)
      .reduce((sum, part) => sum + part.bytes, 0)
    advice =
      build >= RUNTIME_BUILD_SHARE * final
        ? ` Move the build to a separate stage and COPY only its result into the final one (that leaves out ${bytes(build)}); when the runtime needs no shell or package manager, a minimal final stage (a distroless or \`-slim\` base) instead, which would remove ${bytes(hint.bytes)} by the figures measured.`
        : ` When the runtime needs no shell or package manager, a minimal final stage (a distroless or \`-slim\` base) would remove ${bytes(hint.bytes)} by the figures measured.`
  }
  let base = ''
  const from = hint.baseImage
  if (from && from.layers.length > 0) {
    const first = from.layers[0]
    const last = from.layers[from.layers.length - 1]
    const rows =
      first === last
        ? layerName(first, rowAt(layers, first))
        : `${layerName(first)}–${layerName(last)}`
    const total = layers?.reduce((sum, row) => sum + row.sizeBytes, 0) ?? 0
    const name = from.ref ? `${quoted(from.ref, 80)}, ${rows}` : rows
    base = ` The base image (${name}) is ${total > 0 ? `${ratioPercent(from.bytes / total)} (${bytes(from.bytes)})` : bytes(from.bytes)} of the total.`
  }
  return `${head}${advice}${base}`
}

// ---- Budgets that name packages: `package:` rules and the `unpackaged:` limit ----

/**
 * What to do about a `package:` rule broken (functions: FIX above reads them as the module loads). True of the figure: it counts the bytes of
 * the packages in every layer that holds them, so a removal in a later RUN changes nothing
 * while a removal in the RUN that installed them leaves no bytes in any layer.
 */
function packageFix(): string {
  return "These bytes ship in the layers named whatever later steps do: a purge or `apt-get remove` in a later RUN does not take them out of the image (it only hides them). Build in a separate stage and copy only the result into the runtime stage, or install, use and purge them in the same RUN (then no layer holds them, unless another installed package still depends on them); or raise the rule's max if they are meant to ship."
}

/** What to do about an `unpackaged:` limit broken. */
function unpackagedFix(): string {
  return 'These are files no package manager installed (COPY, downloads, make install, build output): copy only what the runtime needs (a .dockerignore, a separate build stage that the runtime stage copies the result from), or raise the unpackaged limit if they are intended.'
}

/** How many packages a `package` violation names in its sentence. */
const PACKAGES_NAMED = 3

/** `gcc-12 38.2 MB (L3 · Dockerfile:5)`: a package, the bytes it ships and the rows that ship them. */
function shippedPackageText(
  item: NonNullable<Violation['packages']>[number],
  units: Units,
  layers: LayerRow[] | undefined
): string {
  const name = quoted(item.arch ? `${item.name}:${item.arch}` : item.name, 60)
  const rows = item.layers.map(
    (index) => rowAt(layers, index) ?? { index, dockerfileLine: undefined }
  )
  const where = rows.length > 0 ? ` (${rowsName(rows)})` : ''
  return `${name} ${formatBytes(item.bytes, units)}${where}`
}

/** `api: the packages matching "gcc*" ship 53.1 MB, over …: gcc-12 38.2 MB (L3), … and 41 more`. */
function packageFinding(
  violation: Violation,
  units: Units,
  context: FindingContext
): string {
  const { image, limitBytes: limit, actualBytes: actual } = violation
  const listed = (violation.packages ?? []).slice(0, PACKAGES_NAMED)
  const count = violation.packageCount ?? listed.length
  const more = count - listed.length
  const names = listed.map((item) =>
    shippedPackageText(item, units, context.layers)
  )
  const which =
    names.length > 0
      ? `: ${names.join(', ')}${more > 0 ? ` and ${plural(more, 'more package')}` : ''}`
      : ''
  return `${image}: ${plural(count, 'package')} matching "${quoted(violation.match ?? '', 60)}" ${count === 1 ? 'ships' : 'ship'} ${over(actual, limit, units)}${which}`
}

/** `api: 42 MB of the final filesystem belong to no installed package (/app 30 MB, …), over …`. */
function unpackagedFinding(violation: Violation, units: Units): string {
  const { image, limitBytes: limit, actualBytes: actual } = violation
  const folders = (violation.folders ?? []).map(
    (folder) =>
      `${quoted(`/${folder.top}`, 60)} ${formatBytes(folder.bytes, units)}`
  )
  return `${image}: ${bytesBeside(actual, limit, units)} of the final filesystem belong to no installed package${folders.length > 0 ? ` (largest: ${folders.join(', ')})` : ''}, over the unpackaged budget of ${bytesBeside(limit, actual, units)}`
}

/** The rule cell of a `package` or `unpackaged` check, with why its figure is 0 when it says. */
function packageCheckRule(check: BudgetCheck): string {
  if (check.rule === 'unpackaged')
    return check.note === 'no-package-database'
      ? 'unpackaged (no package database: every file)'
      : 'unpackaged'
  const rule = `package "${cutLine(check.match ?? '', 40)}"`
  if (check.note === 'no-package-matches') return `${rule}: no package matches`
  if (check.note === 'no-package-database')
    return `${rule}: no package database`
  return check.base ? `${rule} in the base image` : rule
}

// ---------------------------------------------------------------------------------
// What is inside a changed layer (issue 14): the packages its rows added, removed or
// upgraded (LayerChange.packages) and the folders that grew or shrank (LayerChange.paths).
// One line each a reviewer can act on, and every entry the comparison kept for details.
// Package names, versions and paths are untrusted: a markdown renderer escapes these lines.

/** Packages named per kind on a layer's line, and folders on its path line; the rest are counted or in the details. */
export const INSIDE_NAMED = 3

export type PackageChangeKind = 'added' | 'removed' | 'upgraded'

const KIND_MARKS: Record<PackageChangeKind, string> = {
  added: '+',
  removed: '−',
  upgraded: '↑'
}

/** `gcc-12 38.2 MB` (added or removed: its bytes), `jq 1.6-2 → 1.7-1 (+12 kB)` (an upgrade: old → new, and the delta). */
export function packageChangeWords(
  change: PackageChange,
  kind: PackageChangeKind,
  units: Units
): string {
  if (kind === 'upgraded')
    return `${change.name} ${change.previousVersion ?? '?'} → ${change.version} (${signedBytes(change.deltaBytes, units)})`
  return `${change.name} ${formatBytes(Math.abs(change.deltaBytes), units)}`
}

/**
 * The sum of one kind's deltas where it is known: every entry is listed, or this is the one
 * kind whose list was cut (the total less the other, whole, lists).
 */
function kindBytes(
  deltas: PackageDeltas,
  kind: PackageChangeKind
): number | undefined {
  const kinds: PackageChangeKind[] = ['added', 'removed', 'upgraded']
  const whole = (k: PackageChangeKind) => deltas[k].length >= deltas.counts[k]
  const sum = (k: PackageChangeKind) =>
    deltas[k].reduce((total, p) => total + p.deltaBytes, 0)
  if (whole(kind)) return sum(kind)
  const others = kinds.filter((k) => k !== kind)
  if (others.every(whole))
    return deltas.deltaBytes - others.reduce((t, k) => t + sum(k), 0)
  return undefined
}

/** One kind on a layer's line: `+ gcc-12 38.2 MB, cpp-12 9.1 MB and 41 more (+71.3 MB)`; one package alone has no total. */
function kindPhrase(
  deltas: PackageDeltas,
  kind: PackageChangeKind,
  units: Units,
  named: number
): string | undefined {
  const count = deltas.counts[kind]
  if (count === 0) return undefined
  const shown = deltas[kind].slice(0, named)
  const more = count - shown.length
  const words = shown.map((p) => packageChangeWords(p, kind, units)).join(', ')
  const total = kindBytes(deltas, kind)
  // One package says its own bytes: a total would say them twice.
  const sum =
    total === undefined || count === 1 ? '' : ` (${signedBytes(total, units)})`
  const upgrades = kind === 'upgraded' && count > 1 ? ' upgraded' : ''
  return `${KIND_MARKS[kind]} ${words}${more > 0 ? ` and ${more} more` : ''}${upgrades}${sum}`
}

/**
 * A changed layer's packages on one line: what was added, removed, upgraded, each with
 * its largest few by bytes and the kind's total, joined by ` · `; undefined when the
 * comparison has no package change for it.
 */
export function packageLine(
  deltas: PackageDeltas | undefined,
  units: Units,
  named = INSIDE_NAMED
): string | undefined {
  if (!deltas) return undefined
  const parts = (['added', 'removed', 'upgraded'] as const)
    .map((kind) => kindPhrase(deltas, kind, units, named))
    .filter((part): part is string => part !== undefined)
  if (parts.length === 0) return undefined
  // A total for the kinds whose own sums are not all known (two lists cut at the cap).
  const unknown = (['added', 'removed', 'upgraded'] as const).some(
    (kind) => deltas.counts[kind] > 0 && kindBytes(deltas, kind) === undefined
  )
  return `${parts.join(' · ')}${unknown ? ` · packages ${signedBytes(deltas.deltaBytes, units)} in all` : ''}`
}

/** Every package the comparison kept for a layer, one per line (`+ less 590-2 345 kB`, `↑ jq 1.6 → 1.7 (+12 kB)`), and a line for those it left out. */
export function packageDetailLines(
  deltas: PackageDeltas | undefined,
  units: Units
): string[] {
  if (!deltas) return []
  const out: string[] = []
  for (const kind of ['added', 'removed', 'upgraded'] as const) {
    for (const p of deltas[kind])
      out.push(
        kind === 'upgraded'
          ? `${KIND_MARKS[kind]} ${packageChangeWords(p, kind, units)}`
          : `${KIND_MARKS[kind]} ${p.name} ${p.version} ${formatBytes(Math.abs(p.deltaBytes), units)}`
      )
    const left = deltas.counts[kind] - deltas[kind].length
    if (left > 0)
      out.push(
        `${plural(left, `more ${kind} package`)} (the comparison keeps the largest ${deltas[kind].length})`
      )
  }
  return out
}

/** A changed layer's largest grown or shrunk folders on one line: `/usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB, /usr/bin +1.2 MB`; undefined without paths. */
export function pathLine(
  paths: PathChange[] | undefined,
  units: Units,
  named = INSIDE_NAMED
): string | undefined {
  if (!paths || paths.length === 0) return undefined
  const more = paths.length - Math.min(named, paths.length)
  return `${paths
    .slice(0, named)
    .map((p) => `${p.path} ${signedBytes(p.deltaBytes, units)}`)
    .join(', ')}${more > 0 ? ` and ${plural(more, 'more folder')}` : ''}`
}

/** Every folder the comparison kept for a layer, one per line. */
export function pathDetailLines(
  paths: PathChange[] | undefined,
  units: Units
): string[] {
  return (paths ?? []).map(
    (p) => `${p.path} ${signedBytes(p.deltaBytes, units)}`
  )
}

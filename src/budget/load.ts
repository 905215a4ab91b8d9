// Loads the budget file (.github/image-size-budget.yml; JSON is YAML too), validates it
// against schema/budget.schema.json (the one source of truth, also published for editors)
// and turns it into a BudgetConfig. Every problem is reported at once, each as
// `path:line:column: key.path: what is wrong`, before any image is touched.

import { readFile, stat } from 'node:fs/promises'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import schema from '../../schema/budget.schema.json' with { type: 'json' }
import { InputError } from '../errors.js'
import type { GrowthLimits } from './rules/growth.js'
import {
  BUDGET_ALIAS_LIMIT,
  BUDGET_FILE_LIMIT,
  BUDGET_PROBLEMS_SHOWN
} from '../limits.js'
import { excerpt, quote } from '../messages.js'
import { compilePattern } from './pattern.js'
import {
  DEFAULT_MIN_CHANGE_BYTES,
  notASize,
  percentValue,
  sizeBytes
} from './size.js'
import type {
  BudgetConfig,
  ConfiguredImage,
  ImageBudget,
  LayerRule,
  PackageRule
} from './types.js'
import { parsePackagePattern } from '../analysis/package-pattern.js'

export const DEFAULT_BUDGET_FILE = '.github/image-size-budget.yml'

let compiled: ValidateFunction | undefined

/** The schema's validator, compiled on first use: compiling costs ~60 ms that commands without a budget file should not pay. */
function schemaValidator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    allowUnionTypes: true,
    verbose: true
  })
  // Sizes and percentages are checked with the schema, so a bad size is reported with every other problem in one pass.
  ajv.addFormat('size', {
    type: 'string',
    validate: (text: string) => sizeBytes(text) !== undefined
  })
  ajv.addFormat('percent', {
    type: 'string',
    validate: (text: string) => percentValue(text) !== undefined
  })
  return (compiled = ajv.compile(schema))
}

type Segment = string | number

/** Where a key path sits in the file: the key itself when `atKey`, else its value. */
function position(
  doc: Document,
  lines: LineCounter,
  path: Segment[],
  atKey: boolean
): { line: number; col: number } {
  let node: unknown = doc.contents
  let offset = 0
  for (const [i, segment] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node))
      break
    const items = (node as { items: unknown[] }).items
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isScalar(item.key) && String(item.key.value) === String(segment)
      )
      if (!pair) break
      const keyNode = pair.key as Node
      offset =
        (atKey && i === path.length - 1
          ? keyNode.range?.[0]
          : ((pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0])) ??
        offset
      next = pair.value
    } else {
      next = items[Number(segment)]
      offset = (next as Node | undefined)?.range?.[0] ?? offset
    }
    node = next
  }
  return lines.linePos(offset)
}

/** Edit distance with adjacent transpositions counting one (optimal string alignment): `layres` is one step from `layers`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) =>
      i === 0 ? j : j === 0 ? i : 0
    )
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** The closest of `candidates` to a misspelt key, when it is close enough to be a likely typo. */
export function closestKey(
  key: string,
  candidates: string[]
): string | undefined {
  const allowed = Math.max(2, Math.floor(key.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a key far longer than any known one
    // (a hostile file's megabyte key) is never measured, since that costs length × length.
    if (Math.abs(key.length - candidate.length) > allowed) continue
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return quote(value)
}

function expectedType(error: ErrorObject): string {
  const types = ([] as string[]).concat(error.params.type as string | string[])
  const isSize = (
    error.parentSchema as { description?: string } | undefined
  )?.description?.startsWith('A size')
  if (isSize) return 'a size (e.g. 250MB or 250MiB) or a whole number of bytes'
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false'
  }
  return types.map((type) => names[type] ?? type).join(' or ')
}

interface Problem {
  path: Segment[]
  atKey: boolean
  message: string
}

function problemsFromSchema(errors: ErrorObject[]): Problem[] {
  const problems: Problem[] = []
  for (const error of errors) {
    // A `rules:` entry is one of two shapes (match or package): the shapes' own errors
    // say nothing a user can act on; the oneOf error below says which key to give.
    if (error.schemaPath.includes('/oneOf/')) continue
    const path: Segment[] = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = error.params.additionalProperty as string
        const known = Object.keys(
          (error.parentSchema as { properties?: Record<string, unknown> })
            .properties ?? {}
        )
        const suggestion = closestKey(key, known)
        problems.push({
          path: [...path, key],
          atKey: true,
          message: `unknown key${suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; expected one of ${known.join(', ')}` : ''}`
        })
        break
      }
      case 'type':
        problems.push({
          path,
          atKey: false,
          message: `expected ${expectedType(error)}, got ${describeType(error.data)}`
        })
        break
      case 'enum':
        problems.push({
          path,
          atKey: false,
          message: `expected one of ${(error.params.allowedValues as unknown[]).join(', ')}, got ${describeType(error.data)}`
        })
        break
      case 'required':
        problems.push({
          path,
          atKey: false,
          message: `the key "${error.params.missingProperty as string}" is required`
        })
        break
      case 'minimum':
      case 'maximum':
        problems.push({
          path,
          atKey: false,
          message: `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${error.params.limit as number}, got ${describeType(error.data)}`
        })
        break
      case 'minProperties':
        problems.push({
          path,
          atKey: false,
          message: 'must name at least one image'
        })
        break
      case 'format':
        problems.push({
          path,
          atKey: false,
          message:
            error.params.format === 'percent'
              ? `${quote(error.data)} is not a percentage; use e.g. 5%`
              : notASize(error.data)
        })
        break
      case 'minLength':
        problems.push({ path, atKey: false, message: 'must not be empty' })
        break
      case 'oneOf': {
        const data = (error.data ?? {}) as Raw
        const both = data.match !== undefined && data.package !== undefined
        problems.push({
          path,
          atKey: false,
          message: both
            ? 'give "match" (a layer\'s instruction) or "package" (package names), not both'
            : 'give "match" (a layer\'s instruction) or "package" (package names)'
        })
        break
      }
      default:
        problems.push({
          path,
          atKey: false,
          message: error.message ?? 'is not valid'
        })
    }
  }
  return problems
}

type Raw = Record<string, unknown>

/** Converts validated data, collecting problems (bad sizes, bad regexes, image/build mix-ups) instead of stopping at the first. */
class Converter {
  problems: Problem[] = []

  size(value: unknown, path: Segment[]): number | undefined {
    if (value === undefined) return undefined
    const bytes = sizeBytes(value as string | number)
    if (bytes === undefined)
      this.problems.push({ path, atKey: false, message: notASize(value) })
    return bytes
  }

  packageRule(raw: Raw, path: Segment[]): PackageRule | undefined {
    const maxBytes = this.size(raw.max, [...path, 'max'])
    const pattern = parsePackagePattern(raw.package as string)
    if ('problem' in pattern) {
      this.problems.push({
        path: [...path, 'package'],
        atKey: false,
        message: `${quote(raw.package)} ${pattern.problem}`
      })
      return undefined
    }
    return maxBytes === undefined ? undefined : { pattern, maxBytes }
  }

  rule(raw: Raw, path: Segment[]): LayerRule | undefined {
    const match = raw.match as string
    const maxBytes = this.size(raw.max, [...path, 'max'])
    let test: (createdBy: string) => boolean
    // `/…/flags` is a regex only when what follows the last slash is valid flags: a path such as
    // `/usr/local/bin` stays a substring. Regexes run in linear time (pattern.ts).
    const regex = /^\/(.*)\/([dgimsuy]*)$/s.exec(match)
    if (regex) {
      const compiled = compilePattern(regex[1], regex[2])
      if ('problem' in compiled) {
        this.problems.push({
          path: [...path, 'match'],
          atKey: false,
          message: `${quote(match)} ${compiled.problem}`
        })
        return undefined
      }
      test = compiled.test
    } else {
      test = (createdBy) => createdBy.includes(match)
    }
    return maxBytes === undefined ? undefined : { match, test, maxBytes }
  }

  budget(raw: Raw | undefined, path: Segment[]): ImageBudget {
    if (!raw) return {}
    const budget: ImageBudget = {}
    const set = <K extends keyof ImageBudget>(
      key: K,
      value: ImageBudget[K] | undefined
    ) => {
      if (value !== undefined) budget[key] = value
    }
    set('totalBytes', this.size(raw.total, [...path, 'total']))
    set('layerBytes', this.size(raw.layer, [...path, 'layer']))
    set('layers', raw.layers as number | undefined)
    if (Array.isArray(raw.rules)) {
      // Both lists are set from one `rules:` so that an image's list replaces the defaults' whole.
      const entries = (raw.rules as Raw[]).map((rule, i) => ({ rule, i }))
      budget.rules = entries
        .filter(({ rule }) => rule.package === undefined)
        .map(({ rule, i }) => this.rule(rule, [...path, 'rules', i]))
        .filter((rule): rule is LayerRule => !!rule)
      budget.packageRules = entries
        .filter(({ rule }) => rule.package !== undefined)
        .map(({ rule, i }) => this.packageRule(rule, [...path, 'rules', i]))
        .filter((rule): rule is PackageRule => !!rule)
    }
    set('unpackagedBytes', this.size(raw.unpackaged, [...path, 'unpackaged']))
    const growth = raw.growth as Raw | undefined
    if (growth) {
      const limits: GrowthLimits = {}
      const total = this.size(growth.total, [...path, 'growth', 'total'])
      const layer = this.size(growth.layer, [...path, 'growth', 'layer'])
      if (total !== undefined) limits.totalBytes = total
      if (layer !== undefined) limits.layerBytes = layer
      if (growth.percent !== undefined) {
        const percent = percentValue(growth.percent as string | number)
        if (percent === undefined)
          this.problems.push({
            path: [...path, 'growth', 'percent'],
            atKey: false,
            message: `${quote(growth.percent)} is not a percentage; use e.g. 5%`
          })
        else limits.percent = percent
      }
      budget.growth = limits
    }
    set(
      'reclaimableBytes',
      this.size(raw.reclaimable, [...path, 'reclaimable'])
    )
    set('efficiency', raw.efficiency as number | undefined)
    const compressed = raw.compressed as Raw | undefined
    if (compressed) {
      budget.compressed = {}
      const total = this.size(compressed.total, [
        ...path,
        'compressed',
        'total'
      ])
      const layer = this.size(compressed.layer, [
        ...path,
        'compressed',
        'layer'
      ])
      if (total !== undefined) budget.compressed.totalBytes = total
      if (layer !== undefined) budget.compressed.layerBytes = layer
    }
    const base = raw.base as Raw | undefined
    if (base) {
      budget.base = {}
      const layer = this.size(base.layer, [...path, 'base', 'layer'])
      const compressedLayer = this.size(
        (base.compressed as Raw | undefined)?.layer,
        [...path, 'base', 'compressed', 'layer']
      )
      if (layer !== undefined) budget.base.layerBytes = layer
      if (compressedLayer !== undefined)
        budget.base.compressedLayerBytes = compressedLayer
    }
    return budget
  }
}

/** Per-image keys override the defaults key by key; an image's `rules` list replaces the defaults' list. */
export function mergeBudgets(
  defaults: ImageBudget,
  own: ImageBudget
): ImageBudget {
  const merged: ImageBudget = { ...defaults, ...own }
  if (defaults.growth || own.growth)
    merged.growth = { ...defaults.growth, ...own.growth }
  if (defaults.compressed || own.compressed)
    merged.compressed = { ...defaults.compressed, ...own.compressed }
  if (defaults.base || own.base) merged.base = { ...defaults.base, ...own.base }
  return merged
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^[-.]+/, '')
      .slice(0, 100) || 'image'
  )
}

/**
 * The message for a file's problems: one problem is one line (`file:line:col: key: what`),
 * several are a line naming the file then the first BUDGET_PROBLEMS_SHOWN, the rest counted.
 */
function problemsMessage(
  file: string,
  lines: string[],
  what = 'has problems; fix them'
): string {
  if (lines.length === 1) return lines[0]
  const more = lines.length - BUDGET_PROBLEMS_SHOWN
  return `the budget file ${file} ${what}:\n${lines.slice(0, BUDGET_PROBLEMS_SHOWN).join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`
}

/** Problems without repeats, in order. */
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.path.join('\u0000')}\u0001${problem.atKey}\u0001${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Parses and validates budget file text. `file` names it in messages. */
export function parseBudgetFile(text: string, file: string): BudgetConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  })
  if (doc.errors.length > 0) {
    const messages = doc.errors.map((error, i) => {
      if (i >= BUDGET_PROBLEMS_SHOWN) return ''
      const at = lines.linePos(error.pos[0])
      return `${file}:${at.line}:${at.col}: ${excerpt(error.message.split('\n')[0], 200)}`
    })
    throw new InputError({
      input: file,
      problem: problemsMessage(file, messages, 'is not valid YAML; fix it')
    })
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: BUDGET_ALIAS_LIMIT }) ?? {}
  } catch (error) {
    // The yaml package stops an alias bomb (aliases of aliases, expanding to gigabytes) here.
    const alias = /alias/i.test((error as Error).message)
    throw new InputError(
      alias
        ? {
            input: file,
            problem: `the budget file ${file} expands YAML aliases (*name) more than ${BUDGET_ALIAS_LIMIT} times`,
            fix: 'write the values out instead of nesting aliases'
          }
        : {
            input: file,
            problem: `the budget file ${file} cannot be read as data: ${excerpt((error as Error).message.split('\n')[0], 200)}`
          }
    )
  }
  // Only the problems shown are placed in the file (a position is a walk of the document).
  const format = (problems: Problem[]) =>
    unique(problems).map((problem, i) => {
      if (i >= BUDGET_PROBLEMS_SHOWN) return ''
      const at = position(doc, lines, problem.path, problem.atKey)
      const where =
        problem.path.map((segment) => excerpt(String(segment), 60)).join('.') ||
        '(top level)'
      return `${file}:${at.line}:${at.col}: ${where}: ${problem.message}`
    })
  const validate = schemaValidator()
  if (!validate(data)) {
    throw new InputError({
      input: file,
      problem: problemsMessage(
        file,
        format(problemsFromSchema(validate.errors!))
      )
    })
  }

  const raw = data as Raw
  const convert = new Converter()
  const rawDefaults = (raw.defaults ?? {}) as Raw
  const defaults = convert.budget(rawDefaults.budget as Raw | undefined, [
    'defaults',
    'budget'
  ])
  const minChangeBytes =
    convert.size(raw['min-change'], ['min-change']) ??
    convert.size(rawDefaults['min-change'], ['defaults', 'min-change']) ??
    DEFAULT_MIN_CHANGE_BYTES
  const images: ConfiguredImage[] = []
  for (const [name, value] of Object.entries(
    raw.images as Record<string, Raw>
  )) {
    const path = ['images', name]
    if ((value.image === undefined) === (value.build === undefined)) {
      convert.problems.push({
        path,
        atKey: true,
        message:
          value.image === undefined
            ? 'give either "image" (a ref) or "build" (a Dockerfile to build)'
            : 'give "image" or "build", not both'
      })
      continue
    }
    const build = value.build as Raw | undefined
    const args = Object.fromEntries(
      Object.entries((build?.args ?? {}) as Raw).map(([k, v]) => [k, String(v)])
    )
    const image: ConfiguredImage = {
      name,
      ref:
        (value.image as string | undefined) ??
        (build?.tag as string | undefined) ??
        `image-size-budget/${slug(name)}:local`,
      budget: mergeBudgets(
        defaults,
        convert.budget(value.budget as Raw | undefined, [...path, 'budget'])
      ),
      minChangeBytes:
        convert.size(value['min-change'], [...path, 'min-change']) ??
        minChangeBytes
    }
    if (build) {
      image.build = {
        context: (build.context as string | undefined) ?? '.',
        dockerfile: build.dockerfile as string | undefined,
        target: build.target as string | undefined,
        buildArgs: args,
        platform: build.platform as string | undefined
      }
    }
    const platforms = (value.platforms ?? rawDefaults.platforms) as
      string[] | undefined
    if (platforms) image.platforms = platforms
    images.push(image)
  }
  if (convert.problems.length > 0) {
    throw new InputError({
      input: file,
      problem: problemsMessage(file, format(convert.problems))
    })
  }
  const config: BudgetConfig = {
    path: file,
    units: (raw.units as 'si' | 'iec' | undefined) ?? 'si',
    defaults,
    images,
    minChangeBytes
  }
  if (raw.dive !== undefined) config.dive = raw.dive as string
  if (raw['comment-key'] !== undefined)
    config.commentKey = raw['comment-key'] as string
  return config
}

/** Reads and validates a budget file. A missing file is an InputError naming the path looked for. */
export async function loadBudgetFile(file: string): Promise<BudgetConfig> {
  let text: string
  try {
    const size = (await stat(file)).size
    if (size > BUDGET_FILE_LIMIT) {
      throw new InputError({
        input: file,
        problem: `the budget file ${file} is ${size} bytes; a budget file may have at most ${BUDGET_FILE_LIMIT} bytes (16 MiB).`,
        fix: 'Is --config pointing at the right file?'
      })
    }
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new InputError({
        input: file,
        problem: `no budget file at ${file}`,
        fix: 'create it (see the README) or give its path with --config'
      })
    throw new InputError({
      input: file,
      problem: `cannot read the budget file ${file}: ${(error as Error).message}`
    })
  }
  return parseBudgetFile(text, file)
}

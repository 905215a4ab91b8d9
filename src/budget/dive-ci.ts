// A `.dive-ci` file (dive's CI config, YAML): its `rules:` with dive's defaults,
// `disabled`/`off` and go-humanize sizes, parsed into the thresholds budget/rules/dive.ts
// checks. Read when `analyze --dive-ci PATH` or `check --dive-ci PATH` is given, or when
// the budget file names one (`dive: .dive-ci`).

import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { InputError } from '../errors.js'
import { quote } from '../messages.js'
import type { DiveCiRules, DiveRuleKey } from './rules/dive.js'

export type { DiveCiRules, DiveRuleKey } from './rules/dive.js'

const DIVE_DEFAULTS: Record<DiveRuleKey, string> = {
  lowestEfficiency: '0.9',
  highestWastedBytes: 'disabled',
  highestUserWastedPercent: '0.1'
}

// go-humanize bytesSizeTable.
const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  ki: 1024,
  kib: 1024,
  m: 1e6,
  mb: 1e6,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1e9,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1e12,
  tb: 1e12,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
  p: 1e15,
  pb: 1e15,
  pi: 1024 ** 5,
  pib: 1024 ** 5,
  e: 1e18,
  eb: 1e18,
  ei: 1024 ** 6,
  eib: 1024 ** 6
}

/** go-humanize ParseBytes: "20MB", "20 MiB", "1,000 kB", "42". Returns undefined when it would fail. */
export function parseHumanBytes(text: string): number | undefined {
  const number = /^[\d.,]*/.exec(text)![0]
  const value = Number(number.replace(/,/g, ''))
  if (
    number === '' ||
    !/^(\d+\.?\d*|\.\d+)$/.test(number.replace(/,/g, '')) ||
    !Number.isFinite(value)
  )
    return undefined
  const unit = BYTE_UNITS[text.slice(number.length).trim().toLowerCase()]
  if (unit === undefined) return undefined
  return Math.trunc(value * unit)
}

function parseGoFloat(text: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) &&
    text.trim() === text
    ? Number(text)
    : undefined
}

/** Reads the `rules:` of a .dive-ci file (YAML), with dive's defaults for missing keys. */
export function parseDiveCi(text: string, source: string): DiveCiRules {
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (error) {
    throw new InputError({
      input: source,
      problem: `${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`
    })
  }
  const rulesValue =
    doc && typeof doc === 'object'
      ? (doc as Record<string, unknown>).rules
      : undefined
  if (
    rulesValue !== undefined &&
    rulesValue !== null &&
    (typeof rulesValue !== 'object' || Array.isArray(rulesValue))
  ) {
    throw new InputError({
      input: source,
      problem: `${source}: "rules" must be a mapping of lowestEfficiency, highestWastedBytes and highestUserWastedPercent`
    })
  }
  const given = (rulesValue ?? {}) as Record<string, unknown>
  const rules = {} as DiveCiRules
  for (const key of Object.keys(DIVE_DEFAULTS) as DiveRuleKey[]) {
    const raw = given[key]
    const value =
      raw === undefined || raw === null ? DIVE_DEFAULTS[key] : String(raw)
    if (/^(disabled|off)$/i.test(value.trim())) {
      rules[key] = null
      continue
    }
    const parsed =
      key === 'highestWastedBytes'
        ? parseHumanBytes(value)
        : parseGoFloat(value)
    if (parsed === undefined) {
      const expected =
        key === 'highestWastedBytes'
          ? 'a size such as "20MB" or "20 MiB"'
          : 'a number between 0 and 1'
      throw new InputError({
        input: source,
        problem: `${source}: rules.${key} is ${quote(value)}, expected ${expected} or "disabled"`
      })
    }
    if (key !== 'highestWastedBytes' && (parsed < 0 || parsed > 1)) {
      throw new InputError({
        input: source,
        problem: `${source}: rules.${key} config value is outside allowed range (0-1), given ${quote(value)}`
      })
    }
    rules[key] = parsed
  }
  return rules
}

/** Reads a .dive-ci file; `namedBy` says where its path came from, for the error message. */
export async function loadDiveCi(
  path: string,
  namedBy = '--dive-ci'
): Promise<DiveCiRules> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError({
      input: namedBy,
      problem: `cannot read the dive CI file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      fix: `Check the path given by ${namedBy}.`
    })
  }
  return parseDiveCi(text, path)
}

/** The rules a run applies: `--dive-ci PATH` when given, else the budget file's `dive:` (a path from the repository root), else none. */
export async function diveRulesFor(
  config: { dive?: string; path: string },
  given?: string
): Promise<DiveCiRules | undefined> {
  if (given !== undefined) return loadDiveCi(given)
  if (config.dive === undefined) return undefined
  return loadDiveCi(config.dive, `"dive:" in ${config.path}`)
}

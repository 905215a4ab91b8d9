// Sizes as people write them in a budget file or an input: `250MB`, `250 MB`, `0.25GB`,
// `250MiB`, `1.5 GiB`, or a whole number of bytes. SI units are 1000-based (as docker
// prints sizes), IEC units 1024-based; the case of the letters is free (`kb`, `KB`, `kB`).

import { InputError } from '../errors.js'
import { quote } from '../messages.js'

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
}

/** The floor below which a layer's change counts as unchanged, unless the budget file, an input or a flag sets one (10kB). */
export const DEFAULT_MIN_CHANGE_BYTES = 10_000

/** Bytes for a size, or undefined when the text is not a size. Fractions round to whole bytes. */
export function sizeBytes(value: string | number): number | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined
  // Trimmed first, and no two neighbouring quantifiers that can take the same characters: a
  // value of megabytes of spaces is still read in linear time.
  if (value.length > 100) return undefined
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)$/.exec(value.trim())
  if (!match) return undefined
  const factor = UNITS[match[2].toLowerCase()]
  if (factor === undefined) return undefined
  const bytes = Math.round(Number(match[1]) * factor)
  return Number.isSafeInteger(bytes) ? bytes : undefined
}

/** The message for text that is not a size, quoting it. */
export function notASize(value: unknown): string {
  return `${quote(value)} is not a size; ${SIZE_FIX}`
}

/** The fix for text that is not a size. */
export const SIZE_FIX = 'use e.g. 100MB or 100MiB'

/**
 * Bytes for a size given by `input` (a flag, `--min-change`, or an action input,
 * `max-size`), shown in messages as `label`; an InputError naming it otherwise. The one
 * reading of a size for the budget file, the CLI and the action alike.
 */
export function parseSize(
  value: string | number,
  input: string,
  label: string = input
): number {
  const bytes = sizeBytes(value)
  if (bytes === undefined)
    throw new InputError({
      input,
      problem: `${label}: ${quote(value)} is not a size`,
      fix: SIZE_FIX
    })
  return bytes
}

/** `5%`, `5 %` or `5` → 5. */
export function percentValue(value: string | number): number | undefined {
  if (typeof value === 'number') return value >= 0 ? value : undefined
  if (value.length > 100) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim())
  return match ? Number(match[1]) : undefined
}

// Formats byte counts for people. Only renderers call this; reports keep exact bytes.

import type { Units } from '../model/report.js'

export type { Units } from '../model/report.js'

const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB']
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** The unit names of a system, from bytes up, and the step between them. */
export function unitScale(units: Units): { names: string[]; base: number } {
  return units === 'iec'
    ? { names: IEC_UNITS, base: 1024 }
    : { names: SI_UNITS, base: 1000 }
}

/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
export function formatBytes(bytes: number, units: Units = 'si'): string {
  const { names, base } = unitScale(units)
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= base && unit < names.length - 1) {
    value /= base
    unit++
  }
  const digits = unit === 0 ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2
  return `${sign}${value.toFixed(digits)} ${names[unit]}`
}

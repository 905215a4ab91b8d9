// Formats byte counts for people. Only renderers call this; reports keep exact bytes.

import type { Units } from '../model/report.js'

export type { Units } from '../model/report.js'

const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB']
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
export function formatBytes(bytes: number, units: Units = 'si'): string {
  const base = units === 'iec' ? 1024 : 1000
  const names = units === 'iec' ? IEC_UNITS : SI_UNITS
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

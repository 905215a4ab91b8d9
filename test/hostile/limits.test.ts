// The README's Limits section lists every cap and timeout of src/limits.ts, with its value.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as limits from '../../src/limits.js'

describe('README Limits', () => {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(
    readme.indexOf('## Limits'),
    readme.indexOf('\n## ', readme.indexOf('## Limits') + 1)
  )

  it.each(Object.keys(limits))('%s is listed', (name) => {
    expect(section).toContain(`\`${name}\``)
  })

  it('the figures are the ones in force', () => {
    const figures: [number, string][] = [
      [limits.JSON_DOCUMENT_LIMIT, '4 MiB'],
      [limits.STREAM_KEPT_LIMIT, '64 MiB'],
      [limits.REGISTRY_REQUEST_TIMEOUT_MS, '30 s'],
      [limits.REGISTRY_OPERATION_TIMEOUT_MS, '60 s'],
      [limits.BUDGET_FILE_LIMIT, '16 MiB'],
      [limits.RULE_PATTERN_LIMIT, '1,000 characters'],
      [limits.REPORT_FILE_LIMIT, '8 MiB'],
      [limits.REPORT_LAYERS_LIMIT, '1,000 (`REPORT_LAYERS_LIMIT`)'],
      [limits.REPORT_VIOLATIONS_LIMIT, '10,000 (`REPORT_VIOLATIONS_LIMIT`)'],
      [
        limits.REPORT_INSTRUCTION_CHARACTERS,
        '65,536 (`REPORT_INSTRUCTION_CHARACTERS`)'
      ]
    ]
    for (const [value, text] of figures) {
      const shown = text.endsWith('MiB')
        ? Number.parseInt(text) * 1024 * 1024
        : text.endsWith(' s')
          ? Number.parseInt(text) * 1000
          : Number(text.split(' ')[0].replace(',', ''))
      expect([text, shown]).toEqual([text, value])
      expect(section).toContain(text)
    }
  })
})

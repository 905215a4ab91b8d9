// schema/report.schema.json is the schema the readers use, published: it is current, and a
// plain JSON Schema validator given only the file accepts every real report we write and
// refuses a broken one.
import { Ajv } from 'ajv'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportSchema } from '../../src/model/report-schema.js'

const published = readFileSync('schema/report.schema.json', 'utf8')

describe('schema/report.schema.json', () => {
  it('is the schema the readers use (run `npm run schema` after changing src/model/report-schema.ts or a cap)', () => {
    expect(published).toBe(JSON.stringify(reportSchema, null, 2) + '\n')
  })

  const fixtures = [
    ...readdirSync('test/fixtures/reports')
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join('test/fixtures/reports', name)),
    ...readdirSync('test/fixtures/reports/matrix').map((name) =>
      path.join('test/fixtures/reports/matrix', name)
    )
  ]

  it.each(fixtures)('a standalone validator accepts %s', (file) => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(
      JSON.parse(published) as object
    )
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown
    expect([validate(data), validate.errors ?? null]).toEqual([true, null])
    expect(
      validate({ ...(data as object), totalBytes: -1, images: undefined })
    ).toBe(false)
  })
})

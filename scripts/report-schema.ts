// Writes schema/report.schema.json from src/model/report-schema.ts (the caps of
// src/limits.ts in it): `npm run schema`. test/model/report-schema.test.ts fails when the
// published file is stale.
import { writeFileSync } from 'node:fs'
import { reportSchema } from '../src/model/report-schema.js'

writeFileSync(
  'schema/report.schema.json',
  JSON.stringify(reportSchema, null, 2) + '\n'
)

// Reading a JSON report file from disk: the one door for every report read back (a
// baseline report, `compare a.json b.json`, the report files of `mode: comment`). The file
// may come from another run or a fork's artifact: a symlink (it could point at a file of
// the runner) or an oversized file is refused before it is read, and what is read must
// pass the report schema (src/model/report-schema.ts) before any of it is used.

import { lstat, readFile } from 'node:fs/promises'
import { InputError } from '../errors.js'
import { REPORT_FILE_LIMIT } from '../limits.js'
import {
  parseReportDocument,
  type ReportDocument,
  type ReportReader
} from '../model/report-schema.js'

export type { ReportDocument, ReportReader }

/** Reads and validates one report file. `path` is where it is; `reader.file` how messages name it. */
export async function readReportFile(
  path: string,
  reader: ReportReader
): Promise<ReportDocument> {
  const { what, file } = reader
  let stat
  try {
    stat = await lstat(path)
  } catch {
    throw new InputError({
      input: file,
      problem: `${what} ${file} does not exist`,
      fix: reader.fix
    })
  }
  if (!stat.isFile())
    throw new InputError({
      input: file,
      problem: `${what} ${file} is not a regular file (a directory or symlink?): refused`,
      fix: 'give the path of the report file itself'
    })
  if (stat.size > REPORT_FILE_LIMIT)
    throw new InputError({
      input: file,
      problem: `${what} ${file} is ${stat.size} bytes; at most ${REPORT_FILE_LIMIT} are read`,
      fix: 'give a report written by image-size-budget (real ones are a few hundred kB)'
    })
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new InputError({
      input: file,
      problem: `${what} ${file} is not JSON: ${(error as Error).message.slice(0, 200)}`,
      fix: reader.fix
    })
  }
  return parseReportDocument(data, reader)
}

// The action's run(): read inputs, get the image report, write the report file, the
// outputs and the job summary. One try/catch: every failure ends in core.setFailed with
// a clear message and no stack trace.

import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeError, InputError } from '../errors.js';
import { setLog } from '../log.js';
import { loadImageReport } from '../image/source.js';
import { renderSummaryMarkdown } from '../report/markdown.js';
import { renderLayerTable } from '../report/text.js';
import type { ImageReport } from '../report/types.js';
import { getInputs } from './inputs.js';

export async function writeReportFile(report: unknown, name = 'image-size-budget-report.json'): Promise<string> {
  const dir = path.join(process.env.RUNNER_TEMP || tmpdir(), 'image-size-budget');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

export async function run(): Promise<void> {
  setLog({ debug: core.debug, info: core.info, warning: core.warning });
  try {
    const inputs = getInputs();
    if (!inputs.image) throw new InputError('give the "image" input (a ref in the engine) or "dockerfile"/"context" to build one');
    const report: ImageReport = await loadImageReport(inputs.image);
    core.info(renderLayerTable(report, { units: inputs.units, width: 120 }));
    const reportPath = await writeReportFile(report);
    core.setOutput('total-bytes', String(report.totalBytes));
    core.setOutput('report-path', reportPath);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummaryMarkdown(report, { units: inputs.units })).write();
    }
  } catch (error) {
    core.setFailed(describeError(error));
  }
}

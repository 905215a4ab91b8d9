// The action's `mode: audit`: every image of the budget file, with its budget and no
// pull request; the job summary carries the result, and the step fails when an image is
// over budget unless fail-on-violation is false.

import * as core from '@actions/core';
import { checkImage, runReportOf } from '../check/check-image.js';
import type { EventContext } from '../github/context.js';
import type { ImageResult } from '../report/types.js';
import type { Inputs } from './inputs.js';
import { publishRun } from './publish.js';
import { loadActionTargets } from './targets.js';

export async function runAudit(inputs: Inputs, context: EventContext, key: string): Promise<void> {
  const { images: targets, units } = await loadActionTargets({ ...inputs, image: undefined });
  const results: ImageResult[] = [];
  for (const target of targets) {
    core.startGroup(`audit ${target.name}`);
    try {
      results.push(await checkImage(target, { units, source: inputs.source, fileAnalysis: inputs.fileAnalysis, platform: inputs.platform || undefined }));
    } finally {
      core.endGroup();
    }
  }
  await publishRun(runReportOf(results, units), {
    context,
    key,
    comment: 'never',
    token: inputs.token,
    failOnViolation: inputs.failOnViolation,
    writeReport: true,
  });
}

// The action's run(): read inputs, run the mode, publish. One try/catch: every failure
// ends in core.setFailed with a clear message and no stack trace.

import * as core from '@actions/core'
import { describeFailure, InputError } from '../errors.js'
import { readEventContext, type EventContext } from '../github/context.js'
import { loadReportFiles } from '../github/report-input.js'
import {
  artifactBaselineSource,
  defaultArtifactName
} from '../github/baseline-artifact.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  annotationsFor,
  capAnnotations,
  type Annotation
} from '../budget/annotations.js'
import { layerLines, withDockerfileLines } from '../budget/dockerfile-lines.js'
import type { ConfiguredImage } from '../budget/types.js'
import { setLog } from '../log.js'
import { boundMessage, setSecretSink } from '../messages.js'
import type { ImageResult, ReportOrigin } from '../model/report.js'
import { defaultCommentKey, sanitizeCommentKey } from '../report/comment-key.js'
import { describeViolation } from '../report/describe.js'
import type { Units } from '../report/units.js'
import { runReportOf } from '../check/check-image.js'
import { runAudit } from './audit.js'
import { getInputs } from './inputs.js'
import { publishRun } from './publish.js'
import { checkTargets, loadActionTargets } from './targets.js'

/**
 * The event context. Without GITHUB_REPOSITORY (a run outside GitHub, e.g. `act` or a local
 * test) the check still runs; there is just no pull request to comment on.
 */
async function readContext(): Promise<EventContext> {
  if (process.env.GITHUB_REPOSITORY) return readEventContext()
  return {
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    owner: '',
    repo: '',
    workflow: process.env.GITHUB_WORKFLOW ?? ''
  }
}

/**
 * The images built from a Dockerfile this run can read, with the Dockerfile line of each
 * row written on it (reports name the layer `L3 · Dockerfile:12`), and the annotations for
 * their violations on those lines.
 */
async function dockerfileLines(
  targets: ConfiguredImage[],
  images: ImageResult[],
  units: Units
): Promise<{ images: ImageResult[]; annotations: Annotation[] }> {
  const all: Annotation[] = []
  const out = [...images]
  for (const target of targets) {
    const build = target.build
    if (!build) continue
    const file = build.dockerfile ?? path.join(build.context, 'Dockerfile')
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      continue // a Dockerfile given by stdin or outside the checkout: the summary still has everything
    }
    out.forEach((result, i) => {
      if (result.name !== target.name) return
      const lines = layerLines(text, result.layers, {
        target: build.target,
        buildArgs: build.buildArgs
      })
      const named = withDockerfileLines(result, lines)
      out[i] = named
      all.push(
        ...annotationsFor(
          named.violations,
          lines,
          path.relative(process.cwd(), path.resolve(file)),
          (violation) => describeViolation(violation, units, named)
        )
      )
    })
  }
  return { images: out, annotations: capAnnotations(all) }
}

/** What the report file says about the run that made it, so a later PR run can tell it is the base branch's report for its workflow and key. */
function reportOrigin(
  key: string,
  budgetFile: string
): ReportOrigin | undefined {
  const env = process.env
  if (!/^[0-9a-f]{40}$/.test(env.GITHUB_SHA ?? '')) return undefined
  const runId = Number(env.GITHUB_RUN_ID)
  return {
    commitSha: env.GITHUB_SHA!,
    ...(env.GITHUB_REF_NAME ? { ref: env.GITHUB_REF_NAME } : {}),
    ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(env.GITHUB_WORKFLOW_REF
      ? { workflowRef: env.GITHUB_WORKFLOW_REF }
      : {}),
    key,
    budgetFile,
    ...(Number.isSafeInteger(runId) && runId > 0 ? { runId } : {})
  }
}

export async function run(): Promise<void> {
  setLog({ debug: core.debug, info: core.info, warning: core.warning })
  // Every credential read from a docker config or a credential helper is masked in the log too.
  setSecretSink((secret) => core.setSecret(secret))
  try {
    const inputs = getInputs()
    // Registry reads use GITHUB_TOKEN for ghcr.io when no docker login covers it; a runner
    // does not export it unless the workflow does, so hand over the (masked) github-token.
    if (!process.env.GITHUB_TOKEN && inputs.token)
      process.env.GITHUB_TOKEN = inputs.token
    const context = await readContext()
    const key = inputs.commentKey
      ? sanitizeCommentKey(inputs.commentKey)
      : defaultCommentKey(context.workflow, inputs.budgetFile)

    // Where and how a run is published, in every mode that publishes one.
    const publishing = {
      context,
      key,
      comment: inputs.comment,
      token: inputs.token,
      failOnViolation: inputs.failOnViolation,
      prNumberInput: inputs.prNumber
    }

    if (inputs.mode === 'comment') {
      // The trusted half of the fork-safe split: post a report made by an earlier job. No image is touched.
      if (!inputs.report)
        throw new InputError({
          input: 'report',
          problem: 'mode: comment needs the "report" input',
          fix: 'the path or glob of the report file(s) the measuring job uploaded'
        })
      const loaded = await loadReportFiles(inputs.report)
      core.info(
        `read ${loaded.files.length} report file(s): ${loaded.files.join(', ')}`
      )
      const run = {
        ...loaded.run,
        units: inputs.units ?? loaded.run.units ?? 'si'
      }
      await publishRun(run, {
        ...publishing,
        reportPullRequest: loaded.pullRequest,
        writeReport: false
      })
      return
    }

    if (inputs.mode === 'audit') {
      await runAudit(inputs, context, key)
      return
    }

    const { images: targets, units, diveCi } = await loadActionTargets(inputs)
    const artifactName = inputs.baselineArtifact || defaultArtifactName(key)
    // The base branch's own report, looked for once per run and shared by the images (baseline: auto on a pull request).
    const saved =
      inputs.baseline === 'auto' &&
      context.pullRequest &&
      !inputs.baselineReport
        ? artifactBaselineSource({
            token: inputs.token,
            context,
            key,
            artifactName
          })
        : undefined
    const images = await checkTargets(targets, 'image', {
      source: inputs.source,
      fileAnalysis: inputs.fileAnalysis,
      archive: inputs.archive || undefined,
      platform: inputs.platform || undefined,
      diveCi,
      baseline: {
        mode: inputs.baseline,
        eventName: context.eventName,
        baselineImage: inputs.baselineImage || undefined,
        baselineReport: inputs.baselineReport || undefined,
        baseRef: process.env.GITHUB_BASE_REF,
        saved,
        single: targets.length === 1
      }
    })
    const named = await dockerfileLines(targets, images, units)
    const run = runReportOf(named.images, units)
    await publishRun(run, {
      annotations: named.annotations,
      ...publishing,
      writeReport: true,
      origin: reportOrigin(key, inputs.budgetFile),
      baselineArtifact: artifactName
    })
  } catch (error) {
    // A bug says so and asks to be reported, in the same words as the CLI.
    core.setFailed(boundMessage(describeFailure(error).message))
  }
}

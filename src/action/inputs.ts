// Reads the action's inputs once into one typed object (INPUT_* variables, set by the
// runner from action.yml, defaults included). Bad values are InputError naming the input.

import * as core from '@actions/core'
import { DEFAULT_BUDGET_FILE } from '../budget/load.js'
import { InputError } from '../errors.js'
import { parseBuildArgs } from '../image/build.js'
import type { ImageSpec } from '../image/resolve.js'
import type { Units } from '../report/units.js'
import { quote } from '../messages.js'

export type Mode = 'check' | 'comment' | 'audit'
export type CommentMode = 'always' | 'on-change' | 'on-violation' | 'never'
export type BaselineMode = 'auto' | 'build' | 'none'
export type FileAnalysis = 'auto' | 'true' | 'false'

export interface Inputs {
  mode: Mode
  /** The image named by the image/dockerfile inputs; undefined means "every image of the budget file". */
  image?: ImageSpec
  budgetFile: string
  maxSize: string
  failOnViolation: boolean
  baseline: BaselineMode
  baselineImage: string
  baselineReport: string
  /** The artifact a push run uploads its report under and a PR run looks for; '' means derived from the comment key. */
  baselineArtifact: string
  /** '' means the budget file's min-change, else 10kB. */
  minChange: string
  comment: CommentMode
  commentKey: string
  report: string
  prNumber?: number
  fileAnalysis: FileAnalysis
  archive: string
  source: 'docker' | 'registry'
  platform: string
  /** undefined: the budget file's units, else si. */
  units?: Units
  token: string
}

/** The lines of a multi-line input, trimmed, without blanks and `#` comments. */
export function inputLines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}

function oneOf<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = core.getInput(name) || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError({
      input: name,
      problem: `input "${name}" must be one of ${allowed.join(', ')}; got ${quote(value)}`,
      fix: `set it to one of ${allowed.join(', ')}, or leave it out for ${fallback}`
    })
  }
  return value as T
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off'].includes(value)) return false
  throw new InputError({
    input: name,
    problem: `input "${name}" must be true or false; got ${quote(value)}`,
    fix: `write true or false, or leave it out for ${fallback}`
  })
}

export function getInputs(): Inputs {
  const ref = core.getInput('image') || undefined
  const dockerfile = core.getInput('dockerfile') || undefined
  const context = core.getInput('context') || undefined
  const platform = core.getInput('platform')
  const build = dockerfile || context
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const prNumberText = core.getInput('pr-number').trim()
  let prNumber: number | undefined
  if (prNumberText) {
    prNumber = Number(prNumberText)
    if (!Number.isInteger(prNumber) || prNumber <= 0)
      throw new InputError({
        input: 'pr-number',
        problem: `input "pr-number" must be a pull request number; got ${quote(prNumberText)}`,
        fix: 'give the number alone (e.g. 42), or leave it out to take it from the event'
      })
  }
  return {
    mode: oneOf('mode', ['check', 'comment', 'audit'] as const, 'check'),
    image:
      ref || build
        ? {
            ref,
            build: build
              ? {
                  context: context || '.',
                  dockerfile,
                  target: core.getInput('target') || undefined,
                  buildArgs: parseBuildArgs(inputLines('build-args')),
                  platform: platform || undefined
                }
              : undefined
          }
        : undefined,
    budgetFile: core.getInput('budget-file') || DEFAULT_BUDGET_FILE,
    maxSize: core.getInput('max-size').trim(),
    failOnViolation: booleanInput('fail-on-violation', true),
    baseline: oneOf('baseline', ['auto', 'build', 'none'] as const, 'auto'),
    baselineImage: core.getInput('baseline-image').trim(),
    baselineReport: core.getInput('baseline-report').trim(),
    baselineArtifact: core.getInput('baseline-artifact').trim(),
    minChange: core.getInput('min-change').trim(),
    comment: oneOf(
      'comment',
      ['always', 'on-change', 'on-violation', 'never'] as const,
      'on-change'
    ),
    commentKey: core.getInput('comment-key').trim(),
    report: core.getInput('report').trim(),
    prNumber,
    fileAnalysis: oneOf(
      'file-analysis',
      ['auto', 'true', 'false'] as const,
      'auto'
    ),
    archive: core.getInput('archive').trim(),
    source: oneOf('source', ['docker', 'registry'] as const, 'docker'),
    platform,
    units: core.getInput('units')
      ? oneOf('units', ['si', 'iec'] as const, 'si')
      : undefined,
    token
  }
}

// Errors a user can cause (bad input, missing image, no engine, bad budget file), failures
// of what a run depends on (docker, the GitHub API), and everything else: a bug. Front ends
// turn an InputError or a known failure into exit code 2 or core.setFailed, with its message
// and no stack trace; a bug exits 3 and asks to be reported (see describeFailure).

/** What an InputError says, as fields: tests and front ends read them; `message` is composed from them. */
export interface InputErrorFields {
  /** The input at fault, as the user wrote or named it: a flag (`--min-change`), an action input (`budget-file`), a file path. */
  input: string
  /** What is wrong, as a sentence a person reads (it names the input in words). */
  problem: string
  /** What to do about it; absent only when the problem says it all. */
  fix?: string
}

export class InputError extends Error {
  override name = 'InputError'
  /** The input at fault; undefined for an error still built from a sentence alone (the old form). */
  readonly input: string | undefined
  readonly problem: string
  readonly fix: string | undefined

  /** `new InputError({ input, problem, fix })`; the old form, one sentence, is still taken. */
  constructor(fields: InputErrorFields | string, options?: ErrorOptions) {
    const { input, problem, fix } =
      typeof fields === 'string'
        ? { input: undefined, problem: fields, fix: undefined }
        : fields
    super(composeMessage(problem, fix), options)
    this.input = input
    this.problem = problem
    this.fix = fix
  }
}

/** The sentence a person reads: the problem, then the fix after a colon (or after the problem's own full stop). */
function composeMessage(problem: string, fix: string | undefined): string {
  if (!fix) return problem
  return /[.!?]$/.test(problem) ? `${problem} ${fix}` : `${problem}: ${fix}`
}

/**
 * A failure of something the run depends on, not of this code: docker exited non-zero, the
 * GitHub API refused, a download was broken. Shown like an InputError (exit 2, no stack).
 */
export class DependencyFailure extends Error {}

/** Where a bug is reported; printed with every internal error. */
export const REPORT_BUG_URL =
  'https://github.com/image-size-budget/image-size-budget/issues'

/** The environment variable that adds the stack trace of an internal error to its message. */
export const DEBUG_ENV = 'IMAGE_SIZE_BUDGET_DEBUG'

/** A failure of the machine rather than the code: a missing file, a refused connection, a full disk (Node's system errors, e.g. ENOENT). */
function isSystemError(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    const { code, syscall } = e as { code?: unknown; syscall?: unknown }
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && syscall)
      return true
    e = e.cause
  }
  return false
}

/** True for a bug: anything that is not an InputError, a dependency's failure or a system error. */
export function isInternalError(error: unknown): boolean {
  return !(
    error instanceof InputError ||
    error instanceof DependencyFailure ||
    isSystemError(error)
  )
}

/** The message a front end shows for any thrown value: an InputError's own words, else the error's message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/**
 * What a front end prints for a failure. A bug says so and asks to be reported, with the
 * stack only when DEBUG_ENV is set (a stack is noise to a user, and may name paths of the
 * runner).
 */
export function describeFailure(
  error: unknown,
  env: NodeJS.ProcessEnv = process.env
): { internal: boolean; message: string } {
  if (!isInternalError(error))
    return { internal: false, message: describeError(error) }
  const stack =
    env[DEBUG_ENV] && error instanceof Error && error.stack
      ? `\n${error.stack}`
      : ''
  return {
    internal: true,
    message: `internal error (a bug in image-size-budget, please report it at ${REPORT_BUG_URL} with this message${stack ? '' : `; set ${DEBUG_ENV}=1 for the stack trace`}): ${describeError(error)}${stack}`
  }
}

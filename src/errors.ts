// Errors a user can cause (bad input, missing image, no engine, bad budget file).
// Front ends turn an InputError into exit code 2 or core.setFailed, with its message
// and no stack trace; anything else is a bug and keeps its stack.

export class InputError extends Error {
  override name = 'InputError'
}

/** The message a front end shows for any thrown value: an InputError's own words, else the error's message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

// Where diagnostics go. The CLI writes warnings to stderr and debug lines only when
// IMAGE_SIZE_BUDGET_DEBUG is set; the action swaps in @actions/core (useActionsLog),
// so warnings become ::warning:: annotations and debug lines follow ACTIONS_STEP_DEBUG.
// Every line is bounded and scrubbed of credentials (messages.ts) whichever log it goes to.

import { boundMessage } from './messages.js'

export interface Log {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

const cliLog: Log = {
  debug: (message) => {
    if (process.env.IMAGE_SIZE_BUDGET_DEBUG)
      process.stderr.write(`debug: ${message}\n`)
  },
  info: (message) => process.stderr.write(`${message}\n`),
  warning: (message) => process.stderr.write(`warning: ${message}\n`)
}

let current: Log = cliLog

export const log: Log = {
  debug: (message) => current.debug(boundMessage(message)),
  info: (message) => current.info(boundMessage(message)),
  warning: (message) => current.warning(boundMessage(message))
}

export function setLog(next: Log): void {
  current = next
}

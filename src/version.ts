// The version, from package.json: the one place it is written (a release bumps it there).
import packageJson from '../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version

// The GitHub Action entry point: run() does everything.
import { run } from './main.js'

await run()

// The GitHub Action entry point: run() does everything.
import { preferSmallHeap } from '../heap.js'
import { run } from './main.js'

preferSmallHeap()
await run()

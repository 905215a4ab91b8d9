#!/usr/bin/env node
// The command-line front end: `image-size-budget <command> …`. Exit codes, everywhere:
// 0 ok / within budget, 1 over budget, 2 unusable input.

import { preferSmallHeap } from '../heap.js'
import { main } from './main.js'

preferSmallHeap()
process.exitCode = await main(process.argv.slice(2))

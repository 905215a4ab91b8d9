// A few hundred cases of scripts/fuzz-archive.ts (which runs 10,000 by hand): mutated real
// archives must give a result or a clean InputError, never another error, never a hang.
import { describe, expect, it } from 'vitest'
import { fuzz } from '../../scripts/fuzz-archive.js'

describe('archive reader under mutation', () => {
  it('300 mutated archives: each a result or an InputError within 10 s', async () => {
    const outcome = await fuzz(300, 20_240_601)
    expect(outcome.failures).toEqual([])
    expect(outcome.results + outcome.inputErrors).toBe(300)
    // The generator must really break things, and leave some archives readable.
    expect(outcome.inputErrors).toBeGreaterThan(100)
    expect(outcome.results).toBeGreaterThan(10)
  })
})

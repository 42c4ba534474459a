import { sampleLegalAction } from '../actions/sampleLegalAction.ts';
import type { SampleOptions } from '../actions/sampleLegalAction.ts';
import type { Policy } from './types.ts';

/** Options of {@link createRandomPolicy}. */
export interface RandomPolicyOptions extends SampleOptions {
  /** Default `random`. */
  name?: string;
}

/**
 * The random legal baseline: the action type uniformly among the legal ones, then each argument uniformly from
 * its masked head (sampleLegalAction); `finish` when nothing is legal. Seeded by the Rng passed to `decide`.
 */
export function createRandomPolicy(options: RandomPolicyOptions = {}): Policy {
  const { name = 'random', ...sample } = options;
  return {
    name,
    decide(input, rng) {
      const action = sampleLegalAction(input.mask, rng, sample) ?? { type: 'finish' };
      return Promise.resolve({ action });
    },
  };
}

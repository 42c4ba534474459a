import { describe, expect, it } from 'vitest';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createRandomPolicy } from './createRandomPolicy.ts';
import { policyContext, policyInput, policyTask, randomInputs } from './policyTestKit.ts';

const registry = createFixtureRegistry();

describe('createRandomPolicy', () => {
  it('samples only legal actions and reaches every action type', async () => {
    const policy = createRandomPolicy();
    const seen = new Set<string>();
    for (const [i, input] of randomInputs(registry, 300, 5).entries()) {
      const { action, record } = await policy.decide(input, createRng(i));
      expect(record).toBeUndefined();
      const nothing = !ACTION_TYPES.some((t) => input.mask.type[t]);
      expect(isAllowedByMask(input.mask, action) || (nothing && action.type === 'finish')).toBe(true);
      seen.add(action.type);
    }
    expect(seen.size).toBe(ACTION_TYPES.length);
  });

  it('finishes when nothing is legal, and honours excluded types', async () => {
    const task = policyTask('math');
    const full = policyContext(task, { rules: { finishRule: true, maxNodes: 0, maxOperators: 0 } });
    const stuck = policyInput(registry, { task, context: full });
    expect((await createRandomPolicy().decide(stuck, createRng(1))).action).toEqual({ type: 'finish' });
    const noLoops = createRandomPolicy({ exclude: ['addLoop', 'addParallel'], name: 'flat' });
    expect(noLoops.name).toBe('flat');
    for (let i = 0; i < 50; i++) {
      const { action } = await noLoops.decide(policyInput(registry), createRng(i));
      expect(['addLoop', 'addParallel']).not.toContain(action.type);
    }
  });
});

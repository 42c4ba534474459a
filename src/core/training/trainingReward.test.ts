import { describe, expect, it } from 'vitest';
import { computeReward } from '../rewards/computeReward.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { workflowOf, opNode } from '../canvas/canvasTestKit.ts';
import { trainingReward } from './trainerConfig.ts';

const registry = createFixtureRegistry();

describe('trainingReward', () => {
  const short = workflowOf(opNode('Programmer'), opNode('Format'));

  it('CWRPO trains on the whole reward; GRPO on c alone, whatever the structure', () => {
    const r = computeReward(short, 1, registry);
    expect(r.released).toBe(false);
    expect(trainingReward('cwrpo', r)).toBeCloseTo(r.total);
    expect(trainingReward('grpo', r)).toBe(1);
  });

  it('with a token cost set, both algorithms pay it', () => {
    const r = computeReward(short, 1, registry, { costLambda: 0.1, tokens: 2_000 });
    expect(r.costPenalty).toBeCloseTo(0.2);
    expect(trainingReward('grpo', r)).toBeCloseTo(0.8);
    expect(trainingReward('cwrpo', r)).toBeCloseTo(r.total);
    expect(trainingReward('grpo', computeReward(short, 1, registry, { tokens: 2_000 }))).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { computeReward } from './computeReward.ts';
import { b, chain, ensemble, fiveOps, loop5, noChecker, single, sixOps } from './rewardTestWorkflows.ts';

const registry = createFixtureRegistry();

describe('computeReward (SPEC §4, θ = 1)', () => {
  it.each([
    // name, workflow, c, checker, format, size, structure, rDiv, released, total
    ['5 operators: finishes but never releases', fiveOps, 1, 0.2, 0.2, 0, 0.4, 0.8, false, -0.2],
    ['6 operators: releases c = 1', sixOps, 1, 0.2, 0.2, 0.2, 0.4, 1, true, 1],
    ['6 operators: releases c = 0', sixOps, 0, 0.2, 0.2, 0.2, 0.4, 1, true, 0],
    ['6 operators: releases c = 0.5', sixOps, 0.5, 0.2, 0.2, 0.2, 0.4, 1, true, 0.5],
    ['a single Custom', single, 1, 0, 0, 0, 0, 0, false, -1],
    ['parallel + ensemble + Verify + Format (6 ops)', ensemble, 1, 0.2, 0.2, 0.2, 0.4, 1, true, 1],
    ['loop body counted once (4 ops)', loop5, 1, 0.2, 0.2, 0, 0.4, 0.8, false, -0.2],
    ['a long chain without structure', chain, 1, 0.2, 0.2, 0.2, 0, 0.6, false, -0.4],
    ['structure without checker', noChecker, 1, 0, 0.2, 0, 0.4, 0.6, false, -0.4],
  ] as const)('%s', (_name, workflow, c, checker, format, size, structure, rDiv, released, total) => {
    const reward = computeReward(workflow, c, registry);
    expect(reward).toMatchObject({
      checker,
      format,
      size,
      structure,
      rDiv,
      theta: 1,
      released,
      correctness: c,
      costPenalty: 0,
    });
    expect(reward.total).toBeCloseTo(total, 12);
  });

  it('caps R_div at 1 and counts roles from descriptors, not names', () => {
    const withCritic = registry.extend([
      fixtureOperator('Critic', { category: 'verification', isChecker: true }),
    ]);
    const flow = b.flow(
      b.op('Plan'),
      b.par('Custom', 'Programmer'),
      b.op('ScEnsemble'),
      b.op('Critic'),
      b.op('Format'),
    );
    expect(computeReward(flow, 1, withCritic)).toMatchObject({
      checker: 0.2,
      rDiv: 1,
      released: true,
      total: 1,
    });
    expect(computeReward(flow, 1, registry)).toMatchObject({ checker: 0, rDiv: 0.8, released: false });
  });
});

describe('computeReward options', () => {
  it('a lower θ releases the 5-operator workflow', () => {
    const reward = computeReward(fiveOps, 1, registry, { theta: 0.8 });
    expect(reward).toMatchObject({ theta: 0.8, released: true });
    expect(reward.total).toBeCloseTo(0.8, 12);
  });

  it('reads θ from a schedule at the given iteration; a fixed θ wins', () => {
    const thetaSchedule = { start: 0.6, end: 1, iterations: 100 };
    expect(computeReward(fiveOps, 1, registry, { thetaSchedule, iteration: 50 })).toMatchObject({
      released: true,
    });
    expect(computeReward(fiveOps, 1, registry, { thetaSchedule, iteration: 100 })).toMatchObject({
      released: false,
    });
    expect(computeReward(fiveOps, 1, registry, { thetaSchedule, iteration: 50, theta: 1 }).released).toBe(
      false,
    );
  });

  it('subtracts λ·tokens/1000', () => {
    const reward = computeReward(sixOps, 1, registry, { costLambda: 0.25, tokens: 2000 });
    expect(reward.costPenalty).toBeCloseTo(0.5, 12);
    expect(reward.total).toBeCloseTo(0.5, 12);
    expect(computeReward(sixOps, 1, registry, { tokens: 5000 }).costPenalty).toBe(0);
  });
});

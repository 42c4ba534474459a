import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { emptyWorkflow } from '../graph/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { testContext } from './actionArbitraries.ts';
import { applyAction } from './applyAction.ts';
import { legalActionMask } from './legalActionMask.ts';
import { sampleLegalAction } from './sampleLegalAction.ts';
import { ACTION_TYPES } from './types.ts';

const registry = createFixtureRegistry();

describe('sampleLegalAction', () => {
  it('draws only legal actions and covers every allowed type', () => {
    const parsed = parseWorkflow(
      'Plan -> [Custom, Programmer] -> ScEnsemble -> Verify ? Revise : done',
      registry,
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const ctx = testContext();
    const mask = legalActionMask(parsed.workflow, ctx, registry);
    const rng = createRng('sample');
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const action = sampleLegalAction(mask, rng);
      if (!action) throw new Error('no action');
      seen.add(action.type);
      expect(applyAction(parsed.workflow, action, ctx, registry).outcome).toEqual({ ok: true });
    }
    expect([...seen].sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('is a pure function of the seed', () => {
    const mask = legalActionMask(emptyWorkflow(), testContext(), registry);
    const draw = (seed: string) =>
      Array.from(
        { length: 20 },
        (
          (rng) => () =>
            sampleLegalAction(mask, rng)
        )(createRng(seed)),
      );
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('honours exclusions and returns null when nothing is allowed', () => {
    const ctx = testContext({ rules: { finishRule: true, maxNodes: 0, maxOperators: 0 } });
    const mask = legalActionMask(emptyWorkflow(), ctx, registry);
    expect(sampleLegalAction(mask, createRng(1))).toBeNull();
    const open = legalActionMask(emptyWorkflow(), testContext(), registry);
    const rng = createRng(2);
    for (let i = 0; i < 50; i++)
      expect(
        sampleLegalAction(open, rng, { exclude: ['addParallel', 'addLoop', 'addConditional'] })?.type,
      ).toBe('addOperator');
  });

  it('gives explicit positions at the requested rate', () => {
    const mask = legalActionMask(emptyWorkflow(), testContext(), registry);
    const rng = createRng(3);
    const always = Array.from({ length: 30 }, () => sampleLegalAction(mask, rng, { positionRate: 1 }));
    expect(always.every((a) => a !== null && 'position' in a && a.position === 0)).toBe(true);
    const never = Array.from({ length: 30 }, () => sampleLegalAction(mask, rng, { positionRate: 0 }));
    expect(never.some((a) => a !== null && 'position' in a)).toBe(false);
  });
});

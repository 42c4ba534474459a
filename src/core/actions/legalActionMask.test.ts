import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { emptyWorkflow } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { validateWorkflow } from '../graph/validateWorkflow.ts';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { actionArbitrary, enumerateMaskActions, stateArbitrary, testContext } from './actionArbitraries.ts';
import { applyAction } from './applyAction.ts';
import { isAllowedByMask } from './isAllowedByMask.ts';
import { legalActionMask } from './legalActionMask.ts';
import { sampleLegalAction } from './sampleLegalAction.ts';
import { ACTION_TYPES, DEFAULT_ACTION_RULES } from './types.ts';
import type { ActionContext, CanvasAction } from './types.ts';

const registry = createFixtureRegistry();
const ops = registry.list().map((d) => d.type);
const wf = (text: string): Workflow => {
  const r = parseWorkflow(text, registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
};
const limits = (maxNodes: number, maxOperators: number, finishRule = true): ActionContext =>
  testContext({ rules: { maxNodes, maxOperators, finishRule } });
const named = (flags: readonly boolean[]) => ops.filter((_, i) => flags[i]);

describe('legalActionMask', () => {
  it('on the empty workflow allows every add but no target and no finish', () => {
    const mask = legalActionMask(emptyWorkflow(), testContext(), registry);
    expect(mask.operators).toEqual(ops);
    expect(ACTION_TYPES.filter((t) => mask.type[t])).toEqual([
      'addOperator',
      'addParallel',
      'addConditional',
      'addLoop',
    ]);
    expect(mask.maxPosition).toBe(0);
    expect(named(mask.addParallel.branch)).not.toContain('ScEnsemble');
    expect(named(mask.addParallel.branch)).toHaveLength(10);
    expect(named(mask.addConditional.checker)).toEqual(['Test', 'Review', 'Verify']);
    expect(named(mask.addConditional.fix)).toEqual(ops);
    expect(mask.addConditional.done).toBe(true);
    expect(mask.addLoop.count).toEqual([true, true, true, true, true]);
    expect(mask.addOperator.templates[0]).toEqual(['default', 'concise', 'stepwise']);
  });

  it('lists targets: top-level ids to delete, operator nodes to modify (with slot rules) and to prompt', () => {
    const mask = legalActionMask(
      wf('Plan -> [Custom, Programmer] -> Verify ? Revise : done'),
      testContext(),
      registry,
    );
    expect(mask.deleteNode.targets).toEqual(['n1', 'n2', 'n5']);
    const modify = Object.fromEntries(mask.modifyOperator.targets.map((t) => [t.id, named(t.operator)]));
    expect(Object.keys(modify)).toEqual(['n1', 'n3', 'n4', 'n6', 'n7']);
    expect(modify['n1']).toEqual(ops);
    expect(modify['n3']).not.toContain('Aggregate');
    expect(modify['n6']).toEqual(['Test', 'Review', 'Verify']);
    expect(mask.setPrompt.targets.map((t) => t.id)).toEqual(['n1', 'n3', 'n4', 'n6', 'n7']);
    expect(mask.setPrompt.minTextLength).toBe(5);
  });

  it('narrows arities and the otherwise head as the operator budget runs out', () => {
    const w = wf('Plan -> Custom -> Custom');
    const at5 = legalActionMask(w, limits(12, 5), registry);
    expect(at5.addParallel.arity).toEqual([true, false]);
    expect(at5.addLoop.arity).toEqual([true, true]);
    expect(at5.type.addConditional).toBe(true);
    expect(at5.addConditional.done).toBe(true);
    expect(named(at5.addConditional.otherwise)).toEqual([]);
    const at4 = legalActionMask(w, limits(12, 4), registry);
    expect(ACTION_TYPES.filter((t) => at4.type[t])).toEqual([
      'addOperator',
      'addLoop',
      'deleteNode',
      'modifyOperator',
      'setPrompt',
    ]);
    expect(at4.addLoop.arity).toEqual([true, false]);
    expect(at4.addParallel.branch.some(Boolean)).toBe(false);
  });

  it('forbids every add on a full canvas and allows finish once the rule is met or off', () => {
    const w = wf('Plan -> [Custom, Programmer] -> Verify ? Revise : done');
    const full = legalActionMask(w, limits(3, 20), registry);
    expect(ACTION_TYPES.filter((t) => full.type[t])).toEqual([
      'deleteNode',
      'modifyOperator',
      'setPrompt',
      'finish',
    ]);
    expect(legalActionMask(emptyWorkflow(), limits(12, 20, false), registry).type.finish).toBe(true);
  });

  it('includes a 13th operator by its descriptor', () => {
    const extended = registry.extend([
      fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false }),
    ]);
    const mask = legalActionMask(emptyWorkflow(), testContext(), extended);
    expect(mask.operators.at(-1)).toBe('Critic');
    expect(mask.addConditional.checker.at(-1)).toBe(true);
  });
});

describe('isAllowedByMask agrees with applyAction', () => {
  it('for every generated action in every generated state (property)', () => {
    const withActions = stateArbitrary(registry).chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.array(actionArbitrary(registry, s.w), { minLength: 10, maxLength: 30 }),
        fc.integer(),
      ),
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(withActions, ([{ ctx, w }, actions, seed]) => {
        const mask = legalActionMask(w, ctx, registry);
        // Mask-sampled actions make sure the legal side is exercised as much as the illegal one.
        const rng = createRng(seed);
        const sampled = Array.from({ length: 5 }, () => sampleLegalAction(mask, rng)).filter(
          (a) => a !== null,
        );
        for (const action of [...actions, ...sampled]) {
          const ok = applyAction(w, action, ctx, registry).outcome.ok;
          if (ok) accepted++;
          else refused++;
          expect({ action, allowed: isAllowedByMask(mask, action) }).toEqual({ action, allowed: ok });
        }
      }),
      { numRuns: 250 },
    );
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('for malformed actions too', () => {
    const w = wf('Plan -> [Custom, Programmer]');
    const ctx = testContext();
    const mask = legalActionMask(w, ctx, registry);
    const weird = [
      null,
      {},
      { type: 'toString' },
      { type: 'addParallel', operators: 'Custom,Custom' },
      { type: 'addLoop', operators: ['Custom'], count: '2' },
      { type: 'addOperator', operator: 'Plan', prompt: { kind: 'text', text: 42 } },
      { type: 'addConditional', checker: 'Verify', fix: 'Revise' },
      { type: 'deleteNode', target: 1 },
      { type: 'setPrompt', target: 'n1', prompt: null },
    ];
    for (const action of weird as CanvasAction[]) {
      expect(isAllowedByMask(mask, action)).toBe(applyAction(w, action, ctx, registry).outcome.ok);
    }
  });
});

describe('the mask space', () => {
  const states: [string, Workflow, ActionContext][] = [
    ['empty, small limits', emptyWorkflow(), limits(3, 4)],
    [
      'structured, rule on',
      wf('Plan -> [Custom, Programmer] -> (Programmer -> Test) * 2 -> Verify ? Revise : done'),
      testContext({ taskType: 'code', hasTests: true }),
    ],
    ['nearly full', wf('Plan -> [Custom, Custom, Custom] -> Verify ? Revise : Format'), limits(4, 9, false)],
    ['full', wf('Plan -> Custom'), limits(2, 20)],
  ];

  it.each(states)('holds only actions that apply cleanly: %s', (_name, w, ctx) => {
    const mask = legalActionMask(w, ctx, registry);
    const actions = enumerateMaskActions(mask);
    expect(actions.length).toBeGreaterThan(0);
    // Collected rather than asserted one by one: thousands of expect calls dominate the run time.
    const failures = actions.flatMap((action) => {
      const result = applyAction(w, action, ctx, registry);
      const issues = result.outcome.ok ? validateWorkflow(result.workflow, registry) : [];
      return isAllowedByMask(mask, action) && result.outcome.ok && issues.length === 0
        ? []
        : [{ action, result, issues }];
    });
    expect(failures).toEqual([]);
    const types = new Set(actions.map((a) => a.type));
    expect(ACTION_TYPES.filter((t) => mask.type[t])).toEqual(ACTION_TYPES.filter((t) => types.has(t)));
  });

  it('reaches its maximum sizes exactly on a full canvas', () => {
    const w = wf('Plan -> Custom');
    expect(
      enumerateMaskActions(legalActionMask(w, limits(2, 20), registry)).every(
        (a) => !a.type.startsWith('add'),
      ),
    ).toBe(true);
    expect(
      legalActionMask(w, { ...testContext(), rules: DEFAULT_ACTION_RULES }, registry).type.addParallel,
    ).toBe(true);
  });
});

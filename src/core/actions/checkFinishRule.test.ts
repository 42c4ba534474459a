import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { emptyWorkflow } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { testContext } from './actionArbitraries.ts';
import { checkFinishRule, unmetFinishConditions } from './checkFinishRule.ts';
import { DEFAULT_ACTION_RULES } from './types.ts';

const registry = createFixtureRegistry();
const wf = (text: string): Workflow => {
  const r = parseWorkflow(text, registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
};
const GOOD = 'Plan -> [Custom, Programmer] -> ScEnsemble -> Verify ? Revise : done';

describe('checkFinishRule', () => {
  it('accepts a workflow that meets every condition', () => {
    expect(checkFinishRule(wf(GOOD), testContext(), registry)).toEqual({ ok: true });
  });

  it.each<[string, string, Partial<Parameters<typeof testContext>[0]>, RegExp[]]>([
    ['too few operators', 'Custom -> Verify ? Revise : done', {}, [/has 3 operators; it needs at least 5/]],
    ['no structure', 'Plan -> Custom -> Custom -> Verify -> Format', {}, [/no structure/]],
    [
      'no solver',
      'Plan -> Decompose -> [Plan, Decompose] -> Review ? Format : done',
      {},
      [/no solver: add one of Custom/],
    ],
    [
      'no checker',
      'Plan -> [Custom, Programmer] -> ScEnsemble -> Format',
      {},
      [/no checker: add one of Test, Review, Verify/],
    ],
    [
      'tests but no Test',
      GOOD,
      { taskType: 'code', hasTests: true },
      [/has tests but nothing runs them: add Test/],
    ],
    ['a long answer without Format', GOOD, { lastAnswerLong: true }, [/last answer was long.*add Format/]],
    [
      'several conditions at once',
      'Plan',
      { lastAnswerLong: true },
      [/1 operator;/, /no structure/, /no solver/, /no checker/, /Format/],
    ],
  ])('refuses %s and says why', (_name, text, ctx, messages) => {
    const outcome = checkFinishRule(wf(text), testContext(ctx), registry);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.code).toBe('E_FINISH_REFUSED');
    for (const m of messages) expect(outcome.message).toMatch(m);
    expect(unmetFinishConditions(wf(text), testContext(ctx), registry)).toHaveLength(messages.length);
  });

  it('is satisfied by Test on a code task and by Format after a long answer', () => {
    const w = wf('Plan -> (Programmer -> Test) * 2 -> Verify ? Revise : done -> Format');
    expect(
      checkFinishRule(w, testContext({ taskType: 'code', hasTests: true, lastAnswerLong: true }), registry),
    ).toEqual({ ok: true });
  });

  it('ignores a short or unknown last answer', () => {
    expect(checkFinishRule(wf(GOOD), testContext({ lastAnswerLong: false }), registry).ok).toBe(true);
    expect(checkFinishRule(wf(GOOD), testContext({ lastAnswerLong: null }), registry).ok).toBe(true);
  });

  it('refuses finish on the empty workflow when the rule is on', () => {
    expect(checkFinishRule(emptyWorkflow(), testContext(), registry)).toMatchObject({
      ok: false,
      code: 'E_FINISH_REFUSED',
    });
  });

  it('always accepts with the finish rule off', () => {
    const ctx = testContext({
      hasTests: true,
      lastAnswerLong: true,
      rules: { ...DEFAULT_ACTION_RULES, finishRule: false },
    });
    expect(checkFinishRule(emptyWorkflow(), ctx, registry)).toEqual({ ok: true });
  });

  it('counts a loop body once', () => {
    expect(checkFinishRule(wf('(Custom -> Verify) * 5 -> Format'), testContext(), registry)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/has 3 operators/) as unknown,
    });
  });

  it('reads roles from descriptors: a 13th checker counts, an unknown operator does not', () => {
    const critic = fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false });
    const extended = registry.extend([critic]);
    const parsed = parseWorkflow('Plan -> [Custom, Programmer] -> ScEnsemble -> Critic', extended);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(checkFinishRule(parsed.workflow, testContext(), extended)).toEqual({ ok: true });
    expect(checkFinishRule(parsed.workflow, testContext(), registry).ok).toBe(false);
  });
});

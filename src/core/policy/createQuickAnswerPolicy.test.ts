import { describe, expect, it } from 'vitest';
import { applyAction } from '../actions/applyAction.ts';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionContext } from '../actions/types.ts';
import { emptyWorkflow } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { printWorkflow } from '../graph/printWorkflow.ts';
import { isShortcut } from '../rewards/isShortcut.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createQuickAnswerPolicy } from './createQuickAnswerPolicy.ts';
import { policyContext, policyInput, policyTask } from './policyTestKit.ts';

const registry = createFixtureRegistry();
const policy = createQuickAnswerPolicy();

async function build(ctx: ActionContext, type: 'math' | 'qa' | 'code') {
  let workflow: Workflow = emptyWorkflow();
  const task = policyTask(type);
  for (let turn = 0; turn < 12; turn++) {
    const input = policyInput(registry, { workflow, task, context: ctx, turn });
    const { action } = await policy.decide(input, createRng(turn));
    expect(isAllowedByMask(input.mask, action)).toBe(true);
    const result = applyAction(workflow, action, ctx, registry);
    expect(result.outcome.ok).toBe(true);
    if (result.finished) return { workflow, turns: turn + 1, finished: true };
    workflow = result.workflow;
  }
  return { workflow, turns: 12, finished: false };
}

describe('createQuickAnswerPolicy', () => {
  it.each([
    ['math', 'Programmer -> Format', 3],
    ['qa', 'AnswerGenerate -> Format', 3],
    ['code', 'Programmer -> Test -> Format', 4],
  ] as const)(
    'with the finish rule off, answers %s with `%s` and finishes: a shortcut',
    async (type, dsl, turns) => {
      const ctx = policyContext(policyTask(type), {
        lastAnswerLong: true,
        rules: { ...DEFAULT_ACTION_RULES, finishRule: false },
      });
      const result = await build(ctx, type);
      expect(result).toMatchObject({ finished: true, turns });
      expect(printWorkflow(result.workflow, registry)).toBe(dsl);
      expect(isShortcut(result.workflow, registry)).toBe(true);
    },
  );

  it('where the finish rule refuses its finish, goes on like the heuristic until the workflow qualifies', async () => {
    const ctx = policyContext(policyTask('math'), { lastAnswerLong: true });
    const result = await build(ctx, 'math');
    expect(result.finished).toBe(true);
    expect(result.turns).toBeGreaterThan(3);
    expect(isShortcut(result.workflow, registry)).toBe(false);
  });
});

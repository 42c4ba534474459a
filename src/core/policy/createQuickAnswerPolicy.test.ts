import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionContext } from '../actions/types.ts';
import { printWorkflow } from '../graph/printWorkflow.ts';
import { isShortcut } from '../rewards/isShortcut.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createQuickAnswerPolicy } from './createQuickAnswerPolicy.ts';
import { playToFinish, policyContext, policyTask } from './policyTestKit.ts';

const registry = createFixtureRegistry();
const policy = createQuickAnswerPolicy();

const build = (ctx: ActionContext, type: 'math' | 'qa' | 'code') => playToFinish(policy, registry, ctx, type);

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

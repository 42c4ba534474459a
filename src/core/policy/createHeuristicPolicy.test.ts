import { describe, expect, it } from 'vitest';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import type { ActionContext } from '../actions/types.ts';
import { opNode, workflowOf } from '../canvas/canvasTestKit.ts';
import type { Workflow } from '../graph/types.ts';
import { printWorkflow } from '../graph/printWorkflow.ts';
import { createOperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { computeReward } from '../rewards/computeReward.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createHeuristicPolicy } from './createHeuristicPolicy.ts';
import { playToFinish, policyContext, policyInput, policyTask, randomInputs } from './policyTestKit.ts';

const registry = createFixtureRegistry();
const policy = createHeuristicPolicy();

const build = (
  registry: OperatorRegistry,
  ctx: ActionContext,
  type: 'math' | 'qa' | 'code' | 'mc',
  start?: Workflow,
) => playToFinish(policy, registry, ctx, type, start);

describe('createHeuristicPolicy', () => {
  it.each([
    [
      'math',
      'Plan -> [Programmer, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : done -> Format',
    ],
    ['qa', 'Decompose -> [AnswerGenerate, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format'],
    ['code', 'Plan -> [Programmer, Custom] -> ScEnsemble -> Test ? Revise : done -> Format'],
  ] as const)(
    'builds a %s workflow that passes the finish rule and releases the answer credit',
    async (type, dsl) => {
      const ctx = policyContext(policyTask(type), { lastAnswerLong: true });
      const { workflow, turns, finished } = await build(registry, ctx, type);
      expect(finished).toBe(true);
      expect(turns).toBe(6);
      expect(printWorkflow(workflow, registry)).toBe(dsl);
      expect(computeReward(workflow, 1, registry).released).toBe(true);
    },
  );

  it('completes a workflow someone started, keeping Format last', async () => {
    const ctx = policyContext(policyTask('math'));
    const start = { ...workflowOf(opNode('Custom', 'n1'), opNode('Format', 'n2')), nextId: 3 };
    const { workflow, finished } = await build(registry, ctx, 'math', start);
    expect(finished).toBe(true);
    const last = workflow.nodes.at(-1);
    expect(last?.kind === 'operator' && last.operator).toBe('Format');
    expect(computeReward(workflow, 1, registry).released).toBe(true);
  });

  it('finds operators by role when the preferred names are missing', async () => {
    const without = createOperatorRegistry(
      registry.list().filter((d) => d.type !== 'Verify' && d.type !== 'Plan'),
    );
    const ctx = policyContext(policyTask('math'));
    const { workflow, finished } = await build(without, ctx, 'math');
    expect(finished).toBe(true);
    expect(printWorkflow(workflow, without)).toContain('Decompose');
  });

  it('is always legal, whatever the state (falls back to a random legal edit)', async () => {
    for (const [i, input] of randomInputs(registry, 300, 77).entries()) {
      const { action } = await policy.decide(input, createRng(i));
      const nothing = !Object.values(input.mask.type).some(Boolean);
      expect(isAllowedByMask(input.mask, action) || (nothing && action.type === 'finish')).toBe(true);
    }
  });

  it('ranks its rule-based choice with probability 1', async () => {
    const input = policyInput(registry);
    const top = await policy.topActions?.(input, 3);
    expect(top).toEqual([{ action: { type: 'addOperator', operator: 'Plan', position: 0 }, probability: 1 }]);
  });
});

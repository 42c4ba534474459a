import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { toNodeId } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { testContext } from './actionArbitraries.ts';
import { applyAction } from './applyAction.ts';
import { validateAction } from './validateAction.ts';
import { DEFAULT_ACTION_RULES } from './types.ts';
import type { ActionContext, CanvasAction } from './types.ts';

const registry = createFixtureRegistry();
const ctx = testContext();
const wf = (text: string): Workflow => {
  const r = parseWorkflow(text, registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
};
const id = toNodeId;
// n1 Plan, n2 parallel(n3 Custom, n4 Programmer), n5 loop(n6 Programmer), n7 cond(n8 Verify, n9 Revise, done)
const BASE = 'Plan -> [Custom, Programmer] -> (Programmer) * 2 -> Verify ? Revise : done';
const small = (maxNodes: number, maxOperators: number) =>
  testContext({ rules: { ...DEFAULT_ACTION_RULES, maxNodes, maxOperators } });

describe('validateAction and applyAction refuse (one rule set, SPEC §1)', () => {
  it.each<[string, CanvasAction, string, ActionContext?]>([
    ['unknown operator', { type: 'addOperator', operator: 'Wizard' }, 'E_UNKNOWN_OPERATOR'],
    ['operator names are exact in actions', { type: 'addOperator', operator: 'plan' }, 'E_UNKNOWN_OPERATOR'],
    ['position past the end', { type: 'addOperator', operator: 'Plan', position: 5 }, 'E_BAD_POSITION'],
    ['negative position', { type: 'addOperator', operator: 'Plan', position: -1 }, 'E_BAD_POSITION'],
    ['fractional position', { type: 'addOperator', operator: 'Plan', position: 1.5 }, 'E_BAD_POSITION'],
    [
      'unknown template',
      { type: 'addOperator', operator: 'Plan', prompt: { kind: 'template', id: 'verbose' } },
      'E_UNKNOWN_TEMPLATE',
    ],
    [
      'short text prompt',
      { type: 'addOperator', operator: 'Plan', prompt: { kind: 'text', text: ' abcd ' } },
      'E_PROMPT_TOO_SHORT',
    ],
    ['1-branch parallel', { type: 'addParallel', operators: ['Custom'] }, 'E_BAD_ARITY'],
    [
      '4-branch parallel',
      { type: 'addParallel', operators: ['Custom', 'Custom', 'Custom', 'Custom'] },
      'E_BAD_ARITY',
    ],
    [
      'ensemble branch',
      { type: 'addParallel', operators: ['Custom', 'Aggregate'] },
      'E_ENSEMBLE_IN_PARALLEL',
    ],
    ['unknown branch', { type: 'addParallel', operators: ['Custom', 'Wizard'] }, 'E_UNKNOWN_OPERATOR'],
    [
      'non-checker condition',
      { type: 'addConditional', checker: 'Custom', fix: 'Revise', otherwise: null },
      'E_NOT_A_CHECKER',
    ],
    [
      'unknown fix',
      { type: 'addConditional', checker: 'Verify', fix: 'Wizard', otherwise: null },
      'E_UNKNOWN_OPERATOR',
    ],
    [
      'unknown otherwise',
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: 'Wizard' },
      'E_UNKNOWN_OPERATOR',
    ],
    ['empty loop', { type: 'addLoop', operators: [], count: 2 }, 'E_BAD_ARITY'],
    ['3-operator loop', { type: 'addLoop', operators: ['Plan', 'Plan', 'Plan'], count: 2 }, 'E_BAD_ARITY'],
    ['loop count 0', { type: 'addLoop', operators: ['Plan'], count: 0 }, 'E_BAD_COUNT'],
    ['loop count 6', { type: 'addLoop', operators: ['Plan'], count: 6 }, 'E_BAD_COUNT'],
    ['loop count 1.5', { type: 'addLoop', operators: ['Plan'], count: 1.5 }, 'E_BAD_COUNT'],
    ['delete of an unknown node', { type: 'deleteNode', target: id('n99') }, 'E_UNKNOWN_NODE'],
    ['delete of a child', { type: 'deleteNode', target: id('n3') }, 'E_NOT_TOP_LEVEL'],
    [
      'modify of an unknown node',
      { type: 'modifyOperator', target: id('n99'), operator: 'Plan' },
      'E_UNKNOWN_NODE',
    ],
    [
      'modify of a structure',
      { type: 'modifyOperator', target: id('n2'), operator: 'Plan' },
      'E_NOT_AN_OPERATOR',
    ],
    [
      'modify to an unknown operator',
      { type: 'modifyOperator', target: id('n1'), operator: 'Wizard' },
      'E_UNKNOWN_OPERATOR',
    ],
    [
      'modify a branch into an ensemble',
      { type: 'modifyOperator', target: id('n3'), operator: 'ScEnsemble' },
      'E_ENSEMBLE_IN_PARALLEL',
    ],
    [
      'modify a checker into a non-checker',
      { type: 'modifyOperator', target: id('n8'), operator: 'Custom' },
      'E_NOT_A_CHECKER',
    ],
    [
      'prompt of a structure',
      { type: 'setPrompt', target: id('n5'), prompt: { kind: 'template', id: 'default' } },
      'E_NOT_AN_OPERATOR',
    ],
    [
      'prompt of an unknown node',
      { type: 'setPrompt', target: id('n0'), prompt: { kind: 'text', text: 'hello world' } },
      'E_UNKNOWN_NODE',
    ],
    [
      'unknown template id',
      { type: 'setPrompt', target: id('n1'), prompt: { kind: 'template', id: 'Concise' } },
      'E_UNKNOWN_TEMPLATE',
    ],
    [
      'blank free text',
      { type: 'setPrompt', target: id('n1'), prompt: { kind: 'text', text: '      \n   ' } },
      'E_PROMPT_TOO_SHORT',
    ],
    [
      'finish before Format after a long answer',
      { type: 'finish' },
      'E_FINISH_REFUSED',
      testContext({ lastAnswerLong: true }),
    ],
    ['too many top-level nodes', { type: 'addOperator', operator: 'Plan' }, 'E_CANVAS_FULL', small(4, 20)],
    [
      'too many operators',
      { type: 'addParallel', operators: ['Custom', 'Custom', 'Custom'] },
      'E_CANVAS_FULL',
      small(12, 8),
    ],
    [
      'otherwise overflows the operator limit',
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: 'Format' },
      'E_CANVAS_FULL',
      small(12, 8),
    ],
  ])('refuses %s', (_name, action, code, c = ctx) => {
    const w = wf(BASE);
    const result = applyAction(w, action, c, registry);
    expect(result.outcome).toMatchObject({ ok: false, code });
    expect(result.outcome.ok || result.outcome.message.length > 10).toBe(true);
    expect(result.workflow).toBe(w);
    expect(result).toMatchObject({ finished: false, created: [] });
    expect(validateAction(w, action, c, registry)).toEqual(result.outcome);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'undo' }],
    ['a prototype key as type', { type: 'toString' }],
    ['no object at all', null],
    ['a malformed prompt', { type: 'setPrompt', target: 'n1', prompt: { kind: 'template' } }],
    ['a malformed add prompt', { type: 'addOperator', operator: 'Plan', prompt: 'concise' }],
  ])('refuses %s without throwing', (_name, action) => {
    const result = applyAction(wf(BASE), action as CanvasAction, ctx, registry);
    expect(result.outcome).toMatchObject({ ok: false, code: 'E_ILLEGAL_ACTION' });
  });

  it('refuses operators given as non-strings and structures given non-arrays', () => {
    const bad = [
      { type: 'addParallel', operators: 'Custom,Custom' },
      { type: 'addLoop', operators: [3], count: 2 },
      { type: 'addOperator', operator: 7 },
    ];
    for (const action of bad)
      expect(applyAction(wf(BASE), action as unknown as CanvasAction, ctx, registry).outcome.ok).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { printWorkflow } from '../graph/printWorkflow.ts';
import { emptyWorkflow, toNodeId } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { validateWorkflow } from '../graph/validateWorkflow.ts';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { actionArbitrary, stateArbitrary, testContext } from './actionArbitraries.ts';
import { applyAction } from './applyAction.ts';
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
const apply = (text: string, action: CanvasAction, c: ActionContext = ctx) =>
  applyAction(wf(text), action, c, registry);
const print = (w: Workflow) => printWorkflow(w, registry);
const small = (maxNodes: number, maxOperators: number) =>
  testContext({ rules: { ...DEFAULT_ACTION_RULES, maxNodes, maxOperators } });

describe('applyAction: accepted edits', () => {
  it.each<[string, CanvasAction, string, string[]]>([
    ['append an operator', { type: 'addOperator', operator: 'Format' }, 'Plan -> Custom -> Format', ['n3']],
    [
      'insert at the front',
      { type: 'addOperator', operator: 'Format', position: 0 },
      'Format -> Plan -> Custom',
      ['n3'],
    ],
    [
      'insert in the middle',
      { type: 'addOperator', operator: 'Format', position: 1 },
      'Plan -> Format -> Custom',
      ['n3'],
    ],
    [
      'append at position = length',
      { type: 'addOperator', operator: 'Format', position: 2 },
      'Plan -> Custom -> Format',
      ['n3'],
    ],
    [
      'add with a template',
      { type: 'addOperator', operator: 'Format', prompt: { kind: 'template', id: 'concise' } },
      'Plan -> Custom -> Format#concise',
      ['n3'],
    ],
    [
      'add with trimmed text',
      { type: 'addOperator', operator: 'Format', prompt: { kind: 'text', text: '  Only digits. ' } },
      'Plan -> Custom -> Format("Only digits.")',
      ['n3'],
    ],
    [
      'add a parallel',
      { type: 'addParallel', operators: ['Custom', 'Custom', 'Programmer'], position: 1 },
      'Plan -> [Custom, Custom, Programmer] -> Custom',
      ['n3', 'n4', 'n5', 'n6'],
    ],
    [
      'add a conditional',
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
      'Plan -> Custom -> Verify ? Revise : done',
      ['n3', 'n4', 'n5'],
    ],
    [
      'add a conditional with otherwise',
      { type: 'addConditional', checker: 'Test', fix: 'Programmer', otherwise: 'Format' },
      'Plan -> Custom -> Test ? Programmer : Format',
      ['n3', 'n4', 'n5', 'n6'],
    ],
    [
      'add a loop',
      { type: 'addLoop', operators: ['Programmer', 'Test'], count: 3 },
      'Plan -> Custom -> (Programmer -> Test) * 3',
      ['n3', 'n4', 'n5'],
    ],
    ['delete a node', { type: 'deleteNode', target: id('n1') }, 'Custom', []],
    [
      'modify an operator',
      { type: 'modifyOperator', target: id('n2'), operator: 'Programmer' },
      'Plan -> Programmer',
      [],
    ],
    [
      'set a template prompt',
      { type: 'setPrompt', target: id('n2'), prompt: { kind: 'template', id: 'stepwise' } },
      'Plan -> Custom#stepwise',
      [],
    ],
    [
      'set a free-text prompt',
      { type: 'setPrompt', target: id('n2'), prompt: { kind: 'text', text: '\tUse "units".\n' } },
      'Plan -> Custom("Use \\"units\\".")',
      [],
    ],
  ])('can %s', (_name, action, expected, created) => {
    const result = apply('Plan -> Custom', action);
    expect(result.outcome).toEqual({ ok: true });
    expect(print(result.workflow)).toBe(expected);
    expect(result.created).toEqual(created);
    expect(result.finished).toBe(false);
    expect(result.workflow.nextId).toBe(3 + created.length);
  });

  it('modifies a structure child in place, keeps its id and resets its prompt to the default template', () => {
    const w = wf('Plan -> [Custom#concise, Programmer] -> Verify#stepwise ? Revise : done');
    const a = applyAction(
      w,
      { type: 'modifyOperator', target: id('n3'), operator: 'AnswerGenerate' },
      ctx,
      registry,
    );
    expect(print(a.workflow)).toBe('Plan -> [AnswerGenerate, Programmer] -> Verify#stepwise ? Revise : done');
    const b = applyAction(
      a.workflow,
      { type: 'modifyOperator', target: id('n6'), operator: 'Review' },
      ctx,
      registry,
    );
    expect(print(b.workflow)).toBe('Plan -> [AnswerGenerate, Programmer] -> Review ? Revise : done');
    expect(b.workflow.nodes[2]).toMatchObject({ checker: { id: 'n6', operator: 'Review' } });
    const c = applyAction(
      b.workflow,
      { type: 'modifyOperator', target: id('n7'), operator: 'ScEnsemble' },
      ctx,
      registry,
    );
    expect(print(c.workflow)).toBe('Plan -> [AnswerGenerate, Programmer] -> Review ? ScEnsemble : done');
  });

  it('sets prompts on conditional and loop children', () => {
    const w = wf('(Programmer -> Test) * 2 -> Verify ? Revise : Format');
    const a = applyAction(
      w,
      { type: 'setPrompt', target: id('n3'), prompt: { kind: 'template', id: 'concise' } },
      ctx,
      registry,
    );
    const b = applyAction(
      a.workflow,
      { type: 'setPrompt', target: id('n7'), prompt: { kind: 'template', id: 'stepwise' } },
      ctx,
      registry,
    );
    expect(print(b.workflow)).toBe('(Programmer -> Test#concise) * 2 -> Verify ? Revise : Format#stepwise');
  });

  it('never reuses ids after a delete', () => {
    let w = wf('Plan -> Custom');
    w = applyAction(w, { type: 'deleteNode', target: id('n2') }, ctx, registry).workflow;
    expect(w.nextId).toBe(3);
    const r = applyAction(w, { type: 'addOperator', operator: 'Custom' }, ctx, registry);
    expect(r.created).toEqual(['n3']);
    expect(r.workflow.nodes.map((n) => n.id)).toEqual(['n1', 'n3']);
  });

  it('finishes without changing the workflow', () => {
    const w = wf('Plan -> [Custom, Programmer] -> ScEnsemble -> Verify ? Revise : done');
    const r = applyAction(w, { type: 'finish' }, ctx, registry);
    expect(r).toEqual({ workflow: w, outcome: { ok: true }, finished: true, created: [] });
    expect(r.workflow).toBe(w);
  });

  it('accepts finish on the empty workflow when the rule is off', () => {
    const off = testContext({ rules: { ...DEFAULT_ACTION_RULES, finishRule: false } });
    expect(applyAction(emptyWorkflow(), { type: 'finish' }, off, registry).finished).toBe(true);
  });

  it('fills the canvas exactly up to its limits', () => {
    const c = small(3, 5);
    let w = emptyWorkflow();
    w = applyAction(
      w,
      { type: 'addParallel', operators: ['Custom', 'Custom', 'Custom'] },
      c,
      registry,
    ).workflow;
    const cond = applyAction(
      w,
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
      c,
      registry,
    );
    expect(cond.outcome.ok).toBe(true);
    expect(
      applyAction(cond.workflow, { type: 'addOperator', operator: 'Plan' }, c, registry).outcome,
    ).toMatchObject({ code: 'E_CANVAS_FULL' });
  });

  it('accepts a 13th operator of a known kind in every slot its descriptor allows', () => {
    const extended = registry.extend([
      fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false }),
    ]);
    const r = applyAction(
      wf('Plan'),
      { type: 'addConditional', checker: 'Critic', fix: 'Revise', otherwise: null },
      ctx,
      extended,
    );
    expect(r.outcome.ok).toBe(true);
  });
});

describe('applyAction: purity', () => {
  it('never mutates its input and keeps every result valid (property)', () => {
    fc.assert(
      fc.property(
        stateArbitrary(registry).chain((s) => fc.tuple(fc.constant(s), actionArbitrary(registry, s.w))),
        ([{ ctx: c, w }, action]) => {
          const frozen = deepFreeze(structuredClone(w));
          const result = applyAction(frozen, action, c, registry);
          expect(frozen).toEqual(w);
          if (!result.outcome.ok) expect(result.workflow).toBe(frozen);
          else expect(validateWorkflow(result.workflow, registry)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

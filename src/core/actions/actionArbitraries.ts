import fc from 'fast-check';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { emptyWorkflow, toNodeId } from '../graph/types.ts';
import type { PromptRef, Workflow } from '../graph/types.ts';
import { allNodeIds } from '../graph/workflowQueries.ts';
import { createRng } from '../util/createRng.ts';
import { applyAction } from './applyAction.ts';
import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES, legalActionMask } from './legalActionMask.ts';
import type { ActionMask } from './legalActionMask.ts';
import { sampleLegalAction } from './sampleLegalAction.ts';
import { DEFAULT_ACTION_RULES } from './types.ts';
import type { ActionContext, CanvasAction } from './types.ts';

/** Test support: an action context with the given overrides on a math task with default rules. */
export const testContext = (overrides: Partial<ActionContext> = {}): ActionContext => ({
  taskType: 'math',
  hasTests: false,
  lastAnswerLong: null,
  rules: { ...DEFAULT_ACTION_RULES },
  ...overrides,
});

/** Test support: contexts of every kind (code and non-code tasks, finish rule on/off, small and full canvases). */
export const contextArbitrary = (): fc.Arbitrary<ActionContext> =>
  fc
    .record({
      taskType: fc.constantFrom('math', 'qa', 'code', 'mc' as const),
      hasTests: fc.boolean(),
      lastAnswerLong: fc.constantFrom(null, true, false),
      finishRule: fc.boolean(),
      maxNodes: fc.integer({ min: 0, max: 12 }),
      maxOperators: fc.integer({ min: 0, max: 20 }),
    })
    .map(({ finishRule, maxNodes, maxOperators, taskType, hasTests, lastAnswerLong }) => ({
      taskType,
      hasTests: taskType === 'code' && hasTests,
      lastAnswerLong,
      rules: { finishRule, maxNodes, maxOperators },
    }));

/** Test support: the workflow reached by `steps` random legal edits (never `finish`) from the empty workflow. */
export function buildWorkflow(
  registry: OperatorRegistry,
  ctx: ActionContext,
  seed: number,
  steps: number,
): Workflow {
  const rng = createRng(seed);
  let w = emptyWorkflow();
  for (let i = 0; i < steps; i++) {
    // Deletes are rarer than adds so canvases fill up and hit their limits.
    const exclude = rng.next() < 0.8 ? (['finish', 'deleteNode'] as const) : (['finish'] as const);
    const action = sampleLegalAction(legalActionMask(w, ctx, registry), rng, { exclude });
    if (!action) break;
    const result = applyAction(w, action, ctx, registry);
    if (!result.outcome.ok) throw new Error(`sampled an illegal action: ${result.outcome.message}`);
    w = result.workflow;
  }
  return w;
}

/** Test support: a context with a workflow built under it. */
export const stateArbitrary = (
  registry: OperatorRegistry,
): fc.Arbitrary<{ ctx: ActionContext; w: Workflow }> =>
  fc
    .record({ ctx: contextArbitrary(), seed: fc.integer(), steps: fc.integer({ min: 0, max: 30 }) })
    .map(({ ctx, seed, steps }) => ({ ctx, w: buildWorkflow(registry, ctx, seed, steps) }));

/**
 * Test support: legal and illegal actions for a workflow: known, lower-case and unknown operators, ids of
 * operators, structures and absent nodes, positions and counts in and out of range, short and long prompts.
 */
export function actionArbitrary(registry: OperatorRegistry, w: Workflow): fc.Arbitrary<CanvasAction> {
  const known = registry.list().map((d) => d.type);
  const operator = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom('Wizard', 'plan', '', 'constructor') },
  );
  const ids = [...allNodeIds(w), toNodeId('n999'), toNodeId('n0')];
  const target = fc.constantFrom(...ids);
  const position = fc.option(fc.oneof(fc.integer({ min: -1, max: w.nodes.length + 1 }), fc.constant(0.5)), {
    nil: undefined,
  });
  const prompt: fc.Arbitrary<PromptRef> = fc.oneof(
    fc
      .constantFrom('default', 'concise', 'stepwise', 'verbose')
      .map((id): PromptRef => ({ kind: 'template', id })),
    fc
      .constantFrom('', '  abcd  ', 'abcde', 'Solve it step by step.')
      .map((text): PromptRef => ({ kind: 'text', text })),
  );
  const withPosition = <A extends CanvasAction>(a: A, p: number | undefined): A =>
    p === undefined ? a : { ...a, position: p };
  return fc.oneof(
    fc
      .record({ operator, position, prompt: fc.option(prompt, { nil: undefined }) })
      .map(({ operator, position, prompt }) =>
        withPosition(
          prompt ? { type: 'addOperator', operator, prompt } : { type: 'addOperator', operator },
          position,
        ),
      ),
    fc
      .record({ operators: fc.array(operator, { maxLength: 4 }), position })
      .map(({ operators, position }) => withPosition({ type: 'addParallel', operators }, position)),
    fc
      .record({ checker: operator, fix: operator, otherwise: fc.option(operator), position })
      .map(({ position, ...rest }) => withPosition({ type: 'addConditional', ...rest }, position)),
    fc
      .record({
        operators: fc.array(operator, { maxLength: 3 }),
        count: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(2.5)),
        position,
      })
      .map(({ operators, count, position }) => withPosition({ type: 'addLoop', operators, count }, position)),
    target.map((t): CanvasAction => ({ type: 'deleteNode', target: t })),
    fc
      .record({ target, operator })
      .map(({ target, operator }): CanvasAction => ({ type: 'modifyOperator', target, operator })),
    fc
      .record({ target, prompt })
      .map(({ target, prompt }): CanvasAction => ({ type: 'setPrompt', target, prompt })),
    fc.constant<CanvasAction>({ type: 'finish' }),
  );
}

/** Test support: every action in the mask's space (one free text per prompt head), positions included. */
export function enumerateMaskActions(mask: ActionMask): CanvasAction[] {
  const on = (flags: readonly boolean[]): string[] => mask.operators.filter((_, i) => flags[i] === true);
  const positions = [undefined, ...Array.from({ length: mask.maxPosition + 1 }, (_, i) => i)];
  const placed = (a: CanvasAction & { position?: number }): CanvasAction[] =>
    positions.map((p) => (p === undefined ? a : { ...a, position: p }));
  const tuples = (slots: readonly string[], k: number): string[][] =>
    k === 0 ? [[]] : tuples(slots, k - 1).flatMap((t) => slots.map((s) => [...t, s]));
  const out: CanvasAction[] = [];
  if (mask.type.addOperator) {
    mask.operators.forEach((operator, i) => {
      if (!mask.addOperator.operator[i]) return;
      out.push(...placed({ type: 'addOperator', operator }));
      out.push({ type: 'addOperator', operator, prompt: { kind: 'text', text: 'Think it through.' } });
      for (const id of mask.addOperator.templates[i] ?? [])
        out.push({ type: 'addOperator', operator, prompt: { kind: 'template', id } });
    });
  }
  if (mask.type.addParallel) {
    PARALLEL_ARITIES.forEach((k, i) => {
      if (mask.addParallel.arity[i])
        for (const ops of tuples(on(mask.addParallel.branch), k))
          out.push(...placed({ type: 'addParallel', operators: ops }));
    });
  }
  if (mask.type.addConditional) {
    const m = mask.addConditional;
    const otherwise = [...(m.done ? [null] : []), ...on(m.otherwise)];
    for (const checker of on(m.checker))
      for (const fix of on(m.fix))
        for (const o of otherwise)
          out.push(...placed({ type: 'addConditional', checker, fix, otherwise: o }));
  }
  if (mask.type.addLoop) {
    LOOP_ARITIES.forEach((k, i) => {
      if (!mask.addLoop.arity[i]) return;
      for (const ops of tuples(on(mask.addLoop.operator), k)) {
        LOOP_COUNTS.forEach((count, c) => {
          if (mask.addLoop.count[c]) out.push(...placed({ type: 'addLoop', operators: ops, count }));
        });
      }
    });
  }
  if (mask.type.deleteNode)
    for (const target of mask.deleteNode.targets) out.push({ type: 'deleteNode', target });
  if (mask.type.modifyOperator)
    for (const t of mask.modifyOperator.targets)
      for (const operator of on(t.operator)) out.push({ type: 'modifyOperator', target: t.id, operator });
  if (mask.type.setPrompt) {
    for (const t of mask.setPrompt.targets) {
      out.push({ type: 'setPrompt', target: t.id, prompt: { kind: 'text', text: '  Be precise.  ' } });
      for (const id of t.templates)
        out.push({ type: 'setPrompt', target: t.id, prompt: { kind: 'template', id } });
    }
  }
  if (mask.type.finish) out.push({ type: 'finish' });
  return out;
}

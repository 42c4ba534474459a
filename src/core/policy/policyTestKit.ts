import { buildWorkflow } from '../actions/actionArbitraries.ts';
import { legalActionMask } from '../actions/legalActionMask.ts';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionContext } from '../actions/types.ts';
import type { CanvasFeedback } from '../canvas/buildFeedback.ts';
import { emptyWorkflow } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { allNodeIds } from '../graph/workflowQueries.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Rng } from '../ports/Rng.ts';
import type { Task } from '../tasks/types.ts';
import { createRng } from '../util/createRng.ts';
import { applyAction } from '../actions/applyAction.ts';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import type { Policy, PolicyInput } from './types.ts';

/** Test support: a task of the given type with the fields the encoder reads. */
export const policyTask = (type: Task['type'] = 'math', fields: Partial<Task> = {}): Task => ({
  id: `t-${type}`,
  source: `test:${type}`,
  type,
  metric: type === 'qa' ? 'f1' : type,
  question: type === 'code' ? 'Write add(a, b) returning the sum.' : 'What is 6 times 7?',
  gold: ['42'],
  difficulty: 0.3,
  distractors: ['41', '48'],
  ...(type === 'qa' ? { context: 'Paris is the capital of France.' } : {}),
  ...(type === 'code'
    ? {
        code: {
          format: 'asserts' as const,
          publicTests: ['assert add(1, 2) == 3'],
          hiddenTests: ['assert add(2, 2) == 4'],
          solution: 'def add(a, b):\n    return a + b\n',
          buggy: ['def add(a, b):\n    return a - b\n'],
        },
      }
    : {}),
  ...fields,
});

/** Test support: an action context for a task (code tasks have tests). */
export const policyContext = (task: Task, overrides: Partial<ActionContext> = {}): ActionContext => ({
  taskType: task.type,
  hasTests: task.type === 'code',
  lastAnswerLong: null,
  rules: { ...DEFAULT_ACTION_RULES },
  ...overrides,
});

/** Test support: the policy input for a workflow, with the mask computed by the canvas rules. */
export function policyInput(
  registry: OperatorRegistry,
  options: {
    workflow?: Workflow;
    task?: Task;
    context?: ActionContext;
    turn?: number;
    feedback?: CanvasFeedback | null;
  } = {},
): PolicyInput {
  const task = options.task ?? policyTask();
  const context = options.context ?? policyContext(task);
  const workflow = options.workflow ?? emptyWorkflow();
  return {
    observation: {
      task,
      workflow,
      turn: options.turn ?? 0,
      maxTurns: 12,
      lastFeedback: options.feedback ?? null,
      lastRun: null,
      done: false,
    },
    mask: legalActionMask(workflow, context, registry),
    context,
    registry,
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

/** Test support: feedback for a workflow with random statuses and signals, as after a run. */
export function randomFeedback(w: Workflow, rng: Rng): CanvasFeedback {
  const perNode = {} as CanvasFeedback['perNode'];
  for (const id of allNodeIds(w))
    perNode[id] = pick(rng, ['succeeded', 'failed', 'skipped', 'aborted'] as const);
  return {
    status: pick(rng, ['succeeded', 'failed', 'refused'] as const),
    errorCode: rng.next() < 0.3 ? 'E_OPERATOR_FAILED' : null,
    message: 'ran',
    perNode,
    finalOutput: '42',
    signals: {
      answerPresent: rng.next() < 0.7,
      answerConcise: rng.next() < 0.5,
      verdict: pick(rng, ['pass', 'fail', null] as const),
      confidence: rng.next() < 0.5 ? rng.next() : null,
      testPassRatio: rng.next() < 0.3 ? rng.next() : null,
      agreement: rng.next() < 0.3 ? rng.next() : null,
      errorType: pick(rng, [null, 'runtime', 'input', 'llm'] as const),
    },
  };
}

/**
 * Test support: varied policy inputs: every task type, finish rule on and off, small and full canvases,
 * workflows built by random legal edits, with or without feedback.
 */
export function randomInputs(registry: OperatorRegistry, count: number, seed: number): PolicyInput[] {
  const rng = createRng(`inputs:${seed}`);
  return Array.from({ length: count }, (_, i) => {
    const task = policyTask(pick(rng, ['math', 'qa', 'code', 'mc'] as const));
    const context = policyContext(task, {
      lastAnswerLong: pick(rng, [null, true, false]),
      rules: { finishRule: rng.next() < 0.7, maxNodes: 1 + rng.int(12), maxOperators: 1 + rng.int(20) },
    });
    const workflow = buildWorkflow(registry, context, seed * 100_003 + i, rng.int(26));
    const feedback = rng.next() < 0.6 ? randomFeedback(workflow, rng) : null;
    return policyInput(registry, { workflow, task, context, turn: rng.int(12), feedback });
  });
}

/**
 * Test support: drives the reducer with `policy` on a task of `type` until an accepted finish or 12 turns, and
 * throws if the policy ever picks an action its mask refuses or the reducer rejects. Returns the final workflow.
 */
export async function playToFinish(
  policy: Policy,
  registry: OperatorRegistry,
  ctx: ActionContext,
  type: Task['type'],
  start: Workflow = emptyWorkflow(),
): Promise<{ workflow: Workflow; turns: number; finished: boolean }> {
  let workflow = start;
  const task = policyTask(type);
  for (let turn = 0; turn < 12; turn++) {
    const input = policyInput(registry, { workflow, task, context: ctx, turn });
    const { action } = await policy.decide(input, createRng(turn));
    if (!isAllowedByMask(input.mask, action)) throw new Error(`illegal action ${JSON.stringify(action)}`);
    const result = applyAction(workflow, action, ctx, registry);
    if (!result.outcome.ok) throw new Error(`refused action ${JSON.stringify(action)}`);
    if (result.finished) return { workflow, turns: turn + 1, finished: true };
    workflow = result.workflow;
  }
  return { workflow, turns: 12, finished: false };
}

import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import type { CanvasAction } from '../actions/types.ts';
import type { OperatorDescriptor } from '../operators/types.ts';
import type { TaskType } from '../tasks/types.ts';
import { createHeuristicPolicy } from './createHeuristicPolicy.ts';
import type { Policy, PolicyInput } from './types.ts';

/** The compact answer per task type: the type's strongest single solver, its tests on code, then Format. */
const QUICK_RECIPES: Record<TaskType, readonly string[]> = {
  math: ['Programmer', 'Format'],
  qa: ['AnswerGenerate', 'Format'],
  mc: ['AnswerGenerate', 'Format'],
  code: ['Programmer', 'Test', 'Format'],
};

/** The next operator of the recipe that the workflow lacks (by name, else by the same role), or null when done. */
function nextQuickAction(input: PolicyInput): CanvasAction | null {
  const { workflow } = input.observation;
  const present = new Set(workflow.nodes.flatMap((n) => (n.kind === 'operator' ? [n.operator] : [])));
  const describe = (op: string): OperatorDescriptor | undefined => input.registry.get(op)?.descriptor;
  for (const name of QUICK_RECIPES[input.context.taskType]) {
    const wanted = describe(name);
    if (!wanted) continue;
    const sameRole = [...present].some((op) => {
      const d = describe(op);
      return d !== undefined && d.category === wanted.category && d.isChecker === wanted.isChecker;
    });
    if (present.has(name) || sameRole) continue;
    return { type: 'addOperator', operator: name };
  }
  return null;
}

/**
 * A director that answers quickly, as an untuned LLM director tends to: the task type's strongest single solver
 * (Programmer on math and code, AnswerGenerate on reading), Test on code, Format, then finish. Every workflow it
 * finishes is a shortcut (fewer than 5 operators, no structure). Where the finish rule refuses that finish, or the
 * mask refuses an edit, it continues as the heuristic would, so it is always legal.
 */
export function createQuickAnswerPolicy(options: { name?: string } = {}): Policy {
  const fallback = createHeuristicPolicy();
  const choose = (input: PolicyInput): CanvasAction | null => {
    const next = nextQuickAction(input);
    if (next) return isAllowedByMask(input.mask, next) ? next : null;
    return input.mask.type.finish ? { type: 'finish' } : null;
  };
  return {
    name: options.name ?? 'quick-answer',
    async decide(input, rng) {
      const action = choose(input);
      return action ? { action } : fallback.decide(input, rng);
    },
    async topActions(input, k) {
      const action = k > 0 ? choose(input) : null;
      return action ? [{ action, probability: 1 }] : (fallback.topActions?.(input, k) ?? []);
    },
  };
}

import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorDescriptor } from '../operators/types.ts';
import type { Workflow } from '../graph/types.ts';
import { countOperators, hasStructure, operatorNodes } from '../graph/workflowQueries.ts';
import type { ActionContext, ActionOutcome } from './types.ts';

/** Operators a workflow needs before it may finish (SPEC §1). */
export const MIN_FINISH_OPERATORS = 5;

const typesWith = (registry: OperatorRegistry, flag: keyof OperatorDescriptor): string =>
  registry
    .list()
    .filter((d) => d.descriptor[flag] === true)
    .map((d) => d.type)
    .join(', ');

/**
 * Every condition of the finish rule the workflow does not meet yet, as advice (empty when it may finish).
 * Roles come from descriptors, so operators unknown to the registry count for nothing. Ignores `rules.finishRule`.
 */
export function unmetFinishConditions(w: Workflow, ctx: ActionContext, registry: OperatorRegistry): string[] {
  const descriptors = operatorNodes(w).flatMap((n) => registry.get(n.operator)?.descriptor ?? []);
  const any = (flag: keyof OperatorDescriptor) => descriptors.some((d) => d[flag] === true);
  const unmet: string[] = [];
  const count = countOperators(w);
  if (count < MIN_FINISH_OPERATORS) {
    unmet.push(
      `the workflow has ${count} operator${count === 1 ? '' : 's'}; it needs at least ${MIN_FINISH_OPERATORS}`,
    );
  }
  if (!hasStructure(w)) unmet.push('it has no structure: add a parallel, conditional or loop node');
  if (!any('isSolver')) unmet.push(`it has no solver: add one of ${typesWith(registry, 'isSolver')}`);
  if (!any('isChecker')) unmet.push(`it has no checker: add one of ${typesWith(registry, 'isChecker')}`);
  if (ctx.hasTests && !any('runsTests')) {
    unmet.push(`the task has tests but nothing runs them: add ${typesWith(registry, 'runsTests')}`);
  }
  if (ctx.lastAnswerLong === true && !any('isFormatter')) {
    unmet.push(`the last answer was long and nothing formats it: add ${typesWith(registry, 'isFormatter')}`);
  }
  return unmet;
}

/** Whether `finish` is accepted now: always with the finish rule off, else only when no condition is unmet. */
export function checkFinishRule(w: Workflow, ctx: ActionContext, registry: OperatorRegistry): ActionOutcome {
  if (!ctx.rules.finishRule) return { ok: true };
  const unmet = unmetFinishConditions(w, ctx, registry);
  if (unmet.length === 0) return { ok: true };
  return { ok: false, code: 'E_FINISH_REFUSED', message: `Cannot finish yet: ${unmet.join('; ')}.` };
}

import type { ErrorCode } from '../errors.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import {
  LOOP_ARITY,
  PARALLEL_ARITY,
  isLoopCount,
  promptProblem,
  slotProblem,
  type NodeSlot,
} from '../graph/structureRules.ts';
import type { PromptRef, Workflow } from '../graph/types.ts';
import { countOperators, findNode } from '../graph/workflowQueries.ts';
import { assertNever } from '../util/assertNever.ts';
import { checkFinishRule } from './checkFinishRule.ts';
import { ACTION_TYPES } from './types.ts';
import type { ActionContext, ActionOutcome, CanvasAction } from './types.ts';

const OK: ActionOutcome = { ok: true };
const refuse = (code: ErrorCode, message: string): ActionOutcome => ({ ok: false, code, message });

/** Checks that every named operator is registered and fits the slot it would fill. */
function checkOperators(
  registry: OperatorRegistry,
  placed: ReadonlyArray<readonly [NodeSlot, unknown]>,
): ActionOutcome {
  for (const [slot, name] of placed) {
    const def = typeof name === 'string' ? registry.get(name) : undefined;
    if (!def) {
      const lookup = registry.lookup(String(name));
      return refuse('E_UNKNOWN_OPERATOR', lookup.ok ? `Unknown operator "${String(name)}".` : lookup.message);
    }
    const problem = slotProblem(slot, def);
    if (problem) return refuse(problem.code, problem.message);
  }
  return OK;
}

/** Checks the operators an add action places, then its position, then the size limits. */
function checkAdd(
  w: Workflow,
  ctx: ActionContext,
  registry: OperatorRegistry,
  placed: ReadonlyArray<readonly [NodeSlot, unknown]>,
  position: unknown,
): ActionOutcome {
  const operators = checkOperators(registry, placed);
  if (!operators.ok) return operators;
  const n = w.nodes.length;
  if (
    position !== undefined &&
    !(typeof position === 'number' && Number.isInteger(position) && position >= 0 && position <= n)
  ) {
    return refuse(
      'E_BAD_POSITION',
      `Position ${String(position)} is outside the workflow: use 0 to ${n}, or omit it to append.`,
    );
  }
  if (n + 1 > ctx.rules.maxNodes) {
    return refuse(
      'E_CANVAS_FULL',
      `The workflow already has ${n} top-level nodes (the limit is ${ctx.rules.maxNodes}); delete one first.`,
    );
  }
  const total = countOperators(w) + placed.length;
  if (total > ctx.rules.maxOperators) {
    return refuse(
      'E_CANVAS_FULL',
      `This would make ${total} operators (the limit is ${ctx.rules.maxOperators}); delete a node or add fewer operators.`,
    );
  }
  return OK;
}

const isPromptRef = (p: unknown): p is PromptRef =>
  typeof p === 'object' &&
  p !== null &&
  (((p as PromptRef).kind === 'template' && typeof (p as { id?: unknown }).id === 'string') ||
    ((p as PromptRef).kind === 'text' && typeof (p as { text?: unknown }).text === 'string'));

function checkArity(operators: unknown, min: number, max: number, what: string): ActionOutcome {
  if (!Array.isArray(operators) || operators.length < min || operators.length > max) {
    const got = Array.isArray(operators) ? operators.length : 'no';
    return refuse('E_BAD_ARITY', `${what} needs ${min} or ${max} operators, got ${got}.`);
  }
  return OK;
}

/**
 * The one rule set of SPEC §1: whether an action is legal on this workflow, with a stable code and advice when it
 * is not. Defensive about malformed actions (they may come from JSON or an LLM), so it never throws.
 */
export function validateAction(
  w: Workflow,
  action: CanvasAction,
  ctx: ActionContext,
  registry: OperatorRegistry,
): ActionOutcome {
  const type: unknown = (action as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) {
    return refuse(
      'E_ILLEGAL_ACTION',
      `Unknown action type ${JSON.stringify(type) ?? 'undefined'}; use one of ${ACTION_TYPES.join(', ')}.`,
    );
  }
  switch (action.type) {
    case 'addOperator': {
      if (action.prompt !== undefined && !isPromptRef(action.prompt)) {
        return refuse('E_ILLEGAL_ACTION', 'The prompt must be a template reference or free text.');
      }
      const added = checkAdd(w, ctx, registry, [['top', action.operator]], action.position);
      if (!added.ok || action.prompt === undefined) return added;
      const problem = promptProblem(registry.get(action.operator), action.prompt);
      return problem ? refuse(problem.code, problem.message) : OK;
    }
    case 'addParallel': {
      const arity = checkArity(action.operators, PARALLEL_ARITY.min, PARALLEL_ARITY.max, 'A parallel node');
      if (!arity.ok) return arity;
      return checkAdd(
        w,
        ctx,
        registry,
        action.operators.map((op) => ['branch', op] as const),
        action.position,
      );
    }
    case 'addConditional': {
      const placed: Array<readonly [NodeSlot, unknown]> = [
        ['checker', action.checker],
        ['fix', action.fix],
      ];
      if (action.otherwise !== null) placed.push(['otherwise', action.otherwise]);
      return checkAdd(w, ctx, registry, placed, action.position);
    }
    case 'addLoop': {
      const arity = checkArity(action.operators, LOOP_ARITY.min, LOOP_ARITY.max, 'A loop');
      if (!arity.ok) return arity;
      if (typeof action.count !== 'number' || !isLoopCount(action.count)) {
        return refuse(
          'E_BAD_COUNT',
          `A loop count must be an integer from 1 to 5, not ${String(action.count)}.`,
        );
      }
      return checkAdd(
        w,
        ctx,
        registry,
        action.operators.map((op) => ['body', op] as const),
        action.position,
      );
    }
    case 'deleteNode': {
      if (w.nodes.some((n) => n.id === action.target)) return OK;
      const found = typeof action.target === 'string' ? findNode(w, action.target) : undefined;
      if (found) {
        const parent = w.nodes[found.topIndex]?.id ?? 'that holds it';
        return refuse(
          'E_NOT_TOP_LEVEL',
          `${action.target} is inside a structure; delete the structure ${parent} or modify the operator.`,
        );
      }
      return refuse('E_UNKNOWN_NODE', `No node has the id ${String(action.target)}.`);
    }
    case 'modifyOperator':
    case 'setPrompt': {
      const found = typeof action.target === 'string' ? findNode(w, action.target) : undefined;
      if (!found) return refuse('E_UNKNOWN_NODE', `No node has the id ${String(action.target)}.`);
      if (found.node.kind !== 'operator') {
        return refuse(
          'E_NOT_AN_OPERATOR',
          `${action.target} is a ${found.node.kind} node; target one of its operators.`,
        );
      }
      if (action.type === 'setPrompt') {
        if (!isPromptRef(action.prompt))
          return refuse('E_ILLEGAL_ACTION', 'The prompt must be a template reference or free text.');
        const problem = promptProblem(registry.get(found.node.operator), action.prompt);
        return problem ? refuse(problem.code, problem.message) : OK;
      }
      return checkOperators(registry, [[found.slot, action.operator]]);
    }
    case 'finish':
      return checkFinishRule(w, ctx, registry);
    default:
      return assertNever(action, 'action');
  }
}

import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { MIN_PROMPT_TEXT, slotAccepts } from '../graph/structureRules.ts';
import type { NodeSlot } from '../graph/structureRules.ts';
import type { NodeId, Workflow } from '../graph/types.ts';
import { countOperators, placedOperators } from '../graph/workflowQueries.ts';
import { checkFinishRule } from './checkFinishRule.ts';
import type { ActionContext, ActionType } from './types.ts';

/** Arities of a parallel node, in the order of `ActionMask.addParallel.arity`. */
export const PARALLEL_ARITIES: readonly number[] = [2, 3];
/** Arities of a loop, in the order of `ActionMask.addLoop.arity`. */
export const LOOP_ARITIES: readonly number[] = [1, 2];
/** Loop counts, in the order of `ActionMask.addLoop.count`. */
export const LOOP_COUNTS: readonly number[] = [1, 2, 3, 4, 5];

/**
 * A factored legal-action mask for a policy that samples the action type, then each argument from its own head.
 * Every `boolean[]` over operators is indexed like `operators`. Legality factorises given the type and the arity
 * (a parallel's branches, a loop's operators, a conditional's `done` versus an operator), so any combination of
 * allowed head values is a legal action, and a type is allowed only when each of its heads has a legal value.
 */
export interface ActionMask {
  /** The operator vocabulary in registry order. */
  operators: readonly string[];
  type: Record<ActionType, boolean>;
  /** Add actions may insert at any top-level index 0..maxPosition; omitting the position appends. */
  maxPosition: number;
  /** Template ids per operator (the prompt head of addOperator); free text of `minTextLength`+ is also legal. */
  addOperator: { operator: boolean[]; templates: string[][] };
  addParallel: { arity: boolean[]; branch: boolean[] };
  /** `done` allows `otherwise: null`; `otherwise` may be narrower than `fix` when the canvas is nearly full. */
  addConditional: { checker: boolean[]; fix: boolean[]; otherwise: boolean[]; done: boolean };
  addLoop: { arity: boolean[]; operator: boolean[]; count: boolean[] };
  /** Top-level node ids, in order. */
  deleteNode: { targets: NodeId[] };
  /** Operator nodes (children included, document order) with the operators each may become. */
  modifyOperator: { targets: { id: NodeId; operator: boolean[] }[] };
  /** Operator nodes with their operator's template ids. */
  setPrompt: { targets: { id: NodeId; templates: string[] }[]; minTextLength: number };
}

/** Computes the legal-action mask from the same rules as `validateAction` (tested to agree with `applyAction`). */
export function legalActionMask(w: Workflow, ctx: ActionContext, registry: OperatorRegistry): ActionMask {
  const defs = registry.list();
  const n = w.nodes.length;
  const count = countOperators(w);
  const room = (k: number): boolean => n + 1 <= ctx.rules.maxNodes && count + k <= ctx.rules.maxOperators;
  const bySlot = new Map<NodeSlot, boolean[]>();
  const accepts = (slot: NodeSlot): boolean[] => {
    const cached = bySlot.get(slot) ?? defs.map((d) => slotAccepts(slot, d));
    bySlot.set(slot, cached);
    return [...cached];
  };
  const when = (flags: boolean[], on: boolean): boolean[] => flags.map((f) => f && on);

  const canAdd = defs.length > 0 && room(1);
  const branch = accepts('branch');
  const parallelArity = PARALLEL_ARITIES.map((k) => room(k) && branch.some(Boolean));
  const canParallel = parallelArity.some(Boolean);
  const checker = accepts('checker');
  const canConditional = room(2) && checker.some(Boolean);
  const loopArity = LOOP_ARITIES.map((k) => defs.length > 0 && room(k));
  const canLoop = loopArity.some(Boolean);
  const placed = placedOperators(w);
  const modifyTargets = placed
    .map((p) => ({ id: p.node.id, operator: accepts(p.slot) }))
    .filter((t) => t.operator.some(Boolean));
  const promptTargets = placed.map((p) => ({
    id: p.node.id,
    templates: registry.get(p.node.operator)?.templates.map((t) => t.id) ?? [],
  }));

  const type: Record<ActionType, boolean> = {
    addOperator: canAdd,
    addParallel: canParallel,
    addConditional: canConditional,
    addLoop: canLoop,
    deleteNode: n > 0,
    modifyOperator: modifyTargets.length > 0,
    setPrompt: promptTargets.length > 0,
    finish: checkFinishRule(w, ctx, registry).ok,
  };

  return {
    operators: defs.map((d) => d.type),
    type,
    maxPosition: n,
    addOperator: {
      operator: defs.map(() => canAdd),
      templates: defs.map((d) => d.templates.map((t) => t.id)),
    },
    addParallel: { arity: parallelArity, branch: when(branch, canParallel) },
    addConditional: {
      checker: when(checker, canConditional),
      fix: defs.map(() => canConditional),
      otherwise: defs.map(() => canConditional && room(3)),
      done: canConditional,
    },
    addLoop: { arity: loopArity, operator: defs.map(() => canLoop), count: LOOP_COUNTS.map(() => canLoop) },
    deleteNode: { targets: w.nodes.map((node) => node.id) },
    modifyOperator: { targets: modifyTargets },
    setPrompt: { targets: promptTargets, minTextLength: MIN_PROMPT_TEXT },
  };
}

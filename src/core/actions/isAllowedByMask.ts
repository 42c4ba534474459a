import type { PromptRef } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES } from './legalActionMask.ts';
import type { ActionMask } from './legalActionMask.ts';
import type { CanvasAction } from './types.ts';

const flag = (flags: readonly boolean[], index: number): boolean => index >= 0 && flags[index] === true;

function promptAllowed(prompt: unknown, templates: readonly string[], minTextLength: number): boolean {
  if (typeof prompt !== 'object' || prompt === null) return false;
  const p = prompt as PromptRef;
  if (p.kind === 'template') return typeof p.id === 'string' && templates.includes(p.id);
  if (p.kind === 'text') return typeof p.text === 'string' && p.text.trim().length >= minTextLength;
  return false;
}

/**
 * Whether the mask allows an action: the policy-side mirror of `validateAction`, reading only the mask. It agrees
 * with `applyAction(...).outcome.ok` for every action, malformed ones included (a property test checks it).
 */
export function isAllowedByMask(mask: ActionMask, action: CanvasAction): boolean {
  const type: unknown = (action as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(mask.type, type)) return false;
  if (!mask.type[action.type]) return false;
  const op = (name: unknown): number => (typeof name === 'string' ? mask.operators.indexOf(name) : -1);
  const position = (p: unknown): boolean =>
    p === undefined || (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= mask.maxPosition);
  const list = (ops: unknown): unknown[] => (Array.isArray(ops) ? (ops as unknown[]) : []);

  switch (action.type) {
    case 'addOperator': {
      const i = op(action.operator);
      const prompt =
        action.prompt === undefined ||
        promptAllowed(action.prompt, mask.addOperator.templates[i] ?? [], mask.setPrompt.minTextLength);
      return flag(mask.addOperator.operator, i) && prompt && position(action.position);
    }
    case 'addParallel': {
      const ops = list(action.operators);
      const arity = flag(mask.addParallel.arity, PARALLEL_ARITIES.indexOf(ops.length));
      return arity && ops.every((o) => flag(mask.addParallel.branch, op(o))) && position(action.position);
    }
    case 'addConditional': {
      const m = mask.addConditional;
      const otherwise = action.otherwise === null ? m.done : flag(m.otherwise, op(action.otherwise));
      return (
        flag(m.checker, op(action.checker)) &&
        flag(m.fix, op(action.fix)) &&
        otherwise &&
        position(action.position)
      );
    }
    case 'addLoop': {
      const ops = list(action.operators);
      const m = mask.addLoop;
      const arity = flag(m.arity, LOOP_ARITIES.indexOf(ops.length));
      const count = typeof action.count === 'number' && flag(m.count, LOOP_COUNTS.indexOf(action.count));
      return arity && count && ops.every((o) => flag(m.operator, op(o))) && position(action.position);
    }
    case 'deleteNode':
      return mask.deleteNode.targets.includes(action.target);
    case 'modifyOperator': {
      const target = mask.modifyOperator.targets.find((t) => t.id === action.target);
      return target !== undefined && flag(target.operator, op(action.operator));
    }
    case 'setPrompt': {
      const target = mask.setPrompt.targets.find((t) => t.id === action.target);
      return (
        target !== undefined && promptAllowed(action.prompt, target.templates, mask.setPrompt.minTextLength)
      );
    }
    case 'finish':
      return true;
    default:
      return assertNever(action, 'action');
  }
}

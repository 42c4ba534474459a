import type { Rng } from '../ports/Rng.ts';
import { assertNever } from '../util/assertNever.ts';
import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES } from './legalActionMask.ts';
import type { ActionMask } from './legalActionMask.ts';
import { ACTION_TYPES } from './types.ts';
import type { ActionType, CanvasAction } from './types.ts';

/** Options of {@link sampleLegalAction}. */
export interface SampleOptions {
  /** Action types never drawn (e.g. `finish` while building random workflows). */
  exclude?: readonly ActionType[];
  /** Chance of giving an add action an explicit position rather than appending. Default 0.3. */
  positionRate?: number;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[rng.int(items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const allowedIndices = (flags: readonly boolean[]): number[] => flags.flatMap((f, i) => (f ? [i] : []));

/**
 * Draws a uniformly random legal action the way a masked policy does: the type first, then each argument from its
 * head, every head restricted by the mask. Returns null when no type is allowed. Prompts are templates only.
 */
export function sampleLegalAction(
  mask: ActionMask,
  rng: Rng,
  options: SampleOptions = {},
): CanvasAction | null {
  const types = ACTION_TYPES.filter((t) => mask.type[t] && !options.exclude?.includes(t));
  if (types.length === 0) return null;
  const type = pick(rng, types);
  const opFrom = (flags: readonly boolean[]): string =>
    mask.operators[pick(rng, allowedIndices(flags))] ?? '';
  const withPosition = <A extends CanvasAction>(action: A): A =>
    rng.next() < (options.positionRate ?? 0.3)
      ? { ...action, position: rng.int(mask.maxPosition + 1) }
      : action;
  switch (type) {
    case 'addOperator':
      return withPosition({ type, operator: opFrom(mask.addOperator.operator) });
    case 'addParallel': {
      const arity = PARALLEL_ARITIES[pick(rng, allowedIndices(mask.addParallel.arity))] ?? 0;
      const operators = Array.from({ length: arity }, () => opFrom(mask.addParallel.branch));
      return withPosition({ type, operators });
    }
    case 'addConditional': {
      const m = mask.addConditional;
      const choices = [...(m.done ? [null] : []), ...allowedIndices(m.otherwise)];
      const choice = pick(rng, choices);
      const otherwise = choice === null ? null : (mask.operators[choice] ?? '');
      return withPosition({ type, checker: opFrom(m.checker), fix: opFrom(m.fix), otherwise });
    }
    case 'addLoop': {
      const arity = LOOP_ARITIES[pick(rng, allowedIndices(mask.addLoop.arity))] ?? 0;
      const operators = Array.from({ length: arity }, () => opFrom(mask.addLoop.operator));
      const count = LOOP_COUNTS[pick(rng, allowedIndices(mask.addLoop.count))] ?? 1;
      return withPosition({ type, operators, count });
    }
    case 'deleteNode':
      return { type, target: pick(rng, mask.deleteNode.targets) };
    case 'modifyOperator': {
      const target = pick(rng, mask.modifyOperator.targets);
      return { type, target: target.id, operator: opFrom(target.operator) };
    }
    case 'setPrompt': {
      const target = pick(rng, mask.setPrompt.targets);
      if (target.templates.length === 0)
        return { type, target: target.id, prompt: { kind: 'text', text: 'Answer carefully.' } };
      return { type, target: target.id, prompt: { kind: 'template', id: pick(rng, target.templates) } };
    }
    case 'finish':
      return { type };
    default:
      return assertNever(type, 'action type');
  }
}

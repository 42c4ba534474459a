import type { ErrorCode } from '../errors.ts';
import type { OperatorDefinition } from '../operators/types.ts';
import type { PromptRef } from './types.ts';

/** Children of a parallel node (SPEC §1). */
export const PARALLEL_ARITY = { min: 2, max: 3 } as const;
/** Children of a loop node (SPEC §1). */
export const LOOP_ARITY = { min: 1, max: 2 } as const;
/** Repetitions of a loop (SPEC §1). */
export const LOOP_COUNT = { min: 1, max: 5 } as const;
/** Minimum length of a free-text prompt, after trimming. */
export const MIN_PROMPT_TEXT = 5;

/** Where an operator node sits: at top level or in one of a structure's slots. */
export type NodeSlot = 'top' | 'branch' | 'checker' | 'fix' | 'otherwise' | 'body';

/**
 * Whether an operator may fill a slot; the one place the descriptor rules of OPERATORS.md live, so validation,
 * actions and the mask cannot disagree.
 */
export function slotAccepts(slot: NodeSlot, def: OperatorDefinition): boolean {
  if (slot === 'branch') return !def.descriptor.isEnsemble;
  if (slot === 'checker') return def.descriptor.isChecker;
  return true;
}

/** Whether free text is long enough to be a prompt. */
export const isPromptTextLongEnough = (text: string): boolean => text.trim().length >= MIN_PROMPT_TEXT;

/** Whether a number is a legal loop count. */
export const isLoopCount = (count: number): boolean =>
  Number.isInteger(count) && count >= LOOP_COUNT.min && count <= LOOP_COUNT.max;

/** A refusal with a stable code, shared by validation and the action rules. */
export interface RuleProblem {
  code: ErrorCode;
  message: string;
}

/** Why an operator cannot fill a slot, or null when it can. */
export function slotProblem(slot: NodeSlot, def: OperatorDefinition): RuleProblem | null {
  if (slotAccepts(slot, def)) return null;
  if (slot === 'branch') {
    return {
      code: 'E_ENSEMBLE_IN_PARALLEL',
      message: `${def.type} is an ensemble operator and cannot be a parallel branch; put it after the parallel node.`,
    };
  }
  return {
    code: 'E_NOT_A_CHECKER',
    message: `${def.type} is not a checker; the condition of a conditional must be a checker such as Verify.`,
  };
}

/** Why a prompt does not suit an operator, or null when it does (`def` undefined: operator unknown). */
export function promptProblem(def: OperatorDefinition | undefined, prompt: PromptRef): RuleProblem | null {
  if (prompt.kind === 'text') {
    if (typeof prompt.text === 'string' && isPromptTextLongEnough(prompt.text)) return null;
    return {
      code: 'E_PROMPT_TOO_SHORT',
      message: `A free-text prompt needs at least ${MIN_PROMPT_TEXT} characters (not counting surrounding spaces).`,
    };
  }
  if (def?.templates.some((t) => t.id === prompt.id)) return null;
  const known = def ? def.templates.map((t) => t.id).join(', ') : 'none (unknown operator)';
  return {
    code: 'E_UNKNOWN_TEMPLATE',
    message: `${def?.type ?? 'The operator'} has no prompt template "${prompt.id}". Templates: ${known}.`,
  };
}

/** The prompt a new operator node starts with: its operator's first template. */
export const defaultPromptOf = (def: OperatorDefinition): PromptRef => ({
  kind: 'template',
  id: def.templates[0]?.id ?? '',
});

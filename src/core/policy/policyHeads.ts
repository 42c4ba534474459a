import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES } from '../actions/legalActionMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';

/**
 * The factored action heads, in the row order of a record's `masks` and `choices`. The seven "misc" heads come
 * first (their logits are computed by dense layers), then the ten operator slots (their logits score each
 * operator's descriptor embedding against a slot query, so new operators need no new weights).
 */
export const HEAD = {
  type: 0,
  target: 1,
  parallelArity: 2,
  loopArity: 3,
  loopCount: 4,
  position: 5,
  template: 6,
  opAdd: 7,
  opBranch0: 8,
  opBranch1: 9,
  opBranch2: 10,
  opChecker: 11,
  opFix: 12,
  opOtherwise: 13,
  opLoop0: 14,
  opLoop1: 15,
  opModify: 16,
} as const;

/** The index of one head. */
export type HeadId = (typeof HEAD)[keyof typeof HEAD];

/** Heads of the factored action. */
export const HEAD_COUNT = 17;
/** Heads before the operator slots. */
export const MISC_HEAD_COUNT = 7;
/** Operator heads (slots scored against operator embeddings). */
export const OP_SLOT_COUNT = HEAD_COUNT - MISC_HEAD_COUNT;
/** Operator slot of a head (0-based among the operator heads). */
export const opSlotOf = (head: HeadId): number => head - HEAD.opAdd;

/** Values of the action-type head. */
export const TYPE_WIDTH = ACTION_TYPES.length;
/** Add positions the policy can choose: append, insert first, insert before the last node (documented limit). */
export const POSITION_CHOICES = 3;
/** Templates the prompt head can pick among (an operator's first four). */
export const MAX_TEMPLATES = 4;
/** Widths of the small dense heads, in order: parallel arity, loop arity, loop count, position. */
export const SMALL_WIDTHS: readonly number[] = [
  PARALLEL_ARITIES.length,
  LOOP_ARITIES.length,
  LOOP_COUNTS.length,
  POSITION_CHOICES,
];
/** The small dense heads, in the order of SMALL_WIDTHS. */
export const SMALL_HEADS: readonly HeadId[] = [
  HEAD.parallelArity,
  HEAD.loopArity,
  HEAD.loopCount,
  HEAD.position,
];
/** Columns of the small heads together. */
export const SMALL_TOTAL = SMALL_WIDTHS.reduce((a, b) => a + b, 0);
/** The widest small head (the grid rows must hold it). */
export const SMALL_HEAD_WIDTH = Math.max(...SMALL_WIDTHS, MAX_TEMPLATES);

/** Logits computed by the merged head layer, in column order: type, the small heads, template. */
export const DENSE_LOGITS = TYPE_WIDTH + SMALL_TOTAL + MAX_TEMPLATES;

/**
 * The update scores the seven misc heads in place and packs the operator heads an action used (at most three: a
 * 3-way parallel or a conditional) into three rows, so the loss runs over 10 rows per decision instead of 17.
 */
export const USED_OP_ROWS = 3;
/** Rows per decision in the update's logit grid. */
export const USED_ROWS = MISC_HEAD_COUNT + USED_OP_ROWS;

/** Pointer queries: which action types use the target head, in query order. */
export const POINTER_TYPES = ['deleteNode', 'modifyOperator', 'setPrompt'] as const;

/** Names of the heads for logs and the UI. */
export const HEAD_NAMES: readonly string[] = Object.keys(HEAD);

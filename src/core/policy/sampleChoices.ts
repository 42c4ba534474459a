import { ACTION_TYPES } from '../actions/types.ts';
import type { Rng } from '../ports/Rng.ts';
import type { HeadMasker } from './createHeadMasker.ts';
import { pointerIndex } from './createHeadMasker.ts';
import type { PolicyDims } from './policyConfig.ts';
import {
  DENSE_LOGITS,
  HEAD,
  HEAD_COUNT,
  MAX_TEMPLATES,
  OP_SLOT_COUNT,
  POINTER_TYPES,
  SMALL_HEADS,
  SMALL_TOTAL,
  SMALL_WIDTHS,
  TYPE_WIDTH,
  opSlotOf,
} from './policyHeads.ts';
import type { HeadId } from './policyHeads.ts';
import type { outputLayout } from './policyNetwork.ts';

/** One decision's read-back outputs with what is needed to turn them into per-head logits. */
export interface DecisionView {
  outputs: Float32Array;
  layout: ReturnType<typeof outputLayout>;
  dims: PolicyDims;
  masker: HeadMasker;
}

/**
 * The logits of one head given the earlier choices: the same sums `batchLogits` computes as tensors (dense
 * logits plus conditional terms, and query · key dot products for the pointer and the operator slots).
 */
export function headLogits(view: DecisionView, head: HeadId, choices: Int32Array): number[] {
  const { outputs: o, layout, dims } = view;
  const { config, opWidth } = dims;
  const k = config.pointerKey;
  const e = config.operatorEmbedding;
  const slice = (from: number, width: number): number[] => Array.from(o.subarray(from, from + width));
  const dot = (a: number, b: number, width: number): number => {
    let sum = 0;
    for (let i = 0; i < width; i++) sum += (o[a + i] ?? 0) * (o[b + i] ?? 0);
    return sum;
  };
  const target = choices[HEAD.target] ?? -1;
  const tokenSide = (t: number): number => layout.nodeSide + t * layout.side;
  if (head === HEAD.type) return slice(layout.heads, TYPE_WIDTH);
  const small = SMALL_HEADS.indexOf(head);
  if (small >= 0) {
    const offset = TYPE_WIDTH + SMALL_WIDTHS.slice(0, small).reduce((a, b) => a + b, 0);
    return slice(layout.heads + offset, SMALL_WIDTHS[small] ?? 0);
  }
  if (head === HEAD.template) {
    const logits = slice(layout.heads + TYPE_WIDTH + SMALL_TOTAL, MAX_TEMPLATES);
    const op = choices[HEAD.opAdd] ?? -1;
    return logits.map((value, t) => {
      const byOp = op >= 0 ? (o[layout.opTemplate + op * MAX_TEMPLATES + t] ?? 0) : 0;
      const byTarget = target >= 0 ? (o[tokenSide(target) + k + e + t] ?? 0) : 0;
      return value + byOp + byTarget;
    });
  }
  if (head === HEAD.target) {
    const q = Math.max(0, pointerIndex(ACTION_TYPES[choices[HEAD.type] ?? -1]));
    const query = layout.heads + DENSE_LOGITS + q * k;
    return Array.from({ length: config.maxTokens }, (_, t) => dot(query, tokenSide(t), k));
  }
  const slot = opSlotOf(head);
  if (slot < 0 || slot >= OP_SLOT_COUNT) throw new Error(`unknown head ${head}`);
  const query = slice(layout.heads + DENSE_LOGITS + POINTER_TYPES.length * k + slot * e, e);
  if (head === HEAD.opModify && target >= 0) {
    for (let i = 0; i < e; i++) query[i] = (query[i] ?? 0) + (o[tokenSide(target) + k + i] ?? 0);
  }
  return Array.from({ length: opWidth }, (_, j) => {
    let sum = 0;
    for (let i = 0; i < e; i++) sum += (query[i] ?? 0) * (o[layout.opEmbedding + j * e + i] ?? 0);
    return sum;
  });
}

/** Log-probabilities of a head's values with illegal values at -Infinity (computed in float64). */
export function maskedLogSoftmax(logits: readonly number[], legal: readonly boolean[]): number[] {
  let max = -Infinity;
  legal.forEach((ok, i) => {
    if (ok) max = Math.max(max, logits[i] ?? 0);
  });
  let sum = 0;
  legal.forEach((ok, i) => {
    if (ok) sum += Math.exp((logits[i] ?? 0) - max);
  });
  const lse = max + Math.log(sum);
  return legal.map((ok, i) => (ok ? (logits[i] ?? 0) - lse : -Infinity));
}

/** A sampled or enumerated set of head choices with its masks and summed log-probability. */
export interface ChoiceSet {
  choices: Int32Array;
  /** Legal values of each used head, one row of `rowWidth` per head (zeros for unused heads). */
  masks: Float32Array;
  logProb: number;
}

/**
 * Samples every head the action needs, in order, with the seeded Rng; null when no action type is legal. With
 * `greedy`, each head takes its most likely legal value given the earlier heads (the analogue of temperature-0
 * decoding): the joint mode would favour actions with few heads, since every head multiplies in a probability.
 */
export function sampleChoices(view: DecisionView, rng: Rng, greedy = false): ChoiceSet | null {
  const { masker, dims } = view;
  if (!masker.types.some(Boolean)) return null;
  const choices = new Int32Array(HEAD_COUNT).fill(-1);
  const masks = new Float32Array(dims.maskSize);
  let logProb = 0;
  for (let head = masker.nextHead(choices); head !== null; head = masker.nextHead(choices)) {
    const legal = masker.mask(head, choices);
    const logp = maskedLogSoftmax(headLogits(view, head, choices), legal);
    let pick = -1;
    if (greedy) {
      for (let i = 0; i < logp.length; i++) {
        if (legal[i] && (pick < 0 || (logp[i] ?? -Infinity) > (logp[pick] ?? -Infinity))) pick = i;
      }
    } else {
      const u = rng.next();
      let acc = 0;
      for (let i = 0; i < logp.length; i++) {
        if (!legal[i]) continue;
        pick = i;
        acc += Math.exp(logp[i] ?? -Infinity);
        if (u < acc) break;
      }
    }
    if (pick < 0) throw new Error(`head ${head} has no legal value`);
    choices[head] = pick;
    logProb += logp[pick] ?? 0;
    legal.forEach((ok, i) => {
      if (ok) masks[head * dims.rowWidth + i] = 1;
    });
  }
  return { choices, masks, logProb };
}

/**
 * The k most likely complete choice sets by beam search over the heads (exact when the beam never overflows:
 * partial sets only lose probability, so those below the k-th complete one are pruned).
 */
export function beamChoices(view: DecisionView, k: number, width = Math.max(16, 4 * k)): ChoiceSet[] {
  const { masker } = view;
  if (!masker.types.some(Boolean) || k <= 0) return [];
  let open: { choices: Int32Array; logProb: number }[] = [
    { choices: new Int32Array(HEAD_COUNT).fill(-1), logProb: 0 },
  ];
  const done: { choices: Int32Array; logProb: number }[] = [];
  while (open.length > 0) {
    const next: typeof open = [];
    for (const partial of open) {
      const head = masker.nextHead(partial.choices);
      if (head === null) {
        done.push(partial);
        continue;
      }
      const legal = masker.mask(head, partial.choices);
      const logp = maskedLogSoftmax(headLogits(view, head, partial.choices), legal);
      legal.forEach((ok, i) => {
        if (!ok) return;
        const choices = partial.choices.slice();
        choices[head] = i;
        next.push({ choices, logProb: partial.logProb + (logp[i] ?? -Infinity) });
      });
    }
    done.sort((a, b) => b.logProb - a.logProb);
    const floor = done.length >= k ? (done[k - 1]?.logProb ?? -Infinity) : -Infinity;
    open = next
      .filter((p) => p.logProb > floor)
      .sort((a, b) => b.logProb - a.logProb)
      .slice(0, width);
  }
  done.sort((a, b) => b.logProb - a.logProb);
  return done.slice(0, k).map((d) => ({ ...d, masks: new Float32Array(0) }));
}

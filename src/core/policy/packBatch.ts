import { ACTION_TYPES } from '../actions/types.ts';
import { pointerIndex } from './createHeadMasker.ts';
import type { PolicyDims } from './policyConfig.ts';
import {
  HEAD,
  HEAD_COUNT,
  MISC_HEAD_COUNT,
  OP_SLOT_COUNT,
  POINTER_TYPES,
  USED_OP_ROWS,
  USED_ROWS,
} from './policyHeads.ts';
import type { EpisodeBatchItem } from './types.ts';

/** Logit offset of an illegal value: large enough to vanish after softmax, finite so no NaN can appear. */
export const ILLEGAL_LOGIT = -1e9;

/**
 * A batch of decisions flattened into the arrays the update uploads once and reuses for every epoch. Rows:
 * the seven misc heads in place, then up to three used operator heads.
 */
export interface PackedBatch {
  count: number;
  /** Every decision's global features, tokens and token-valid flags (as `splitFeatures` gives them). */
  globals: Float32Array;
  tokens: Float32Array;
  valid: Float32Array;
  /** Distinct operator-descriptor blocks of the batch (usually one registry): [U · opWidth, operatorSize]. */
  opTable: Float32Array;
  blocks: number;
  /** 0 for legal values, ILLEGAL_LOGIT for illegal ones: [B, USED_ROWS, rowWidth]. */
  maskBias: Float32Array;
  /** One-hot of each used head's choice: [B, USED_ROWS, rowWidth] (zero rows for unused heads). */
  chosen: Float32Array;
  /** 1 on the rows that hold a used head: [B, USED_ROWS]. */
  used: Float32Array;
  /** Which operator slot each operator row holds: [B, USED_OP_ROWS, OP_SLOT_COUNT]. */
  opRows: Float32Array;
  /** 1 on the operator row holding the modifyOperator slot: [B, USED_OP_ROWS]. */
  modifyRow: Float32Array;
  /** Which of the 3 pointer queries the target head used: [B, 3]. */
  pointerType: Float32Array;
  target: Float32Array;
  /** The added operator, as a column of the operator table: [B, U · opWidth]. */
  addOperator: Float32Array;
  /** Which operator block each decision scores against: [B, U]. */
  block: Float32Array;
  advantage: Float32Array;
  /** 1 / (episodes · decisions of the episode): per-episode means, then the mean over episodes. */
  weight: Float32Array;
  oldLogProb: Float32Array;
}

/**
 * True when every value is finite: x·0 is ±0 for finite x and NaN otherwise. Four sums break the add chain
 * (2.5× faster over a batch's 300k features).
 */
function finite(values: Float32Array): boolean {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const end = values.length - (values.length % 4);
  let i = 0;
  for (; i < end; i += 4) {
    a += (values[i] as number) * 0;
    b += (values[i + 1] as number) * 0;
    c += (values[i + 2] as number) * 0;
    d += (values[i + 3] as number) * 0;
  }
  for (; i < values.length; i++) a += (values[i] as number) * 0;
  return a + b + c + d === 0;
}

function sameBlock(a: Float32Array, b: Float32Array): boolean {
  const n = a.length;
  if (b.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Index of `block` among the distinct blocks seen so far, or −1 (a plain loop; findIndex was measurably slower). */
function findBlock(unique: readonly Float32Array[], block: Float32Array): number {
  for (let u = 0; u < unique.length; u++) if (sameBlock(unique[u] as Float32Array, block)) return u;
  return -1;
}

/** Copies one decision's global features, tokens and valid flags (a token's first feature) into the batch. */
function splitInto(out: PackedBatch, features: Float32Array, b: number, dims: PolicyDims): void {
  const { globalSize: g, tokenSize: t } = dims;
  const n = dims.config.maxTokens;
  out.globals.set(features.subarray(0, g), b * g);
  out.tokens.set(features.subarray(g, g + n * t), b * n * t);
  for (let i = 0; i < n; i++) out.valid[b * n + i] = features[g + i * t] as number;
}

/**
 * Flattens episodes into tensors-to-be, or says why the batch cannot be used: non-finite advantages, log
 * probabilities or features (the NaN guard refuses them before any compute), or a recorded choice the mask
 * did not allow. Records of another layout are a programming error and throw.
 */
export function packBatch(
  batch: readonly EpisodeBatchItem[],
  dims: PolicyDims,
): PackedBatch | { error: string } {
  const episodes = batch.filter((e) => e.decisions.length > 0);
  const decisions = episodes.flatMap((e) => e.decisions);
  const count = decisions.length;
  if (count === 0) return { error: 'the batch has no decisions' };
  for (const d of decisions) {
    if (
      d.features.length !== dims.featureSize ||
      d.masks.length !== dims.maskSize ||
      d.choices.length !== HEAD_COUNT
    ) {
      throw new Error('a decision record does not match this policy’s encoding (another config?)');
    }
  }
  const bad = episodes.find((e) => !Number.isFinite(e.advantage));
  if (bad) return { error: `non-finite advantage ${bad.advantage}` };
  const w = dims.rowWidth;
  const n = dims.config.maxTokens;
  const v = dims.opWidth;
  // Distinct operator-descriptor blocks (usually one registry), which one each decision uses, and its added operator.
  const blockStart = dims.featureSize - dims.opWidth * dims.operatorSize;
  const blocks: Float32Array[] = [];
  const blockOf = new Int32Array(count);
  const added = new Int32Array(count);
  const rows = USED_ROWS * w;
  const out: PackedBatch = {
    count,
    globals: new Float32Array(count * dims.globalSize),
    tokens: new Float32Array(count * n * dims.tokenSize),
    valid: new Float32Array(count * n),
    // The operator-block arrays are sized by the distinct blocks, known after the loop (withOperatorBlocks).
    opTable: new Float32Array(0),
    blocks: 0,
    maskBias: new Float32Array(count * rows),
    chosen: new Float32Array(count * rows),
    used: new Float32Array(count * USED_ROWS),
    opRows: new Float32Array(count * USED_OP_ROWS * OP_SLOT_COUNT),
    modifyRow: new Float32Array(count * USED_OP_ROWS),
    pointerType: new Float32Array(count * POINTER_TYPES.length),
    target: new Float32Array(count * n),
    addOperator: new Float32Array(0),
    block: new Float32Array(0),
    advantage: new Float32Array(count),
    weight: new Float32Array(count),
    oldLogProb: new Float32Array(count),
  };
  let b = 0;
  for (const episode of episodes) {
    for (const d of episode.decisions) {
      if (!Number.isFinite(d.logProb)) return { error: `non-finite old log-probability ${d.logProb}` };
      // One visit per record while its features are in cache: NaN guard, operator block, copies. A block equal to
      // one already seen is finite (NaN never compares equal), so only a new block needs the check.
      const { features } = d;
      const block = features.subarray(blockStart);
      let index = findBlock(blocks, block);
      if (index < 0 && finite(block)) index = blocks.push(block) - 1;
      if (index < 0 || !finite(features.subarray(0, blockStart)))
        return { error: 'non-finite observation features' };
      blockOf[b] = index;
      splitInto(out, features, b, dims);
      let op = 0;
      for (let h = 0; h < HEAD_COUNT; h++) {
        const c = d.choices[h] ?? -1;
        if (c < 0) continue;
        if (c >= w || d.masks[h * w + c] !== 1) return { error: `head ${h} recorded an illegal choice ${c}` };
        let row = h;
        if (h >= MISC_HEAD_COUNT) {
          if (op >= USED_OP_ROWS) throw new Error('a decision used more than three operator heads');
          out.opRows[(b * USED_OP_ROWS + op) * OP_SLOT_COUNT + (h - MISC_HEAD_COUNT)] = 1;
          if (h === HEAD.opModify) out.modifyRow[b * USED_OP_ROWS + op] = 1;
          row = MISC_HEAD_COUNT + op++;
        }
        const base = b * rows + row * w;
        for (let i = 0; i < w; i++) out.maskBias[base + i] = d.masks[h * w + i] === 1 ? 0 : ILLEGAL_LOGIT;
        out.chosen[base + c] = 1;
        out.used[b * USED_ROWS + row] = 1;
      }
      const q = pointerIndex(ACTION_TYPES[d.choices[HEAD.type] ?? -1]);
      if (q >= 0) out.pointerType[b * POINTER_TYPES.length + q] = 1;
      const target = d.choices[HEAD.target] ?? -1;
      if (target >= 0 && target < n) out.target[b * n + target] = 1;
      added[b] = d.choices[HEAD.opAdd] ?? -1;
      out.advantage[b] = episode.advantage;
      out.weight[b] = 1 / (episodes.length * episode.decisions.length);
      out.oldLogProb[b] = d.logProb;
      b++;
    }
  }
  return withOperatorBlocks(out, blocks, blockOf, added, v);
}

/** Fills in the operator-block arrays, sized once the batch's distinct blocks are known. */
function withOperatorBlocks(
  out: PackedBatch,
  unique: readonly Float32Array[],
  blockOf: Int32Array,
  added: Int32Array,
  v: number,
): PackedBatch {
  const blocks = unique.length;
  const size = unique[0]?.length ?? 0;
  const opTable = new Float32Array(blocks * size);
  unique.forEach((u, i) => opTable.set(u, i * size));
  const block = new Float32Array(out.count * blocks);
  const addOperator = new Float32Array(out.count * blocks * v);
  for (let b = 0; b < out.count; b++) {
    const index = blockOf[b] ?? 0;
    block[b * blocks + index] = 1;
    const a = added[b] ?? -1;
    if (a >= 0 && a < v) addOperator[(b * blocks + index) * v + a] = 1;
  }
  return { ...out, opTable, blocks, block, addOperator };
}

import * as tf from '@tensorflow/tfjs';
import { adamStep } from './flatAdam.ts';
import { packBatch } from './packBatch.ts';
import type { PackedBatch } from './packBatch.ts';
import { OP_SLOT_COUNT, POINTER_TYPES, USED_OP_ROWS, USED_ROWS } from './policyHeads.ts';
import { chosenLogProb, chosenLogProbFast, lossGradient } from './policyLoss.ts';
import type { BatchTensors } from './policyLoss.ts';
import { batchLogits, unpackParamsNoGrad } from './policyNetwork.ts';
import { trainBackward } from './trainBackward.ts';
import { trainForward } from './trainForward.ts';
import { transposeRows } from './trainOps.ts';
import type { TrainInputs } from './trainForward.ts';
import { stateTensors } from './stateTensors.ts';
import type { BatchInputs } from './policyNetwork.ts';
import type { TfPolicyState } from './tfPolicyState.ts';
import type { DecisionRecord, EpisodeBatchItem, UpdateOptions, UpdateStats } from './types.ts';

const skipped = (reason: string): UpdateStats => ({
  loss: Number.NaN,
  kl: Number.NaN,
  entropy: Number.NaN,
  gradNorm: Number.NaN,
  skipped: true,
  reason,
});

function upload(p: PackedBatch, state: TfPolicyState): BatchTensors & BatchInputs {
  const { dims } = state;
  const { rowWidth, opWidth, operatorSize } = dims;
  const b = p.count;
  const inputs = stateTensors(p, dims, b);
  const opTable = tf.tensor2d(p.opTable, [p.blocks * opWidth, operatorSize]);
  const target = tf.tensor3d(p.target, [b, dims.config.maxTokens, 1]);
  const opRows = tf.tensor3d(p.opRows, [b, USED_OP_ROWS, OP_SLOT_COUNT]);
  return {
    ...inputs,
    opTable,
    opTableT: opTable.transpose(),
    block: tf.tensor4d(p.block, [b, 1, p.blocks, 1]),
    blocks: p.blocks,
    maskBias: tf.tensor3d(p.maskBias, [b, USED_ROWS, rowWidth]),
    chosen: tf.tensor3d(p.chosen, [b, USED_ROWS, rowWidth]),
    used: tf.tensor2d(p.used, [b, USED_ROWS]),
    opRows,
    opRowsT: opRows.transpose([0, 2, 1]),
    modifyRow: tf.tensor3d(p.modifyRow, [b, USED_OP_ROWS, 1]),
    advantage: tf.tensor1d(p.advantage),
    weight: tf.tensor1d(p.weight),
    oldLogProb: tf.tensor1d(p.oldLogProb),
    pointerType: tf.tensor3d(p.pointerType, [b, POINTER_TYPES.length, 1]),
    target,
    addOperator: tf.tensor2d(p.addOperator, [b, p.blocks * opWidth]),
  };
}

const ones = (n: number): tf.Tensor2D => tf.ones([1, n]);

/** The batch plus the constants of the hand-written training pass (the caller disposes every tensor). */
export function uploadTrain(p: PackedBatch, state: TfPolicyState): TrainInputs & BatchTensors {
  const { dims } = state;
  const b = p.count;
  const n = dims.config.maxTokens;
  const k = dims.config.pointerKey;
  const types = POINTER_TYPES.length;
  const base = upload(p, state);
  const valid = p.valid;
  const invCount = new Float32Array(b);
  for (let i = 0; i < b; i++) {
    let count = 0;
    for (let j = 0; j < n; j++) count += valid[i * n + j] ?? 0;
    invCount[i] = 1 / Math.max(1, count);
  }
  const mask = new Float32Array(b * types * k);
  for (let i = 0; i < b; i++)
    for (let q = 0; q < types; q++)
      if (p.pointerType[i * types + q] === 1) mask.fill(1, (i * types + q) * k, (i * types + q + 1) * k);
  const fold = new Float32Array(types * k * k);
  for (let q = 0; q < types; q++) for (let j = 0; j < k; j++) fold[(q * k + j) * k + j] = 1;
  const pointerFold = tf.tensor2d(fold, [types * k, k]);
  return {
    ...base,
    // Transposed on the device: 4× faster than the blocked JS transpose plus its upload.
    tokensT: tf.tidy(() => transposeRows(base.tokens)),
    invCount: tf.tensor2d(invCount, [b, 1]),
    onesB: ones(b),
    onesTokens: ones(b * n),
    onesOps: ones(p.blocks * dims.opWidth),
    addOperatorT: base.addOperator.transpose(),
    pointerMask: tf.tensor2d(mask, [b, types * k]),
    pointerFold,
    pointerFoldT: pointerFold.transpose(),
  };
}

/** log π(a|s) of recorded decisions under the current weights (one batched pass, no gradient). */
export function recordLogProbs(state: TfPolicyState, records: readonly DecisionRecord[]): Float32Array {
  if (records.length === 0) return new Float32Array(0);
  const packed = packBatch([{ decisions: [...records], advantage: 0 }], state.dims);
  if ('error' in packed) throw new Error(`cannot score these records: ${packed.error}`);
  const t = upload(packed, state);
  try {
    const logp = tf.tidy(() => chosenLogProb(batchLogits(state.views(), state.dims, state.consts, t), t));
    const values = logp.dataSync() as Float32Array;
    logp.dispose();
    return values.slice();
  } finally {
    for (const x of Object.values(t)) if (x instanceof tf.Tensor) x.dispose();
  }
}

function badOptions(o: UpdateOptions): string | null {
  const values = [o.clipEpsilon, o.klBeta, o.entropyCoef, o.learningRate, o.gradClipNorm];
  if (values.some((x) => !Number.isFinite(x) || x < 0)) return `bad update options ${JSON.stringify(o)}`;
  if (!Number.isInteger(o.epochs) || o.epochs < 1) return `bad epoch count ${o.epochs}`;
  return null;
}

/**
 * K epochs of Adam on the CWRPO loss over the whole batch in one batched pass per epoch (the hand-written
 * forward and backward of trainForward/trainBackward). The NaN guard refuses a batch with non-finite inputs
 * before any compute, and a non-finite loss or gradient norm at any epoch restores the weights and Adam state of
 * before the update: either the whole update applies or none of it. The epochs' stats are read once at the end
 * (no read-back between epochs). Gradients are clipped to `gradClipNorm` by their global norm (0 turns clipping
 * off); the stats average the epochs.
 */
export function runPolicyUpdate(
  state: TfPolicyState,
  batch: readonly EpisodeBatchItem[],
  options: UpdateOptions,
): UpdateStats {
  const invalid = badOptions(options);
  if (invalid) return skipped(invalid);
  const packed = packBatch(batch, state.dims);
  if ('error' in packed) return skipped(packed.error);
  const { dims, consts, specs, adam } = state;
  const t = uploadTrain(packed, state);
  // With β = 0 the KL term only feeds the report, so π_ref's pass is skipped and the KL reads as 0.
  const refLogProb =
    options.klBeta > 0
      ? tf.tidy(() => chosenLogProbFast(trainForward(state.referenceViews(), dims, consts, t).logits, t))
      : t.oldLogProb.clone();
  const snapshot = { params: state.params.clone(), m: adam.m.clone(), v: adam.v.clone(), step: adam.step };
  const perEpoch: tf.Tensor1D[] = [];
  try {
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      perEpoch.push(
        tf.tidy(() => {
          const p = unpackParamsNoGrad(state.params, specs);
          const { logits, cache } = trainForward(p, dims, consts, t);
          const { stats, dLogits } = lossGradient(logits, t, refLogProb, options, epoch === 0);
          const grad = trainBackward(dLogits, p, specs, dims, consts, t, cache);
          const squared = grad.square();
          const norm = squared.sum().sqrt();
          const clip = options.gradClipNorm;
          const scale = clip > 0 ? (tf.minimum(1, tf.scalar(clip).div(norm)) as tf.Scalar) : 1;
          adamStep(state.params, grad, adam, options.learningRate, scale, squared);
          return tf.concat([stats, norm.reshape([1])]) as tf.Tensor1D;
        }),
      );
    }
    const all = tf.concat(perEpoch);
    const values = all.dataSync() as Float32Array;
    all.dispose();
    return summarize(values, options, () => {
      state.params.assign(snapshot.params);
      adam.m.assign(snapshot.m);
      adam.v.assign(snapshot.v);
      adam.step = snapshot.step;
    });
  } finally {
    for (const x of Object.values(t)) if (x instanceof tf.Tensor) x.dispose();
    for (const x of [refLogProb, snapshot.params, snapshot.m, snapshot.v, ...perEpoch]) x.dispose();
    state.refreshViews();
  }
}

/** Averages the epochs' [loss, kl, entropy, norm] rows, or restores and reports the first non-finite epoch. */
function summarize(values: Float32Array, options: UpdateOptions, restore: () => void): UpdateStats {
  const { epochs } = options;
  const sums = { loss: 0, kl: 0, entropy: 0, gradNorm: 0 };
  // With η = 0 the entropy only feeds the report: measured at the first epoch, repeated for the others.
  const entropy0 = values[2] ?? Number.NaN;
  const measured = (epoch: number): boolean => epoch === 0 || options.entropyCoef !== 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const row = values.subarray(epoch * 4, epoch * 4 + 4);
    const loss = row[0] ?? Number.NaN;
    const kl = row[1] ?? Number.NaN;
    const entropy = measured(epoch) ? (row[2] ?? Number.NaN) : entropy0;
    const norm = row[3] ?? Number.NaN;
    if (![loss, kl, entropy, norm].every(Number.isFinite)) {
      restore();
      return skipped(`non-finite ${Number.isFinite(loss) ? 'gradient' : 'loss'} at epoch ${epoch + 1}`);
    }
    sums.loss += loss;
    sums.kl += kl;
    sums.entropy += entropy;
    sums.gradNorm += norm;
  }
  return {
    loss: sums.loss / epochs,
    kl: sums.kl / epochs,
    entropy: sums.entropy / epochs,
    gradNorm: sums.gradNorm / epochs,
    skipped: false,
  };
}

import * as tf from '@tensorflow/tfjs';
import { adamStep } from './flatAdam.ts';
import { packBatch } from './packBatch.ts';
import type { PackedBatch } from './packBatch.ts';
import { OP_SLOT_COUNT, POINTER_TYPES, USED_OP_ROWS, USED_ROWS } from './policyHeads.ts';
import { chosenLogProb, policyLoss } from './policyLoss.ts';
import type { BatchTensors } from './policyLoss.ts';
import { batchLogits, unpackParams } from './policyNetwork.ts';
import { splitFeatures, stateTensors } from './stateTensors.ts';
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
  const inputs = stateTensors(splitFeatures(p.features, dims, b), dims, b, true);
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

/** log π(a|s) of recorded decisions under the current weights (one batched pass, no gradient). */
export function recordLogProbs(state: TfPolicyState, records: readonly DecisionRecord[]): Float32Array {
  if (records.length === 0) return new Float32Array(0);
  const packed = packBatch([{ decisions: [...records], advantage: 0 }], state.dims);
  if ('error' in packed) throw new Error(`cannot score these records: ${packed.error}`);
  const t = upload(packed, state);
  try {
    const logp = tf.tidy(() =>
      chosenLogProb(batchLogits(state.views(), state.dims, state.consts, t, false), t),
    );
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
 * K epochs of Adam on the CWRPO loss over the whole batch in one batched pass per epoch. The NaN guard refuses a
 * batch with non-finite inputs before any compute, and a non-finite loss or gradient norm at any epoch restores
 * the weights and Adam state of before the update: either the whole update applies or none of it. Gradients are
 * clipped to `gradClipNorm` by their global norm (0 turns clipping off); the stats average the epochs.
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
  const t = upload(packed, state);
  // With β = 0 the KL term only feeds the report, so π_ref's pass is skipped and the KL reads as 0.
  const refLogProb =
    options.klBeta > 0
      ? tf.tidy(() => chosenLogProb(batchLogits(state.referenceViews(), dims, consts, t, false), t))
      : t.oldLogProb.clone();
  const snapshot =
    options.epochs > 1
      ? { params: state.params.clone(), m: adam.m.clone(), v: adam.v.clone(), step: adam.step }
      : null;
  const sums = { loss: 0, kl: 0, entropy: 0, gradNorm: 0 };
  let entropy0 = Number.NaN;
  try {
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const side: { kl?: tf.Scalar; entropy?: tf.Scalar } = {};
      const { value, grads } = tf.variableGrads(() => {
        const logits = batchLogits(unpackParams(state.params, specs), dims, consts, t);
        const terms = policyLoss(logits, t, refLogProb, options, epoch === 0);
        side.kl = tf.keep(terms.kl);
        if (terms.entropy) side.entropy = tf.keep(terms.entropy);
        return terms.loss;
      }, [state.params]);
      const grad = Object.values(grads)[0];
      const { kl = tf.scalar(Number.NaN), entropy = tf.scalar(entropy0) } = side;
      const stats = tf.tidy(() =>
        tf.stack([value, kl, entropy, grad ? grad.square().sum().sqrt() : tf.scalar(Number.NaN)]).dataSync(),
      );
      for (const x of [value, kl, entropy]) x.dispose();
      const [loss = Number.NaN, klValue = Number.NaN, entValue = Number.NaN, norm = Number.NaN] = stats;
      if (epoch === 0) entropy0 = entValue;
      if (!grad || ![loss, klValue, entValue, norm].every(Number.isFinite)) {
        grad?.dispose();
        if (snapshot && epoch > 0) {
          state.params.assign(snapshot.params);
          adam.m.assign(snapshot.m);
          adam.v.assign(snapshot.v);
          adam.step = snapshot.step;
        }
        return skipped(`non-finite ${Number.isFinite(loss) ? 'gradient' : 'loss'} at epoch ${epoch + 1}`);
      }
      const scale = norm > options.gradClipNorm && options.gradClipNorm > 0 ? options.gradClipNorm / norm : 1;
      adamStep(state.params, grad, adam, options.learningRate, scale);
      grad.dispose();
      sums.loss += loss;
      sums.kl += klValue;
      sums.entropy += entValue;
      sums.gradNorm += norm;
    }
    const k = options.epochs;
    return {
      loss: sums.loss / k,
      kl: sums.kl / k,
      entropy: sums.entropy / k,
      gradNorm: sums.gradNorm / k,
      skipped: false,
    };
  } finally {
    for (const x of Object.values(t)) if (x instanceof tf.Tensor) x.dispose();
    refLogProb.dispose();
    if (snapshot) for (const x of [snapshot.params, snapshot.m, snapshot.v]) x.dispose();
    state.refreshViews();
  }
}

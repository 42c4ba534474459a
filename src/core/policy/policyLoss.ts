import * as tf from '@tensorflow/tfjs';
import type { UpdateOptions } from './types.ts';

/** The packed batch as tensors, uploaded once per update. */
export interface BatchTensors {
  maskBias: tf.Tensor3D;
  chosen: tf.Tensor3D;
  /** [B, USED_ROWS]. */
  used: tf.Tensor2D;
  advantage: tf.Tensor1D;
  weight: tf.Tensor1D;
  oldLogProb: tf.Tensor1D;
}

/** log π(a|s) of the recorded action summed over its used heads, illegal values masked out: [B]. */
export function chosenLogProb(logits: tf.Tensor3D, batch: BatchTensors): tf.Tensor1D {
  return tf.logSoftmax(logits.add(batch.maskBias)).mul(batch.chosen).sum([1, 2]) as tf.Tensor1D;
}

/** The scalar loss and the terms the update reports. */
export interface LossTerms {
  loss: tf.Scalar;
  kl: tf.Scalar;
  /** Null when not asked for (η = 0 after the first epoch: it only feeds the report then). */
  entropy: tf.Scalar | null;
}

/**
 * SPEC §5: L = −mean_episodes mean_t min(ρ_t Â, clip(ρ_t, 1−ε, 1+ε) Â) + β·KL_k3(π_θ‖π_ref) − η·H, with
 * ρ_t = exp(log π_θ − log π_old). KL and entropy are averaged the same way (per episode, then over episodes);
 * the entropy is that of the used heads along the sampled path. Heads the action did not use add nothing.
 */
export function policyLoss(
  logits: tf.Tensor3D,
  batch: BatchTensors,
  refLogProb: tf.Tensor1D,
  options: UpdateOptions,
  withEntropy = true,
): LossTerms {
  const logp = tf.logSoftmax(logits.add(batch.maskBias));
  const chosen = logp.mul(batch.chosen).sum([1, 2]);
  const ratio = chosen.sub(batch.oldLogProb).exp();
  const eps = options.clipEpsilon;
  const surrogate = tf.minimum(
    ratio.mul(batch.advantage),
    ratio.clipByValue(1 - eps, 1 + eps).mul(batch.advantage),
  );
  const logRatio = refLogProb.sub(chosen);
  const k3 = logRatio.exp().sub(1).sub(logRatio);
  const mean = (x: tf.Tensor): tf.Scalar => x.mul(batch.weight).sum() as tf.Scalar;
  const kl = mean(k3);
  let loss = mean(surrogate).neg().add(kl.mul(options.klBeta)) as tf.Scalar;
  if (!withEntropy && options.entropyCoef === 0) return { loss, kl, entropy: null };
  const entropy = mean(logp.exp().mul(logp).sum(2).mul(batch.used).sum(1).neg());
  if (options.entropyCoef !== 0) loss = loss.sub(entropy.mul(options.entropyCoef)) as tf.Scalar;
  return { loss, kl, entropy };
}

/**
 * Row-wise softmax of the masked logits `z` and each row's log-sum-exp. One softmax kernel (XNNPACK's vectorised
 * exponential) rather than max, subtract, exp and sum: wasm's own exp is scalar and alone costs 3× the softmax.
 * The log-sum-exp is read back from the largest probability, 1 / Σ exp(z − max) ∈ [1/width, 1], so the log never
 * sees a tiny probability and log π keeps the exact form z_chosen − logsumexp(z).
 */
function softmaxParts(logits: tf.Tensor3D, batch: BatchTensors) {
  const z = logits.add(batch.maskBias) as tf.Tensor3D;
  const p = tf.softmax(z) as tf.Tensor3D;
  const lse = z.max(2).sub(p.max(2).log()) as tf.Tensor2D;
  return { z, p, lse };
}

/** `chosenLogProb` from softmax parts: the chosen logit minus its row's log-sum-exp, summed over the used rows. */
const chosenFromParts = (parts: ReturnType<typeof softmaxParts>, batch: BatchTensors): tf.Tensor1D =>
  parts.z.mul(batch.chosen).sum(2).sub(parts.lse.mul(batch.used)).sum(1) as tf.Tensor1D;

/** log π(a|s) as `chosenLogProb`, by the ops `lossGradient` shares (one softmax over the grid). */
export const chosenLogProbFast = (logits: tf.Tensor3D, batch: BatchTensors): tf.Tensor1D =>
  chosenFromParts(softmaxParts(logits, batch), batch);

/** The loss terms as a [loss, kl, entropy] vector (entropy NaN when not asked for) and dL/dlogits. */
export interface LossGradient {
  stats: tf.Tensor1D;
  dLogits: tf.Tensor3D;
}

/**
 * `policyLoss` and its gradient with respect to the logits, written out: with c_b = dL/d log π(a_b|s_b),
 * dL/dz = c_b·(chosen − used·softmax(z)), plus the entropy term's −η·dH/dz when η ≠ 0. The surrogate's branch
 * follows tfjs's `minimum` (ties go to the unclipped ratio), so the values and gradients are those of autodiff.
 */
export function lossGradient(
  logits: tf.Tensor3D,
  batch: BatchTensors,
  refLogProb: tf.Tensor1D,
  options: UpdateOptions,
  withEntropy = true,
): LossGradient {
  const [b, rows] = logits.shape;
  const parts = softmaxParts(logits, batch);
  const chosen = chosenFromParts(parts, batch);
  const ratio = chosen.sub(batch.oldLogProb).exp();
  const eps = options.clipEpsilon;
  const plain = ratio.mul(batch.advantage);
  const clipped = ratio.clipByValue(1 - eps, 1 + eps).mul(batch.advantage);
  const surrogate = tf.minimum(plain, clipped);
  // 1 where min() picked the unclipped term (plain ≤ clipped); the clipped one has no gradient when it binds.
  const unclipped = tf.scalar(1).sub(tf.step(plain.sub(clipped)));
  const logRatio = refLogProb.sub(chosen);
  const refRatio = logRatio.exp();
  const k3 = refRatio.sub(1).sub(logRatio);
  const kl = k3.mul(batch.weight).sum();
  let loss = kl.mul(options.klBeta).sub(surrogate.mul(batch.weight).sum());
  const coef = tf
    .scalar(1)
    .sub(refRatio)
    .mul(options.klBeta)
    .sub(unclipped.mul(plain))
    .mul(batch.weight)
    .reshape([b, 1, 1]);
  const rowCoef = coef.reshape([b, 1]).mul(batch.used).reshape([b, rows, 1]);
  const { p } = parts;
  let dLogits = batch.chosen.mul(coef).sub(p.mul(rowCoef)) as tf.Tensor3D;
  let entropy: tf.Tensor = tf.scalar(Number.NaN);
  if (withEntropy || options.entropyCoef !== 0) {
    // Illegal values have p = 0 exactly (their exponential underflows), so p·log p is 0 there, not NaN.
    const logp = parts.z.sub(parts.lse.reshape([b, rows, 1]));
    const plogp = p.mul(logp).sum(2);
    entropy = plogp.mul(batch.used).sum(1).neg().mul(batch.weight).sum();
    if (options.entropyCoef !== 0) {
      loss = loss.sub(entropy.mul(options.entropyCoef));
      const scale = batch.used.mul(batch.weight.reshape([b, 1])).mul(options.entropyCoef);
      const dH = p.mul(logp.sub(plogp.reshape([b, rows, 1]))).mul(scale.reshape([b, rows, 1]));
      dLogits = dLogits.add(dH) as tf.Tensor3D;
    }
  }
  return { stats: tf.stack([loss, kl, entropy]) as tf.Tensor1D, dLogits };
}

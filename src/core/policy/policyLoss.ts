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

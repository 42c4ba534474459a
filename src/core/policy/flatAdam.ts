import * as tf from '@tensorflow/tfjs';

/** Adam on one flat parameter vector: a handful of ops per step whatever the number of layers. */
export interface FlatAdam {
  m: tf.Variable;
  v: tf.Variable;
  /** Steps taken so far (bias correction). */
  step: number;
}

/** Adam's first-moment decay (the usual default). */
export const ADAM_BETA1 = 0.9;
/** Adam's second-moment decay. */
export const ADAM_BETA2 = 0.999;
/** Added to the root of the second moment so the step stays finite. */
export const ADAM_EPSILON = 1e-8;

/** Moments start at zero, or at saved values when resuming from a checkpoint. */
export function createFlatAdam(
  size: number,
  saved?: { m: Float32Array; v: Float32Array; step: number },
): FlatAdam {
  const moment = (values: Float32Array | undefined): tf.Variable =>
    tf.tidy(() => tf.variable(values ? tf.tensor1d(values) : tf.zeros([size]), false));
  return { m: moment(saved?.m), v: moment(saved?.v), step: saved?.step ?? 0 };
}

/**
 * One Adam step with the gradient scaled by `scale` (global-norm clipping, maybe still a tensor), in place. The
 * scale folds into the moments' scalar coefficients rather than into a scaled copy of the gradient, and a caller
 * that already squared the gradient (for its norm) passes `gradSquared`: each op here reads or writes the whole
 * flat vector, so every one saved counts.
 */
export function adamStep(
  params: tf.Variable,
  grad: tf.Tensor,
  adam: FlatAdam,
  learningRate: number,
  scale: number | tf.Scalar,
  gradSquared?: tf.Tensor,
): void {
  adam.step += 1;
  const t = adam.step;
  const corrected = (learningRate * Math.sqrt(1 - ADAM_BETA2 ** t)) / (1 - ADAM_BETA1 ** t);
  tf.tidy(() => {
    const c1 = typeof scale === 'number' ? scale * (1 - ADAM_BETA1) : scale.mul(1 - ADAM_BETA1);
    const c2 =
      typeof scale === 'number' ? scale * scale * (1 - ADAM_BETA2) : scale.square().mul(1 - ADAM_BETA2);
    const m = adam.m.mul(ADAM_BETA1).add(grad.mul(c1));
    const v = adam.v.mul(ADAM_BETA2).add((gradSquared ?? grad.square()).mul(c2));
    adam.m.assign(m);
    adam.v.assign(v);
    params.assign(params.sub(m.mul(corrected).div(v.sqrt().add(ADAM_EPSILON))));
  });
}

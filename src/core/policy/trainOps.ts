import * as tf from '@tensorflow/tfjs';

/*
 * Ops shaped for the wasm backend, with the same values (and gradients) as the plain ones: hand-written gradients
 * where a matmul with a transpose flag is about ten times slower than an explicit transpose followed by a plain
 * matmul, and transposes and token-axis reductions rewritten into the kernels wasm runs fast.
 */

type Save = (tensors: tf.Tensor[]) => void;
const saved = (list: tf.Tensor[], i: number): tf.Tensor => {
  const t = list[i];
  if (!t) throw new Error(`custom gradient lost saved tensor ${i}`);
  return t;
};

/** Batched row selection `sel · x` by a constant 0/1 selector whose transpose `selT` is given: [B, r, n]·[B, n, k]. */
export function selectRows(sel: tf.Tensor3D, selT: tf.Tensor3D, x: tf.Tensor3D): tf.Tensor3D {
  const op = tf.customGrad((input: tf.Tensor | Save, save: tf.Tensor | Save) => {
    (save as Save)([selT]);
    return {
      value: tf.matMul(sel, input as tf.Tensor3D),
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => [tf.matMul(saved(s, 0) as tf.Tensor3D, dy as tf.Tensor3D)],
    };
  });
  return op(x) as tf.Tensor3D;
}

/** a · bᵀ for 2-D operands (both trained): [m, k] × [n, k] → [m, n]. */
export function matMulBT2d(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  const op = tf.customGrad((x: tf.Tensor | Save, y: tf.Tensor | Save, save: tf.Tensor | Save) => {
    (save as Save)([x as tf.Tensor, y as tf.Tensor]);
    return {
      value: tf.matMul(x as tf.Tensor2D, (y as tf.Tensor2D).transpose()),
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => [
        tf.matMul(dy as tf.Tensor2D, saved(s, 1) as tf.Tensor2D),
        tf.matMul((dy as tf.Tensor2D).transpose(), saved(s, 0) as tf.Tensor2D),
      ],
    };
  });
  return op(a, b) as tf.Tensor2D;
}

/**
 * `x` [m, k] transposed to [k, m], for activations with a batch of rows. wasm's 2-D transpose writes down the
 * output's columns, m floats apart; with m a power of two (the batch, 256) those writes share a few cache sets and
 * the transpose runs 3–5× slower than the same permutation as a 3-D one over [8, m/8, k], which writes the output
 * in order and reads k floats apart. Same values; small or narrow operands keep the plain transpose.
 */
export function transposeRows(x: tf.Tensor2D): tf.Tensor2D {
  const [m, k] = x.shape;
  if (m < 256 || m % 8 !== 0 || k <= 32) return x.transpose();
  return x
    .reshape([8, m / 8, k])
    .transpose([2, 0, 1])
    .reshape([k, m]);
}

/**
 * Max over the token axis of [B, N, H] → [B, H], as a max-pool over a [B, N, 1, H] image: wasm's max reduction
 * transposes a non-inner axis to the end first (6× slower). Exactly the same values.
 */
export function maxOverTokens(x: tf.Tensor3D): tf.Tensor2D {
  const [b, n, h] = x.shape;
  return tf.maxPool(x.reshape([b, n, 1, h]) as tf.Tensor4D, [n, 1], [n, 1], 'valid').reshape([b, h]);
}

/**
 * Sum over the token axis of [B, N, H] → [B, H], as an average pool times N: like `max(1)`, `sum(1)` transposes the
 * token axis to the end first (1.5–2× slower). Equal up to float rounding.
 */
export function sumOverTokens(x: tf.Tensor3D): tf.Tensor2D {
  const [b, n, h] = x.shape;
  return tf
    .avgPool(x.reshape([b, n, 1, h]) as tf.Tensor4D, [n, 1], [n, 1], 'valid')
    .reshape([b, h])
    .mul(n);
}

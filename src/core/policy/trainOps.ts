import * as tf from '@tensorflow/tfjs';

/*
 * Ops with hand-written gradients for the wasm backend, where a matmul with a transpose flag is about ten times
 * slower than an explicit transpose followed by a plain matmul. Same values and gradients as the plain ops.
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

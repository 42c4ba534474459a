import * as tf from '@tensorflow/tfjs';

/*
 * Ops with hand-written gradients for the wasm backend, where a matmul with a transpose flag is about ten times
 * slower than an explicit transpose followed by a plain matmul, and a broadcast `equal` (tfjs's gradient of
 * `max`) is thirty times slower than a broadcast subtraction. Same values and gradients as the plain ops.
 */

type Save = (tensors: tf.Tensor[]) => void;
const saved = (list: tf.Tensor[], i: number): tf.Tensor => {
  const t = list[i];
  if (!t) throw new Error(`custom gradient lost saved tensor ${i}`);
  return t;
};
const reluGrad = (dy: tf.Tensor, y: tf.Tensor, relu: boolean): tf.Tensor => (relu ? dy.mul(tf.step(y)) : dy);

/**
 * Dense layer on a constant input (features): gradients for the kernel and bias only. `xT` is the input's
 * transpose, computed once per update rather than once per epoch.
 */
export function denseOnInput(
  x: tf.Tensor2D,
  xT: tf.Tensor2D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor,
  relu: boolean,
): tf.Tensor2D {
  const op = tf.customGrad((w: tf.Tensor | Save, b: tf.Tensor | Save, save: tf.Tensor | Save) => {
    const y = tf.fused.matMul({
      a: x,
      b: w as tf.Tensor2D,
      bias: b as tf.Tensor,
      activation: relu ? 'relu' : 'linear',
    });
    (save as Save)([xT, y]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => {
        const g = reluGrad(dy, saved(s, 1), relu);
        return [tf.matMul(saved(s, 0) as tf.Tensor2D, g as tf.Tensor2D), g.sum(0)];
      },
    };
  });
  return op(kernel, bias) as tf.Tensor2D;
}

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

/** Dense layer whose input is itself trained (trunk, heads): gradients for input, kernel and bias. */
export function denseHidden(
  x: tf.Tensor2D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor,
  relu: boolean,
): tf.Tensor2D {
  const op = tf.customGrad(
    (a: tf.Tensor | Save, w: tf.Tensor | Save, b: tf.Tensor | Save, save: tf.Tensor | Save) => {
      const y = tf.fused.matMul({
        a: a as tf.Tensor2D,
        b: w as tf.Tensor2D,
        bias: b as tf.Tensor,
        activation: relu ? 'relu' : 'linear',
      });
      (save as Save)([a as tf.Tensor, w as tf.Tensor, y]);
      return {
        value: y,
        gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => {
          const g = reluGrad(dy, saved(s, 2), relu);
          return [tf.matMul(g, saved(s, 1).transpose()), tf.matMul(saved(s, 0).transpose(), g), g.sum(0)];
        },
      };
    },
  );
  return op(x, kernel, bias) as tf.Tensor2D;
}

/** Each token's dot product with its row's vector: [B, N, H] · [B, H] → [B, N] (both trained), elementwise. */
export function dotTokens(x: tf.Tensor3D, v: tf.Tensor2D): tf.Tensor2D {
  const op = tf.customGrad((a: tf.Tensor | Save, q: tf.Tensor | Save, save: tf.Tensor | Save) => {
    const [b, , h] = (a as tf.Tensor3D).shape;
    const q3 = (q as tf.Tensor2D).reshape([b, 1, h]);
    (save as Save)([a as tf.Tensor, q3]);
    return {
      value: (a as tf.Tensor3D).mul(q3).sum(2),
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => {
        const [rows, n] = dy.shape as [number, number];
        const d3 = dy.reshape([rows, n, 1]);
        return [d3.mul(saved(s, 1)), d3.mul(saved(s, 0)).sum(1)];
      },
    };
  });
  return op(x, v) as tf.Tensor2D;
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

/** Max over axis 1 of [B, N, H]; the gradient goes to the maxima (ties share it, as in tfjs). */
export function maxOverTokens(x: tf.Tensor3D): tf.Tensor2D {
  const op = tf.customGrad((input: tf.Tensor | Save, save: tf.Tensor | Save) => {
    const m = (input as tf.Tensor3D).max(1);
    (save as Save)([input as tf.Tensor, m]);
    return {
      value: m,
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => {
        const [b, , h] = saved(s, 0).shape as [number, number, number];
        const top = saved(s, 1).reshape([b, 1, h]);
        const isMax = tf.step(saved(s, 0).sub(top).add(1e-12));
        return [isMax.mul(dy.reshape([b, 1, h]))];
      },
    };
  });
  return op(x) as tf.Tensor2D;
}

/** x · c for a constant matrix c whose transpose is given (placement matrices): gradient dy · cᵀ. */
export function matMulConst(x: tf.Tensor2D, c: tf.Tensor2D, cT: tf.Tensor2D): tf.Tensor2D {
  const op = tf.customGrad((input: tf.Tensor | Save, save: tf.Tensor | Save) => {
    (save as Save)([cT]);
    return {
      value: tf.matMul(input as tf.Tensor2D, c),
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => [tf.matMul(dy as tf.Tensor2D, saved(s, 0) as tf.Tensor2D)],
    };
  });
  return op(x) as tf.Tensor2D;
}

/** The row of [B, N, H] picked by a constant one-hot [B, N, 1], elementwise (no batched matmul): [B, H]. */
export function pickToken(x: tf.Tensor3D, oneHot: tf.Tensor3D): tf.Tensor2D {
  const op = tf.customGrad((input: tf.Tensor | Save, save: tf.Tensor | Save) => {
    (save as Save)([oneHot]);
    return {
      value: (input as tf.Tensor3D).mul(oneHot).sum(1),
      gradFunc: (dy: tf.Tensor, s: tf.Tensor[]) => {
        const [b, h] = dy.shape as [number, number];
        return [dy.reshape([b, 1, h]).mul(saved(s, 0))];
      },
    };
  });
  return op(x) as tf.Tensor2D;
}

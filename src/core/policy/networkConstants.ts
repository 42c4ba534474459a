import * as tf from '@tensorflow/tfjs';
import type { PolicyDims } from './policyConfig.ts';
import {
  DENSE_LOGITS,
  HEAD,
  MAX_TEMPLATES,
  MISC_HEAD_COUNT,
  SMALL_HEADS,
  SMALL_WIDTHS,
  TYPE_WIDTH,
} from './policyHeads.ts';

/** Constant placement matrices that put the dense logits, target and template terms into the misc head rows. */
export interface NetworkConstants {
  denseLogits: Placement;
  target: Placement;
  template: Placement;
}

/** A 0/1 placement matrix and its transpose (the gradient multiplies by the transpose). */
export interface Placement {
  matrix: tf.Tensor2D;
  transposed: tf.Tensor2D;
}

/** Builds the placement constants: misc head h, value c lands in column h·rowWidth + c. */
export function networkConstants(dims: PolicyDims): NetworkConstants {
  const w = dims.rowWidth;
  const cols = MISC_HEAD_COUNT * w;
  const place = (rows: number, cell: (r: number) => number): Placement => {
    const out = new Float32Array(rows * cols);
    const outT = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      out[r * cols + cell(r)] = 1;
      outT[cell(r) * rows + r] = 1;
    }
    return { matrix: tf.tensor2d(out, [rows, cols]), transposed: tf.tensor2d(outT, [cols, rows]) };
  };
  // Dense logits are the type head, then the small heads in SMALL_HEADS order, then the template head.
  const cells: number[] = [];
  for (let c = 0; c < TYPE_WIDTH; c++) cells.push(HEAD.type * w + c);
  SMALL_HEADS.forEach((head, i) => {
    for (let c = 0; c < (SMALL_WIDTHS[i] ?? 0); c++) cells.push(head * w + c);
  });
  for (let c = 0; c < MAX_TEMPLATES; c++) cells.push(HEAD.template * w + c);
  return {
    denseLogits: place(DENSE_LOGITS, (r) => cells[r] ?? 0),
    target: place(dims.config.maxTokens, (r) => HEAD.target * w + r),
    template: place(MAX_TEMPLATES, (r) => HEAD.template * w + r),
  };
}

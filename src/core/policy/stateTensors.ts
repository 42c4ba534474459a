import * as tf from '@tensorflow/tfjs';
import type { PolicyDims } from './policyConfig.ts';

/** The observation split into the tensors the encoder reads (split on upload, not by a slow inner-axis op). */
export interface StateTensors {
  /** [B, globalSize]. */
  globals: tf.Tensor2D;
  /** [B·maxTokens, tokenSize]. */
  tokens: tf.Tensor2D;
  /** 1 for real tokens, 0 for padding: [B·maxTokens, 1]. */
  valid: tf.Tensor2D;
  /** `tokens` transposed, for the node layer's kernel gradient (training only). */
  tokensT?: tf.Tensor2D;
}

/** Splits flat records' features into the encoder's arrays (globals, tokens, valid flags, operator rows). */
export function splitFeatures(features: Float32Array, dims: PolicyDims, count: number) {
  const { globalSize: g, tokenSize: t, featureSize: f, opWidth, operatorSize } = dims;
  const n = dims.config.maxTokens;
  const globals = new Float32Array(count * g);
  const tokens = new Float32Array(count * n * t);
  const valid = new Float32Array(count * n);
  for (let b = 0; b < count; b++) {
    const base = b * f;
    globals.set(features.subarray(base, base + g), b * g);
    tokens.set(features.subarray(base + g, base + g + n * t), b * n * t);
    for (let i = 0; i < n; i++) valid[b * n + i] = features[base + g + i * t] ?? 0;
  }
  const opStart = f - opWidth * operatorSize;
  return {
    globals,
    tokens,
    valid,
    operators: (b: number) => features.subarray(b * f + opStart, (b + 1) * f),
  };
}

/** [rows, cols] → [cols, rows], in blocks of rows so that reads and writes both stay in cache (3× a plain loop). */
function transpose(values: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  const block = 16;
  for (let r0 = 0; r0 < rows; r0 += block) {
    const r1 = Math.min(rows, r0 + block);
    for (let c = 0; c < cols; c++) {
      const base = c * rows;
      for (let r = r0; r < r1; r++) out[base + r] = values[r * cols + c] as number;
    }
  }
  return out;
}

/** Observation features split into the encoder's arrays. */
export interface FeatureParts {
  globals: Float32Array;
  tokens: Float32Array;
  valid: Float32Array;
}

/** Uploads split features as state tensors (with the transposed tokens when training). */
export function stateTensors(
  parts: FeatureParts,
  dims: PolicyDims,
  count: number,
  train = false,
): StateTensors {
  const rows = count * dims.config.maxTokens;
  const t = dims.tokenSize;
  const state: StateTensors = {
    globals: tf.tensor2d(parts.globals, [count, dims.globalSize]),
    tokens: tf.tensor2d(parts.tokens, [rows, t]),
    valid: tf.tensor2d(parts.valid, [rows, 1]),
  };
  if (!train) return state;
  return { ...state, tokensT: tf.tensor2d(transpose(parts.tokens, rows, t), [t, rows]) };
}

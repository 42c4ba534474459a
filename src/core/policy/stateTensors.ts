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

/** Observation features split into the encoder's arrays. */
export interface FeatureParts {
  globals: Float32Array;
  tokens: Float32Array;
  valid: Float32Array;
}

/** Uploads split features as state tensors (the update transposes the tokens on the device when it needs them). */
export function stateTensors(parts: FeatureParts, dims: PolicyDims, count: number): StateTensors {
  const rows = count * dims.config.maxTokens;
  return {
    globals: tf.tensor2d(parts.globals, [count, dims.globalSize]),
    tokens: tf.tensor2d(parts.tokens, [rows, dims.tokenSize]),
    valid: tf.tensor2d(parts.valid, [rows, 1]),
  };
}

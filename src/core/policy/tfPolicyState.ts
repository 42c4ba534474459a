import * as tf from '@tensorflow/tfjs';
import { createFlatAdam } from './flatAdam.ts';
import { jsWeights } from './jsDecisionOutputs.ts';
import type { JsWeights } from './jsDecisionOutputs.ts';
import type { FlatAdam } from './flatAdam.ts';
import { policyDims } from './policyConfig.ts';
import type { PolicyDims, TfPolicyConfig } from './policyConfig.ts';
import { networkConstants } from './networkConstants.ts';
import type { NetworkConstants } from './networkConstants.ts';
import { outputLayout, unpackParamsNoGrad } from './policyNetwork.ts';
import { initialParams, paramSpecs, totalSize } from './policyParams.ts';
import type { ParamSpec } from './policyParams.ts';

/** Weights to start from (a checkpoint), instead of the seeded initialisation. */
export interface SavedWeights {
  params: Float32Array;
  reference: Float32Array;
  adam: { m: Float32Array; v: Float32Array; step: number };
}

/** The tensors of a tfjs policy and their lifecycle; every tensor here is owned and disposed by it. */
export interface TfPolicyState {
  readonly config: TfPolicyConfig;
  readonly dims: PolicyDims;
  readonly specs: readonly ParamSpec[];
  readonly seed: string | number;
  readonly layout: ReturnType<typeof outputLayout>;
  readonly params: tf.Variable;
  /** π_ref: the frozen initial (or last frozen) weights, never trained. */
  readonly reference: tf.Variable;
  readonly adam: FlatAdam;
  readonly consts: NetworkConstants;
  /** Named views of `params` for decisions (no per-decision split); refreshed after each weight change. */
  views(): ReadonlyMap<string, tf.Tensor>;
  /** Call after `params` changed; the views are rebuilt on the next decision. */
  refreshViews(): void;
  /** The current weights as plain arrays (the JS decision path), copied once per weight change. */
  jsWeights(): JsWeights;
  /** Named views of π_ref, kept until the reference changes. */
  referenceViews(): ReadonlyMap<string, tf.Tensor>;
  /** π_ref := the current weights. */
  freezeReference(): void;
  dispose(): void;
}

/** Splits the flat vector into kept named views (no gradient through them; intermediates are tidied away). */
function keptViews(params: tf.Variable, specs: readonly ParamSpec[]): Map<string, tf.Tensor> {
  let views = new Map<string, tf.Tensor>();
  tf.tidy(() => {
    views = unpackParamsNoGrad(params, specs);
    for (const t of views.values()) tf.keep(t);
  });
  return views;
}

/** Creates the variables from the seed (π_ref = the initial weights) or from saved weights. */
export function createTfPolicyState(
  config: TfPolicyConfig,
  seed: string | number,
  saved?: SavedWeights,
): TfPolicyState {
  const dims = policyDims(config);
  const specs = paramSpecs(dims);
  const size = totalSize(specs);
  const initial = saved?.params ?? initialParams(specs, seed);
  if (initial.length !== size || (saved && saved.reference.length !== size)) {
    throw new Error(`policy weights have ${initial.length} values; this config needs ${size}`);
  }
  const params = tf.tidy(() => tf.variable(tf.tensor1d(initial), true));
  const reference = tf.tidy(() => tf.variable(tf.tensor1d(saved?.reference ?? initial), false));
  const adam = createFlatAdam(size, saved?.adam);
  const consts = networkConstants(dims);
  let views: Map<string, tf.Tensor> | null = keptViews(params, specs);
  let refViews: Map<string, tf.Tensor> | null = null;
  let plain: JsWeights | null = null;
  const disposeViews = (): void => {
    for (const t of views?.values() ?? []) t.dispose();
    views = null;
    plain = null;
  };
  const disposeRefViews = (): void => {
    for (const t of refViews?.values() ?? []) t.dispose();
    refViews = null;
  };
  return {
    config,
    dims,
    specs,
    seed,
    layout: outputLayout(dims),
    params,
    reference,
    adam,
    consts,
    views() {
      views ??= keptViews(params, specs);
      return views;
    },
    refreshViews: disposeViews,
    jsWeights() {
      plain ??= jsWeights((params.dataSync() as Float32Array).slice(), specs);
      return plain;
    },
    referenceViews() {
      refViews ??= keptViews(reference, specs);
      return refViews;
    },
    freezeReference() {
      disposeRefViews();
      reference.assign(params);
    },
    dispose() {
      disposeViews();
      disposeRefViews();
      const placements = Object.values(consts).flatMap((c) => [c.matrix, c.transposed]);
      for (const t of [params, reference, adam.m, adam.v, ...placements]) t.dispose();
    },
  };
}

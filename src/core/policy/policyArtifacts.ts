import { version_core } from '@tensorflow/tfjs';
import { FlowSteerError } from '../errors.ts';
import { GLOBAL_FEATURES, TOKEN_FEATURES } from './encodeObservation.ts';
import { OPERATOR_FEATURES } from './encodeOperator.ts';
import { resolveConfig } from './policyConfig.ts';
import type { TfPolicyConfig } from './policyConfig.ts';
import { HEAD_NAMES } from './policyHeads.ts';
import { sizeOf, totalSize } from './policyParams.ts';
import type { ParamSpec } from './policyParams.ts';
import type { SavedWeights } from './tfPolicyState.ts';
import type { PolicyArtifacts } from './types.ts';

/** The topology class written in model.json; a reader refuses anything else. */
export const POLICY_TOPOLOGY = 'FlowSteerFactoredPolicy';
/** Version of the checkpoint layout; bumped when the weights or features change meaning. */
export const POLICY_FORMAT_VERSION = 1;
/** The one weights file of a checkpoint (model.json's manifest names it). */
export const WEIGHTS_FILE = 'weights.bin';

/** One entry of tfjs's weights manifest. */
export interface WeightEntry {
  name: string;
  shape: number[];
  dtype: 'float32';
}

/** What a checkpoint holds besides the tfjs layout. */
export interface PolicyCheckpoint extends SavedWeights {
  config: TfPolicyConfig;
  seed: string | number;
  name: string;
  /** Operator types of the registry the policy was built with (informative: operators are scored, not named). */
  operators: string[];
  /** The caller's metadata (training config, iteration, scores). */
  meta: Record<string, unknown>;
}

const ADAM_M = 'optimizer/adam_m';
const ADAM_V = 'optimizer/adam_v';
const REFERENCE = 'reference/flat';

/** The manifest entries in weight-data order: the named layers, π_ref, then Adam's moments. */
export function weightEntries(specs: readonly ParamSpec[]): WeightEntry[] {
  const flat = [totalSize(specs)];
  return [
    ...specs.map((s) => ({ name: `policy/${s.name}`, shape: [...s.shape], dtype: 'float32' as const })),
    ...[REFERENCE, ADAM_M, ADAM_V].map((name) => ({ name, shape: flat, dtype: 'float32' as const })),
  ];
}

/**
 * Writes a checkpoint in tfjs's standard layout: model.json (topology, weightsManifest, userDefinedMetadata with
 * the config, seed and the caller's meta) and one little-endian float32 buffer, readable by `tf.io.decodeWeights`.
 */
export function encodeCheckpoint(c: PolicyCheckpoint, specs: readonly ParamSpec[]): PolicyArtifacts {
  const size = totalSize(specs);
  const weights = new Float32Array(4 * size);
  weights.set(c.params, 0);
  weights.set(c.reference, size);
  weights.set(c.adam.m, 2 * size);
  weights.set(c.adam.v, 3 * size);
  const modelJson = {
    format: 'flowsteer-policy',
    generatedBy: `TensorFlow.js tfjs-core v${version_core}`,
    convertedBy: null,
    modelTopology: {
      class_name: POLICY_TOPOLOGY,
      version: POLICY_FORMAT_VERSION,
      config: c.config,
      heads: HEAD_NAMES,
      features: { global: GLOBAL_FEATURES, token: TOKEN_FEATURES, operator: OPERATOR_FEATURES },
    },
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: weightEntries(specs) }],
    userDefinedMetadata: {
      name: c.name,
      seed: c.seed,
      config: c.config,
      operators: c.operators,
      adamStep: c.adam.step,
      meta: c.meta,
    },
  };
  return { modelJson, weights: weights.buffer };
}

const bad = (why: string): never => {
  throw new FlowSteerError('E_CHECKPOINT', `The policy checkpoint could not be read: ${why}.`);
};
const record = (x: unknown, what: string): Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : bad(`${what} is missing`);

/** Reads a checkpoint written by `encodeCheckpoint`; anything else is a coded E_CHECKPOINT error. */
export function decodeCheckpoint(
  artifacts: PolicyArtifacts,
  specsFor: (config: TfPolicyConfig) => ParamSpec[],
): PolicyCheckpoint {
  const json = record(artifacts.modelJson, 'model.json');
  const topology = record(json.modelTopology, 'modelTopology');
  if (topology.class_name !== POLICY_TOPOLOGY) bad(`modelTopology is not a ${POLICY_TOPOLOGY}`);
  if (topology.version !== POLICY_FORMAT_VERSION)
    bad(`format version ${String(topology.version)} is unknown`);
  const meta = record(json.userDefinedMetadata, 'userDefinedMetadata');
  let config: TfPolicyConfig;
  try {
    config = resolveConfig(record(meta.config, 'the config') as Partial<TfPolicyConfig>);
  } catch (e) {
    return bad(e instanceof Error ? e.message : 'bad config');
  }
  const specs = specsFor(config);
  const manifest = Array.isArray(json.weightsManifest)
    ? (json.weightsManifest as unknown[])
    : bad('no weightsManifest');
  const entries = manifest.flatMap((group) => {
    const list = record(group, 'a manifest group').weights;
    return Array.isArray(list) ? (list as WeightEntry[]) : [];
  });
  const expected = weightEntries(specs);
  const sameLayout =
    entries.length === expected.length &&
    entries.every(
      (e, i) => e.name === expected[i]?.name && sizeOf(e.shape) === sizeOf(expected[i]?.shape ?? []),
    );
  if (!sameLayout) bad('its weights do not match its config');
  const size = totalSize(specs);
  if (artifacts.weights.byteLength !== 16 * size)
    bad(`weights hold ${artifacts.weights.byteLength} bytes, not ${16 * size}`);
  const part = (i: number): Float32Array =>
    new Float32Array(artifacts.weights.slice(4 * i * size, 4 * (i + 1) * size));
  const seed = typeof meta.seed === 'number' || typeof meta.seed === 'string' ? meta.seed : bad('no seed');
  const step = typeof meta.adamStep === 'number' ? meta.adamStep : 0;
  return {
    config,
    seed,
    name: typeof meta.name === 'string' ? meta.name : 'tfjs',
    operators: Array.isArray(meta.operators) ? meta.operators.map(String) : [],
    meta: typeof meta.meta === 'object' && meta.meta !== null ? (meta.meta as Record<string, unknown>) : {},
    params: part(0),
    reference: part(1),
    adam: { m: part(2), v: part(3), step },
  };
}

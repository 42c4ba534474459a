import * as tf from '@tensorflow/tfjs';
import { FlowSteerError } from '../errors.ts';
import type { PolicyArtifacts } from './types.ts';

type Manifest = { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];

/**
 * The checkpoint as tfjs ModelArtifacts, for tfjs's own save handlers (`tf.io.getSaveHandlers('indexeddb://…')`
 * in the browser, `tf.io.withSaveHandler`): topology, weight specs, weight data and the user metadata.
 */
export function toModelArtifacts(artifacts: PolicyArtifacts): tf.io.ModelArtifacts {
  const json = artifacts.modelJson;
  const manifest = (json.weightsManifest ?? []) as Manifest;
  return {
    modelTopology: json.modelTopology as object,
    format: String(json.format ?? ''),
    generatedBy: String(json.generatedBy ?? ''),
    convertedBy: null,
    weightSpecs: manifest.flatMap((group) => group.weights),
    weightData: artifacts.weights,
    userDefinedMetadata: (json.userDefinedMetadata ?? {}) as Record<string, unknown> as Record<string, never>,
  };
}

/** Reads ModelArtifacts back (from `tf.io.getLoadHandlers(...)[0].load()` or `fromMemory`). */
export function fromModelArtifacts(
  model: tf.io.ModelArtifacts,
  weightsPath = 'weights.bin',
): PolicyArtifacts {
  if (!model.weightSpecs || model.weightData === undefined) {
    throw new FlowSteerError('E_CHECKPOINT', 'The stored model has no weights.');
  }
  const data = model.weightData;
  const weights = Array.isArray(data) ? tf.io.CompositeArrayBuffer.join(data) : data;
  return {
    modelJson: {
      format: model.format,
      generatedBy: model.generatedBy,
      convertedBy: model.convertedBy ?? null,
      modelTopology: model.modelTopology,
      weightsManifest: [{ paths: [weightsPath], weights: model.weightSpecs }],
      userDefinedMetadata: model.userDefinedMetadata ?? {},
    },
    weights,
  };
}

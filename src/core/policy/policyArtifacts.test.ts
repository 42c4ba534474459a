import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlowSteerError } from '../errors.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createTfPolicy, loadTfPolicy } from './createTfPolicy.ts';
import type { TfPolicy } from './createTfPolicy.ts';
import { fromModelArtifacts, toModelArtifacts } from './modelArtifacts.ts';
import { randomInputs } from './policyTestKit.ts';
import { DEFAULT_UPDATE_OPTIONS } from './types.ts';
import type { DecisionRecord, PolicyArtifacts } from './types.ts';

const registry = createFixtureRegistry();
const inputs = randomInputs(registry, 24, 21);

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

async function trained(seed: number): Promise<{ policy: TfPolicy; records: DecisionRecord[] }> {
  const policy = createTfPolicy({ registry, seed, config: { trunkHidden: [48, 32] } });
  const records: DecisionRecord[] = [];
  for (const [i, input] of inputs.entries()) {
    const { record } = await policy.decide(input, createRng(i));
    if (record) records.push(record);
  }
  await policy.update([{ decisions: records, advantage: 1 }], DEFAULT_UPDATE_OPTIONS);
  return { policy, records };
}

describe('policy checkpoints', () => {
  it('writes tfjs’s standard layout with the config and seed in userDefinedMetadata', async () => {
    const { policy } = await trained(1);
    const artifacts = await policy.saveArtifacts({ iteration: 3, algo: 'cwrpo' });
    const json = artifacts.modelJson as {
      weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
      userDefinedMetadata: { seed: number; config: { trunkHidden: number[] }; meta: Record<string, unknown> };
    };
    expect(json.weightsManifest[0]?.paths).toEqual(['weights.bin']);
    expect(json.userDefinedMetadata).toMatchObject({ seed: 1, meta: { iteration: 3, algo: 'cwrpo' } });
    expect(json.userDefinedMetadata.config.trunkHidden).toEqual([48, 32]);
    // tfjs itself can read the weights from the manifest.
    const decoded = tf.io.decodeWeights(artifacts.weights, json.weightsManifest[0]?.weights ?? []);
    const kernel = decoded['policy/trunk0/kernel'];
    expect(kernel?.shape[1]).toBe(48);
    for (const t of Object.values(decoded)) t.dispose();
    policy.dispose();
  });

  it('round-trips: the loaded policy gives the same outputs and decisions', async () => {
    const { policy } = await trained(2);
    const loaded = loadTfPolicy({ registry, artifacts: await policy.saveArtifacts({}) });
    for (const [i, input] of inputs.slice(0, 8).entries()) {
      expect(Array.from(loaded.outputs(input))).toEqual(Array.from(policy.outputs(input)));
      const a = await policy.decide(input, createRng(`r${i}`));
      const b = await loaded.decide(input, createRng(`r${i}`));
      expect(b.action).toEqual(a.action);
      expect(b.record?.logProb).toBe(a.record?.logProb);
    }
    expect(loaded.name).toBe('tfjs');
    policy.dispose();
    loaded.dispose();
  });

  it('resumes training exactly: π_ref and the Adam moments travel with the weights', async () => {
    const { policy, records } = await trained(3);
    const loaded = loadTfPolicy({ registry, artifacts: await policy.saveArtifacts({}) });
    const batch = [{ decisions: records, advantage: -1 }];
    const a = await policy.update(batch, DEFAULT_UPDATE_OPTIONS);
    const b = await loaded.update(batch, DEFAULT_UPDATE_OPTIONS);
    expect(b.loss).toBeCloseTo(a.loss, 6);
    expect(b.kl).toBeCloseTo(a.kl, 6);
    expect(Array.from(loaded.weights())).toEqual(Array.from(policy.weights()));
    policy.dispose();
    loaded.dispose();
  });

  it('goes through tfjs save and load handlers (as IndexedDB would store it)', async () => {
    const { policy } = await trained(4);
    const artifacts = await policy.saveArtifacts({ note: 'idb' });
    let stored: tf.io.ModelArtifacts | null = null;
    const saver = tf.io.withSaveHandler((model) => {
      stored = model;
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } });
    });
    await saver.save?.(toModelArtifacts(artifacts));
    if (!stored) throw new Error('nothing saved');
    const model = await tf.io.fromMemory(stored).load?.();
    if (!model) throw new Error('nothing loaded');
    const back = fromModelArtifacts(model);
    const loaded = loadTfPolicy({ registry, artifacts: back });
    expect(Array.from(loaded.weights())).toEqual(Array.from(policy.weights()));
    policy.dispose();
    loaded.dispose();
  });

  it.each([
    [
      'another topology',
      (a: PolicyArtifacts) => ({
        ...a,
        modelJson: { ...a.modelJson, modelTopology: { class_name: 'Sequential' } },
      }),
    ],
    ['truncated weights', (a: PolicyArtifacts) => ({ ...a, weights: a.weights.slice(0, 100) })],
    [
      'no metadata',
      (a: PolicyArtifacts) => ({ ...a, modelJson: { ...a.modelJson, userDefinedMetadata: undefined } }),
    ],
  ])('refuses %s with E_CHECKPOINT', async (_, corrupt) => {
    const policy = createTfPolicy({ registry, seed: 5, config: { trunkHidden: [16] } });
    const artifacts = corrupt(await policy.saveArtifacts({}));
    expect(() => loadTfPolicy({ registry, artifacts })).toThrow(FlowSteerError);
    expect(() => loadTfPolicy({ registry, artifacts })).toThrow(/checkpoint/);
    policy.dispose();
  });
});

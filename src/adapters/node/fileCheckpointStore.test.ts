import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTfPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import { createFixtureRegistry } from '../../core/testing/fixtureRegistry.ts';
import {
  createFileCheckpointStore,
  loadCheckpointFolder,
  saveCheckpointFolder,
} from './fileCheckpointStore.ts';

const registry = createFixtureRegistry();
let root = '';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  root = await mkdtemp(join(tmpdir(), 'flowsteer-ckpt-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('fileCheckpointStore', () => {
  it('writes model.json and weights.bin that load back into the same policy', async () => {
    const policy = createTfPolicy({ registry, seed: 9, config: { trunkHidden: [32] } });
    const dir = join(root, 'direct');
    await saveCheckpointFolder(dir, await policy.saveArtifacts({ iteration: 1 }));
    const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toHaveProperty('weightsManifest');
    expect((await readFile(join(dir, 'weights.bin'))).byteLength).toBeGreaterThan(1000);
    const loaded = loadTfPolicy({ registry, artifacts: await loadCheckpointFolder(dir) });
    expect(Array.from(loaded.weights())).toEqual(Array.from(policy.weights()));
    policy.dispose();
    loaded.dispose();
  });

  it('stores named checkpoints as sub-folders and lists them', async () => {
    const store = createFileCheckpointStore(join(root, 'run'));
    expect(await store.list()).toEqual([]);
    const artifacts = { modelJson: { format: 'x' }, weights: new Float32Array([1, 2]).buffer };
    await store.save('iter-0010', artifacts);
    await store.save('final', artifacts);
    expect(await store.list()).toEqual(['final', 'iter-0010']);
    const back = await store.load('final');
    expect(back.modelJson).toEqual({ format: 'x' });
    expect(Array.from(new Float32Array(back.weights))).toEqual([1, 2]);
  });

  it.each([
    ['a missing folder', async () => loadCheckpointFolder(join(root, 'nothing-here'))],
    ['a bad name', async () => createFileCheckpointStore(root).load('../escape')],
    [
      'a corrupt model.json',
      async () => {
        const dir = join(root, 'corrupt');
        await saveCheckpointFolder(dir, { modelJson: {}, weights: new ArrayBuffer(4) });
        await writeFile(join(dir, 'model.json'), '{not json');
        return loadCheckpointFolder(dir);
      },
    ],
  ])('refuses %s with E_CHECKPOINT', async (_, run) => {
    await expect(run()).rejects.toMatchObject({ code: 'E_CHECKPOINT' });
  });
});

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { isAllowedByMask } from '../../core/actions/isAllowedByMask.ts';
import { createMemoryCheckpointStore } from '../../core/policy/createMemoryCheckpointStore.ts';
import { createUntrainedPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import { policyInput } from '../../core/policy/policyTestKit.ts';
import { createRng } from '../../core/util/createRng.ts';
import { createPolicyCatalog, type TfPolicyFactory } from './createPolicyCatalog.ts';

const registry = createBuiltinRegistry();

/** The factory the page gets, on Node's wasm backend (its .wasm files come from node_modules). */
function nodeTf(): { load: () => Promise<TfPolicyFactory>; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    load: () => {
      calls++;
      return Promise.resolve({
        backend: 'wasm',
        untrained: (reg, seed) => createUntrainedPolicy({ registry: reg, seed }),
        fromCheckpoint: (reg, artifacts, name) => loadTfPolicy({ registry: reg, artifacts, name }),
      });
    },
  };
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

describe('createPolicyCatalog', () => {
  it('offers the built-ins, then the store’s checkpoints listed afresh each time', async () => {
    const checkpoints = createMemoryCheckpointStore();
    const catalog = createPolicyCatalog({ registry, checkpoints });
    expect((await catalog.list()).map((c) => c.id)).toEqual(['heuristic', 'random', 'untrained']);
    const policy = createUntrainedPolicy({ registry, seed: 3 });
    await checkpoints.save('iter-0002', await policy.saveArtifacts({}));
    policy.dispose();
    const list = await catalog.list();
    expect(list.map((c) => c.id)).toEqual(['heuristic', 'random', 'untrained', 'checkpoint:iter-0002']);
    expect(list.find((c) => c.id === 'random')?.hasTopActions).toBe(false);
    expect(list.find((c) => c.id === 'checkpoint:iter-0002')?.hasTopActions).toBe(true);
  });

  it('loads heuristic and random without touching tfjs, and their actions are legal', async () => {
    const tfLoader = nodeTf();
    const catalog = createPolicyCatalog({ registry, loadTf: tfLoader.load });
    const input = policyInput(registry);
    for (const id of ['heuristic', 'random']) {
      const loaded = await catalog.load(id, 1);
      const { action } = await loaded.policy.decide(input, createRng(1));
      expect(isAllowedByMask(input.mask, action)).toBe(true);
      loaded.dispose();
    }
    expect(tfLoader.calls()).toBe(0);
  });

  it('loads the untrained network once per page: seeded weights, top actions with probabilities', async () => {
    const tfLoader = nodeTf();
    const catalog = createPolicyCatalog({ registry, loadTf: tfLoader.load });
    const input = policyInput(registry);
    const a = await catalog.load('untrained', 5);
    const b = await catalog.load('untrained', 5);
    const top = (await a.policy.topActions?.(input, 5)) ?? [];
    expect(top.length).toBe(5);
    const probabilities = top.map((t) => t.probability);
    expect(probabilities.every((p) => p > 0 && p <= 1)).toBe(true);
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeLessThanOrEqual(1 + 1e-6);
    expect([...probabilities].sort((x, y) => y - x)).toEqual(probabilities);
    expect(await b.policy.topActions?.(input, 5)).toEqual(top);
    expect(tfLoader.calls()).toBe(1);
    expect(a.backend).toBe('wasm');
    a.dispose();
    b.dispose();
  });

  it('loads a checkpoint by name with the weights it was saved with', async () => {
    const checkpoints = createMemoryCheckpointStore();
    const original = createUntrainedPolicy({ registry, seed: 11 });
    await checkpoints.save('final', await original.saveArtifacts({}));
    const catalog = createPolicyCatalog({ registry, checkpoints, loadTf: nodeTf().load });
    const loaded = await catalog.load('checkpoint:final', 0);
    const input = policyInput(registry);
    expect(loaded.policy.name).toBe('final');
    expect(await loaded.policy.topActions?.(input, 3)).toEqual(await original.topActions(input, 3));
    loaded.dispose();
    original.dispose();
  });

  it.each([
    ['nonsense', /Unknown policy "nonsense"/],
    ['checkpoint:missing', /Checkpoint "missing" could not be read: No checkpoint named "missing"/],
  ])('refuses %s with a readable message', async (id, message) => {
    const catalog = createPolicyCatalog({ registry, checkpoints: createMemoryCheckpointStore() });
    await expect(catalog.load(id, 0)).rejects.toThrow(message);
  });

  it('retries loading tfjs after a failed attempt', async () => {
    let attempts = 0;
    const good = nodeTf();
    const catalog = createPolicyCatalog({
      registry,
      loadTf: () => (++attempts === 1 ? Promise.reject(new Error('wasm missing')) : good.load()),
    });
    await expect(catalog.load('untrained', 1)).rejects.toThrow('wasm missing');
    const loaded = await catalog.load('untrained', 1);
    expect(loaded.policy.name).toBe('untrained');
    loaded.dispose();
    expect(attempts).toBe(2);
  });
});

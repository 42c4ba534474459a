import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { selectTfBackend } from './selectTfBackend.ts';
import type { TfBackendName } from './selectTfBackend.ts';

const cpuFactory = tf.findBackendFactory('cpu');

afterEach(() => {
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
});

describe('selectTfBackend', () => {
  it('picks wasm in Node, skipping the GPU backends nobody registered', async () => {
    const skipped: string[] = [];
    const name = await selectTfBackend({ onSkip: (n, why) => skipped.push(`${n}: ${why}`) });
    expect(name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(skipped).toEqual([
      'webgpu: not registered (its package is not imported)',
      'webgl: not registered (its package is not imported)',
    ]);
  });

  it('follows the given order (cpu as the baseline)', async () => {
    expect(await selectTfBackend({ order: ['cpu', 'wasm'] })).toBe('cpu');
    expect(await selectTfBackend({ order: ['wasm'] })).toBe('wasm');
  });

  it.each([
    [true, false, 'wasm', 'software adapter (slower than wasm)'],
    [true, true, 'webgpu', null],
    [null, false, 'wasm', 'no adapter'],
  ] as const)('software adapter %s, allowed %s → %s', async (software, allow, expected, reason) => {
    // A stand-in registered as "webgpu" (a cpu backend) so the adapter rule can be exercised in Node.
    tf.registerBackend('webgpu', cpuFactory, 0);
    const skipped: string[] = [];
    const name = await selectTfBackend({
      order: ['webgpu', 'wasm'] as TfBackendName[],
      allowSoftwareGpu: allow,
      probes: { webgpuIsSoftware: () => Promise.resolve(software) },
      onSkip: (_, why) => skipped.push(why),
    });
    expect(name).toBe(expected);
    expect(skipped).toEqual(reason ? [reason] : []);
    await tf.setBackend('wasm');
  });
});

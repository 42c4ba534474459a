import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../errors.ts';
import { createMemoryCheckpointStore } from './createMemoryCheckpointStore.ts';

describe('createMemoryCheckpointStore', () => {
  it('saves copies, loads them back and lists names in order', async () => {
    const store = createMemoryCheckpointStore();
    const weights = new Float32Array([1, 2, 3]).buffer;
    await store.save('iter-0002', { modelJson: { a: 1 }, weights });
    await store.save('iter-0001', { modelJson: { a: 0 }, weights });
    new Float32Array(weights)[0] = 9;
    const loaded = await store.load('iter-0002');
    expect(loaded.modelJson).toEqual({ a: 1 });
    expect(Array.from(new Float32Array(loaded.weights))).toEqual([1, 2, 3]);
    expect(await store.list()).toEqual(['iter-0001', 'iter-0002']);
    await expect(store.load('missing')).rejects.toThrow(FlowSteerError);
  });
});

import { FlowSteerError } from '../errors.ts';
import type { CheckpointStore } from './CheckpointStore.ts';
import type { PolicyArtifacts } from './types.ts';

/** Copies so a caller mutating its buffer or JSON cannot change a stored checkpoint. */
const copy = (a: PolicyArtifacts): PolicyArtifacts => ({
  modelJson: structuredClone(a.modelJson),
  weights: a.weights.slice(0),
});

/** A checkpoint store in memory (tests, workers that hand checkpoints to the page). */
export function createMemoryCheckpointStore(): CheckpointStore {
  const entries = new Map<string, PolicyArtifacts>();
  return {
    save(name, artifacts) {
      entries.set(name, copy(artifacts));
      return Promise.resolve();
    },
    load(name) {
      const found = entries.get(name);
      if (!found) return Promise.reject(new FlowSteerError('E_CHECKPOINT', `No checkpoint named "${name}".`));
      return Promise.resolve(copy(found));
    },
    list: () => Promise.resolve([...entries.keys()].sort()),
  };
}

import type { PolicyArtifacts } from './types.ts';

/**
 * Where policy checkpoints live: folders of model.json + weights.bin from the CLI, IndexedDB in the browser, a
 * map in tests. Names are plain (`iter-0040`, `final`); a store lists what it holds.
 */
export interface CheckpointStore {
  save(name: string, artifacts: PolicyArtifacts): Promise<void>;
  /** Throws E_CHECKPOINT when there is no checkpoint of that name or it cannot be read. */
  load(name: string): Promise<PolicyArtifacts>;
  /** Names in lexical order. */
  list(): Promise<string[]>;
}

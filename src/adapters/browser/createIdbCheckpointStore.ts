import { openDB, type IDBPDatabase } from 'idb';
import { FlowSteerError } from '../../core/errors.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import type { PolicyArtifacts } from '../../core/policy/types.ts';
import type { TrainerState } from '../../core/training/trainerTypes.ts';

const DB_NAME = 'flowsteer-checkpoints';
const CHECKPOINTS = 'checkpoints';
const RUNS = 'runs';
const LAST_RUN = 'last';

/** What a reload needs to resume the last training run: its latest checkpoint, suites and trainer state. */
export interface TrainingRunRecord {
  checkpoint: string;
  suites: string[];
  state: TrainerState;
  /** The tfjs backend the run trained on. */
  backend?: string;
  /** ISO time the checkpoint was saved. */
  savedAt: string;
}

/** Policy checkpoints in IndexedDB plus the last run's record; the same database serves the page and the worker. */
export interface IdbCheckpointStore extends CheckpointStore {
  delete(name: string): Promise<void>;
  saveRun(record: TrainingRunRecord): Promise<void>;
  /** The last run's record, or null when none was saved (or it was cleared). */
  loadRun(): Promise<TrainingRunRecord | null>;
  clearRun(): Promise<void>;
}

/** Opens (creating on first use) the IndexedDB checkpoint store; a separate database from the autosave's. */
export function createIdbCheckpointStore(dbName = DB_NAME): IdbCheckpointStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    db ??= openDB(dbName, 1, {
      upgrade(database) {
        database.createObjectStore(CHECKPOINTS);
        database.createObjectStore(RUNS);
      },
    });
    return db;
  };
  return {
    async save(name, artifacts) {
      // Copies, so the caller may keep mutating its buffer; IndexedDB clones the rest.
      const value: PolicyArtifacts = { modelJson: artifacts.modelJson, weights: artifacts.weights.slice(0) };
      await (await open()).put(CHECKPOINTS, value, name);
    },
    async load(name) {
      const found = (await (await open()).get(CHECKPOINTS, name)) as PolicyArtifacts | undefined;
      if (!found || !(found.weights instanceof ArrayBuffer) || typeof found.modelJson !== 'object')
        throw new FlowSteerError('E_CHECKPOINT', `No checkpoint named "${name}".`);
      return found;
    },
    async list() {
      const keys = await (await open()).getAllKeys(CHECKPOINTS);
      return keys.map(String).sort();
    },
    async delete(name) {
      await (await open()).delete(CHECKPOINTS, name);
    },
    async saveRun(record) {
      await (await open()).put(RUNS, record, LAST_RUN);
    },
    async loadRun() {
      const found = (await (await open()).get(RUNS, LAST_RUN)) as TrainingRunRecord | undefined;
      return found ?? null;
    },
    async clearRun() {
      await (await open()).delete(RUNS, LAST_RUN);
    },
  };
}

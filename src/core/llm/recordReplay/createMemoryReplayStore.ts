import { parseReplayFile } from './replayFileSchema.ts';
import type { ReplayEntry, ReplayFile, ReplayStore } from './ReplayStore.ts';

/** A replay store in memory that can be serialised to, and rebuilt from, a {@link ReplayFile}. */
export interface MemoryReplayStore extends ReplayStore {
  readonly size: number;
  /** The versioned file form, entries in key order. */
  toJSON(): ReplayFile;
}

/** Creates an in-memory replay store, optionally filled from a file form. */
export function createMemoryReplayStore(initial?: ReplayFile): MemoryReplayStore {
  const entries = new Map<string, ReplayEntry>(Object.entries(initial?.entries ?? {}));
  return {
    get: (key) => entries.get(key),
    set: (key, entry) => void entries.set(key, entry),
    backendIds: () => [...new Set([...entries.values()].map((e) => e.backendId))].sort(),
    get size() {
      return entries.size;
    },
    toJSON() {
      const sorted: Record<string, ReplayEntry> = {};
      for (const key of [...entries.keys()].sort()) sorted[key] = entries.get(key) as ReplayEntry;
      return { format: 'flowsteer-replay', version: 1, entries: sorted };
    },
  };
}

/** Rebuilds a memory store from parsed JSON, validating it (E_SCHEMA, E_UNSUPPORTED_VERSION). */
export function replayStoreFromJSON(data: unknown): MemoryReplayStore {
  return createMemoryReplayStore(parseReplayFile(data));
}

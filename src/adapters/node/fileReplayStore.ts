import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  createMemoryReplayStore,
  replayStoreFromJSON,
} from '../../core/llm/recordReplay/createMemoryReplayStore.ts';
import type { MemoryReplayStore } from '../../core/llm/recordReplay/createMemoryReplayStore.ts';
import type { ReplayFile } from '../../core/llm/recordReplay/ReplayStore.ts';

/** A replay store backed by a JSON file: loaded whole, saved whole and atomically. */
export interface FileReplayStore extends MemoryReplayStore {
  readonly path: string;
  /** Writes the entries to the file atomically (a temporary file renamed over it). */
  save(): Promise<void>;
}

let tmpCounter = 0;

/** Writes a replay file atomically: readers see the old file or the new one, never half of one. */
export async function saveReplayFile(path: string, file: ReplayFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Opens the replay file at `path` (an empty store when the file does not exist yet); a file that is not valid
 * JSON or not a replay file throws a coded error (E_SCHEMA, E_UNSUPPORTED_VERSION) rather than being overwritten.
 */
export async function loadFileReplayStore(path: string): Promise<FileReplayStore> {
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let memory: MemoryReplayStore;
  if (text === null) {
    memory = createMemoryReplayStore();
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    memory = replayStoreFromJSON(data);
  }
  return {
    path,
    get: memory.get,
    set: memory.set,
    backendIds: memory.backendIds,
    get size() {
      return memory.size;
    },
    toJSON: () => memory.toJSON(),
    save: () => saveReplayFile(path, memory.toJSON()),
  };
}

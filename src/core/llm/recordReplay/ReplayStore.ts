import type { LlmUsage } from '../../ports/LlmClient.ts';

/** One recorded answer: the response text and usage, never headers, keys or the request. */
export interface ReplayEntry {
  /** The id of the backend that answered (e.g. `openai:http://localhost:11434/v1#llama3`). */
  backendId: string;
  text: string;
  usage: LlmUsage;
  /** The model that answered, as the backend reported it. */
  model: string;
  /** What the recorded call cost; a replay costs nothing. */
  costUsd: number;
}

/** The serialised form of a replay store, as saved to a file. */
export interface ReplayFile {
  format: 'flowsteer-replay';
  version: 1;
  /** Entries by request key, in key order so files diff cleanly. */
  entries: Record<string, ReplayEntry>;
}

/**
 * Where recorded answers live. Synchronous on purpose: stores are loaded whole before a run and saved after, so
 * lookups in the hot path of training never wait on I/O.
 */
export interface ReplayStore {
  get(key: string): ReplayEntry | undefined;
  set(key: string, entry: ReplayEntry): void;
  /** The distinct backend ids of the entries, so a replay without a backend knows which one was recorded. */
  backendIds(): string[];
}

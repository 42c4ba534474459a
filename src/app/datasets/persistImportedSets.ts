import type { StoreApi } from 'zustand/vanilla';
import type { IdbDocumentStore } from '../../adapters/browser/createIdbWorkflowStore.ts';
import { TASK_TYPES } from '../../core/tasks/types.ts';
import type { AppState } from '../store/createAppStore.ts';
import { isImportedSuite, type ImportedSet } from './importedSets.ts';

const KEY = 'importedSets';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A stored set that still has the shape the IDE runs: anything else is left out rather than half-loaded. */
function isImportedSet(x: unknown): x is ImportedSet {
  return (
    isRecord(x) &&
    typeof x['id'] === 'string' &&
    isImportedSuite(x['id']) &&
    typeof x['dataset'] === 'string' &&
    typeof x['source'] === 'string' &&
    typeof x['skipped'] === 'number' &&
    Array.isArray(x['tasks']) &&
    x['tasks'].length > 0 &&
    x['tasks'].every(
      (t: unknown) =>
        isRecord(t) &&
        typeof t['id'] === 'string' &&
        typeof t['question'] === 'string' &&
        (TASK_TYPES as readonly unknown[]).includes(t['type']),
    )
  );
}

/** The imported sets kept in IndexedDB; a blocked database or a malformed entry gives fewer sets, never an error. */
export async function loadImportedSets(docs: IdbDocumentStore): Promise<ImportedSet[]> {
  try {
    const saved = await docs.load(KEY);
    return Array.isArray(saved) ? saved.filter(isImportedSet) : [];
  } catch {
    return [];
  }
}

/** Saves the imported sets whenever they change; returns the unsubscribe function. */
export function persistImportedSets(store: StoreApi<AppState>, docs: IdbDocumentStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.importedSets === previous.importedSets) return;
    docs.save(KEY, state.importedSets).catch(() => {
      state.setNotice({
        kind: 'error',
        text: 'The imported datasets could not be saved in this browser; they last until the page closes.',
      });
    });
  });
}

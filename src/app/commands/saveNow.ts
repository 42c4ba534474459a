import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store/createAppStore.ts';

/** Saves the work now and resolves whether it was stored. */
type Saver = () => Promise<boolean>;
const savers = new WeakMap<StoreApi<AppState>, Saver>();

/**
 * Registers how an app store's work is saved (autosave registers its flush), so Ctrl+S can force a save without
 * knowing the database; returns the function that unregisters it.
 */
export function registerSaver(store: StoreApi<AppState>, save: Saver): () => void {
  savers.set(store, save);
  return () => {
    if (savers.get(store) === save) savers.delete(store);
  };
}

/** Saves the store's work now; resolves false when nothing is registered to save it, or it was not stored. */
export async function saveNow(store: StoreApi<AppState>): Promise<boolean> {
  const save = savers.get(store);
  if (!save) return false;
  try {
    return await save();
  } catch {
    return false;
  }
}

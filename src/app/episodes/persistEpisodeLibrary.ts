import type { StoreApi } from 'zustand/vanilla';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { EPISODE_LIBRARY_LIMIT, type EpisodeLibraryState } from './createEpisodeLibrary.ts';

/** Where the library is kept (the app's IndexedDB document store in the page, a map in tests). */
export interface EpisodeDocs {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
}

/** The document key of the saved library. */
export const EPISODES_KEY = 'episodes';

/** Checks one saved episode as an imported file would be checked; null drops it. */
export type ReadEpisode = (value: unknown) => EpisodeRecord | null;

/**
 * Restores the saved episodes into the library (keeping any recorded meanwhile, which win by id) and saves the
 * library shortly after each change, so recorded episodes survive a reload. Broken entries are dropped, never
 * fatal. Resolves once the saved episodes are in; the returned function stops saving.
 */
export async function persistEpisodeLibrary(
  library: StoreApi<EpisodeLibraryState>,
  docs: EpisodeDocs,
  read: ReadEpisode,
  delayMs = 300,
): Promise<() => void> {
  let saved: EpisodeRecord[] = [];
  try {
    const value = await docs.load(EPISODES_KEY);
    if (Array.isArray(value)) saved = value.map(read).filter((e): e is EpisodeRecord => e !== null);
  } catch {
    // A blocked or private-mode database: the library still works for this visit.
  }
  const { episodes: current, openId } = library.getState();
  const ids = new Set(current.map((e) => e.id));
  const merged = [...saved.filter((e) => !ids.has(e.id)), ...current].slice(-EPISODE_LIBRARY_LIMIT);
  library.setState({ episodes: merged, openId });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    void docs.save(EPISODES_KEY, library.getState().episodes).catch(() => undefined);
  };
  const unsubscribe = library.subscribe((state, previous) => {
    if (state.episodes === previous.episodes) return;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EpisodeRecord } from '../../core/episodes/types.ts';

/** How many episodes the library keeps in memory (oldest dropped first). */
export const EPISODE_LIBRARY_LIMIT = 50;

/** Recorded episodes (watched, hand-made, sampled from training, imported) and the one open in the player. */
export interface EpisodeLibraryState {
  /** Oldest first. */
  episodes: EpisodeRecord[];
  /** The episode the player shows, or null. */
  openId: string | null;
  /** Adds (or replaces, by id) an episode; `open` also shows it in the player. */
  add(episode: EpisodeRecord, options?: { open?: boolean }): void;
  open(id: string | null): void;
  remove(id: string): void;
}

/** The episode library store; one per app, shared by the watch panel, the player and the training studio. */
export function createEpisodeLibrary(): StoreApi<EpisodeLibraryState> {
  return createStore<EpisodeLibraryState>()((set, get) => ({
    episodes: [],
    openId: null,
    add(episode, options = {}) {
      const others = get().episodes.filter((e) => e.id !== episode.id);
      const episodes = [...others, episode].slice(-EPISODE_LIBRARY_LIMIT);
      const openId = options.open ? episode.id : get().openId;
      set({ episodes, openId: episodes.some((e) => e.id === openId) ? openId : null });
    },
    open(openId) {
      set({ openId: openId !== null && get().episodes.some((e) => e.id === openId) ? openId : null });
    },
    remove(id) {
      const episodes = get().episodes.filter((e) => e.id !== id);
      set({ episodes, openId: get().openId === id ? null : get().openId });
    },
  }));
}

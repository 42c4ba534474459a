import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { EpisodeLibraryState } from './createEpisodeLibrary.ts';

/** The app's episode library; provided by App. */
export const EpisodeLibraryContext = createContext<StoreApi<EpisodeLibraryState> | null>(null);

/** Reads the episode library with a selector (re-renders only when the selected value changes). */
export function useEpisodeLibrary<T>(selector: (state: EpisodeLibraryState) => T): T {
  const store = useContext(EpisodeLibraryContext);
  if (!store) throw new Error('useEpisodeLibrary needs an EpisodeLibraryContext provider');
  return useStore(store, selector);
}

/** The library store itself, for event handlers that read or write it outside rendering. */
export function useEpisodeLibraryApi(): StoreApi<EpisodeLibraryState> {
  const store = useContext(EpisodeLibraryContext);
  if (!store) throw new Error('useEpisodeLibraryApi needs an EpisodeLibraryContext provider');
  return store;
}

import type { StoreApi } from 'zustand/vanilla';
import { checkEpisodeData } from '../../core/episodes/index.ts';
import type { EpisodeLibraryState } from './createEpisodeLibrary.ts';
import { persistEpisodeLibrary, type EpisodeDocs } from './persistEpisodeLibrary.ts';

/**
 * Restores the saved episode library and keeps saving it; loaded after the first paint (the episode schema stays
 * out of the start-up bundle). Saved episodes are checked like imported files, and a broken one is dropped.
 */
export function restoreEpisodeLibrary(
  library: StoreApi<EpisodeLibraryState>,
  docs: EpisodeDocs,
): Promise<() => void> {
  return persistEpisodeLibrary(library, docs, (value) => {
    const checked = checkEpisodeData(value);
    return checked.ok ? checked.episode : null;
  });
}

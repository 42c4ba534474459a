import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createEpisodeLibrary } from './createEpisodeLibrary.ts';
import { fakeEpisode } from './episodeTestKit.ts';
import { EPISODES_KEY, persistEpisodeLibrary, type EpisodeDocs } from './persistEpisodeLibrary.ts';
import { memoryDocs } from '../persistence/memoryDocs.testutil.ts';

const registry = createBuiltinRegistry();
const read = (value: unknown): EpisodeRecord | null =>
  typeof value === 'object' &&
  value !== null &&
  (value as { format?: unknown }).format === 'flowsteer-episode'
    ? (value as EpisodeRecord)
    : null;

describe('persistEpisodeLibrary', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores saved episodes, drops broken ones, and keeps episodes recorded meanwhile', async () => {
    const docs = memoryDocs({
      [EPISODES_KEY]: [fakeEpisode(registry, 'a'), { format: 'junk' }, fakeEpisode(registry, 'b')],
    });
    const library = createEpisodeLibrary();
    library.getState().add({ ...fakeEpisode(registry, 'b'), maxTurns: 20 });
    await persistEpisodeLibrary(library, docs, read);
    const episodes = library.getState().episodes;
    expect(episodes.map((e) => e.id)).toEqual(['a', 'b']);
    expect(episodes[1]?.maxTurns).toBe(20);
  });

  it('saves after a change, once per burst, and stops when asked', async () => {
    const docs = memoryDocs();
    const library = createEpisodeLibrary();
    const stop = await persistEpisodeLibrary(library, docs, read, 100);
    library.getState().add(fakeEpisode(registry, 'x'));
    library.getState().add(fakeEpisode(registry, 'y'));
    expect(docs.data.has(EPISODES_KEY)).toBe(false);
    vi.advanceTimersByTime(100);
    expect((docs.data.get(EPISODES_KEY) as EpisodeRecord[]).map((e) => e.id)).toEqual(['x', 'y']);
    stop();
    library.getState().remove('x');
    vi.advanceTimersByTime(500);
    expect((docs.data.get(EPISODES_KEY) as EpisodeRecord[]).length).toBe(2);
  });

  it('works without a database', async () => {
    const library = createEpisodeLibrary();
    const docs: EpisodeDocs = {
      load: () => Promise.reject(new Error('blocked')),
      save: () => Promise.reject(new Error('blocked')),
    };
    await persistEpisodeLibrary(library, docs, read);
    library.getState().add(fakeEpisode(registry, 'z'));
    vi.advanceTimersByTime(1000);
    expect(library.getState().episodes).toHaveLength(1);
  });
});

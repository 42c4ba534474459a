import type { CanvasAction } from '../actions/types.ts';
import { EpisodeAborted } from '../training/runEpisode.ts';
import { createEpisodeSession } from './createEpisodeSession.ts';
import type { EpisodeSessionOptions } from './episodeSessionTypes.ts';
import type { EpisodeRecord } from './types.ts';

/**
 * Plays a list of actions (e.g. one sampled in training) through a recording session and returns the full
 * record. Actions after the episode has ended are ignored; a stopped signal throws EpisodeAborted.
 */
export async function recordActions(
  options: EpisodeSessionOptions,
  actions: readonly CanvasAction[],
  signal?: AbortSignal,
): Promise<EpisodeRecord> {
  const session = createEpisodeSession(options);
  await session.start();
  for (const action of actions) {
    if (session.done) break;
    if (signal?.aborted) throw new EpisodeAborted('The recording was stopped.');
    await session.step(action, {}, signal ? { signal } : {});
  }
  if (signal?.aborted) throw new EpisodeAborted('The recording was stopped.');
  return session.record();
}

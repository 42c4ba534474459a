import { useEpisodeLibrary } from './EpisodeLibraryContext.tsx';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { episodeSummary, finalReward } from './timelineModel.ts';

/** The library: newest first, one button per episode (actor, task, steps, correctness and reward). */
export function EpisodeLibraryList({
  shownId,
  onOpen,
}: {
  shownId: string | null;
  onOpen(episode: EpisodeRecord): void;
}) {
  const episodes = useEpisodeLibrary((s) => s.episodes);
  const remove = useEpisodeLibrary((s) => s.remove);
  if (episodes.length === 0) {
    return (
      <p className="muted episode-empty">
        No episodes yet: watch a policy, turn on Record and edit the canvas, or import an episode file.
      </p>
    );
  }
  return (
    <ul className="episode-library" aria-label="Episode library">
      {[...episodes].reverse().map((e) => {
        const reward = finalReward(e);
        const summary = episodeSummary(e);
        return (
          <li key={e.id} className={e.id === shownId ? 'current' : undefined}>
            <button
              type="button"
              className="episode-open"
              aria-current={e.id === shownId ? 'true' : undefined}
              aria-label={`Open episode: ${summary}`}
              title={e.task.question}
              onClick={() => onOpen(e)}
            >
              <span className="episode-actor">{e.actor.kind === 'human' ? 'hand' : e.actor.name}</span>
              {e.forkOf ? <span className="episode-fork-tag">fork</span> : null}
              <span className="muted">{e.task.id}</span>
              <span>{e.steps.length} steps</span>
              <span className={reward ? (reward.correctness >= 1 ? 'episode-good' : 'episode-bad') : 'muted'}>
                {reward ? `c ${reward.correctness.toFixed(2)} · R ${reward.total.toFixed(2)}` : 'unfinished'}
              </span>
            </button>
            <button
              type="button"
              className="episode-remove"
              aria-label={`Remove episode: ${summary}`}
              onClick={() => remove(e.id)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

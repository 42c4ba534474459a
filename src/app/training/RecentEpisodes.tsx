import { useContext, useState } from 'react';
import { useEpisodeLibraryApi } from '../episodes/EpisodeLibraryContext.tsx';
import { AppStoreContext } from '../store/AppStoreContext.tsx';
import { useTrainingContext, useTrainingSession } from './TrainingSessionContext.tsx';
import type { StripEpisode } from './trainingViewModel.ts';

/** The strip of recent sampled episodes; a click replays one into the episode library and opens it. */
export function RecentEpisodes() {
  const { getSandbox } = useTrainingContext();
  const recent = useTrainingSession((s) => s.vm.recent);
  const config = useTrainingSession((s) => s.vm.config);
  const app = useContext(AppStoreContext);
  const library = useEpisodeLibraryApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (sample: StripEpisode): Promise<void> => {
    if (!config || !app) return;
    setBusy(sample.id);
    setError(null);
    try {
      const { recordSampledEpisode } = await import('./recordSampledEpisode.ts');
      const record = await recordSampledEpisode(sample, config, {
        registry: app.getState().registry,
        sandbox: getSandbox(),
      });
      library.getState().add(record, { open: true });
      app.getState().setView('studio');
      app.getState().setDockTab('episode');
      library.getState().open(record.id);
    } catch (e) {
      setError(`The episode could not be replayed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="training-strip" aria-label="Recent episodes">
      <h3>Recent episodes</h3>
      {recent.length === 0 && (
        <p className="training-note">Episodes sampled from each iteration appear here.</p>
      )}
      <ul>
        {recent.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              disabled={busy !== null}
              aria-label={`Replay episode of iteration ${e.iteration} on ${e.task.id}`}
              title={e.task.question}
              onClick={() => void open(e)}
            >
              <span className="training-strip-iter">it {e.iteration}</span>
              <span className="training-strip-task">{e.task.id}</span>
              <span className={e.correctness >= 0.5 ? 'training-good' : 'training-bad'}>
                c {e.correctness.toFixed(2)}
              </span>
              <span>R {e.reward.toFixed(2)}</span>
              <span>{e.actions.length} actions</span>
              {busy === e.id && <span>replaying…</span>}
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="training-error">{error}</p>}
    </section>
  );
}

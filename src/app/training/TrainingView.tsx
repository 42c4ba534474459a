import { useContext, useEffect } from 'react';
import { CheckpointPanel } from './CheckpointPanel.tsx';
import { MetricChart } from './MetricChart.tsx';
import { RecentEpisodes } from './RecentEpisodes.tsx';
import { TrainingControls } from './TrainingControls.tsx';
import { TrainingSessionContext, useTrainingContext, useTrainingSession } from './TrainingSessionContext.tsx';
import {
  episodesPerMinute,
  etaSeconds,
  formatDuration,
  progressOf,
  trainingStatusText,
} from './trainingViewModel.ts';
import type { TrainingViewModel } from './trainingViewModel.ts';

const PHASE_TEXT: Record<TrainingViewModel['phase'], string> = {
  idle: 'Not started',
  running: 'Training…',
  pausing: 'Pausing after this iteration…',
  paused: 'Paused',
  stopping: 'Stopping…',
  finished: 'Finished',
  failed: 'Failed',
};

/** The backend line: the one in use and, when it is not the one asked for, why (the fallback). */
function BackendLabel() {
  const backend = useTrainingSession((s) => s.backend);
  if (!backend) return <span data-testid="training-backend">tfjs backend: not loaded yet</span>;
  const fellBack = backend.requested !== 'auto' && backend.requested !== backend.name;
  const why = backend.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  return (
    <span data-testid="training-backend" title={why || undefined}>
      tfjs backend: <strong>{backend.name}</strong>
      {fellBack ? ` (fell back from ${backend.requested})` : ''}
    </span>
  );
}

/** The training studio: settings and controls, progress with ETA, live curves, recent episodes, checkpoints. */
export function TrainingView() {
  if (!useContext(TrainingSessionContext))
    return <p className="training-note">Training is not available here.</p>;
  return <TrainingScreen />;
}

function TrainingScreen() {
  const { session } = useTrainingContext();
  const vm = useTrainingSession((s) => s.vm);
  const starting = useTrainingSession((s) => s.starting);
  const message = useTrainingSession((s) => s.message);
  useEffect(() => {
    void session.getState().refresh();
  }, [session]);
  const progress = progressOf(vm);
  const rate = episodesPerMinute(vm);
  const s = vm.series;
  return (
    <div className="training-view">
      <TrainingControls />
      <section className="training-status" aria-label="Training progress">
        <div className="training-status-line">
          <span role="status" aria-label="Training status">
            {starting ? 'Starting (loading tfjs and Python)…' : trainingStatusText(vm, PHASE_TEXT[vm.phase])}
          </span>
          <span data-testid="training-iteration">
            Iteration {vm.iteration} / {vm.iterations || '—'}
          </span>
          <span data-testid="training-episodes">{vm.totalEpisodes} episodes</span>
          <span data-testid="training-rate">{rate === null ? '—' : `${Math.round(rate)} episodes/min`}</span>
          <span data-testid="training-eta">
            ETA {formatDuration(vm.phase === 'running' ? etaSeconds(vm) : null)}
          </span>
          <BackendLabel />
          {vm.lastCheckpoint && <span data-testid="training-checkpoint">Saved {vm.lastCheckpoint}</span>}
        </div>
        <div
          className="training-progress"
          role="progressbar"
          aria-label="Training progress bar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <div className="training-progress-fill" style={{ width: `${(progress * 100).toFixed(1)}%` }} />
        </div>
        {vm.error && <p className="training-error">Training failed: {vm.error}</p>}
        {message && <p className="training-error">{message}</p>}
        {vm.lastSkip && vm.phase !== 'idle' && (
          <p className="training-note">Last skipped update: {vm.lastSkip}</p>
        )}
      </section>
      <section className="training-charts" aria-label="Training curves">
        <MetricChart
          title="Reward and correctness"
          iterations={s.iteration}
          lines={[
            { label: 'mean R', values: s.reward, color: '#3b82f6' },
            { label: 'correctness', values: s.correctness, color: '#84cc16' },
          ]}
        />
        <MetricChart
          title="Release and shortcut rate"
          iterations={s.iteration}
          range={[0, 1]}
          lines={[
            { label: 'release', values: s.release, color: '#14b8a6' },
            { label: 'shortcut', values: s.shortcut, color: '#f87171' },
          ]}
        />
        <MetricChart
          title="Turns"
          iterations={s.iteration}
          lines={[{ label: 'mean turns', values: s.turns, color: '#f59e0b' }]}
        />
        <MetricChart
          title="Loss and KL"
          iterations={s.iteration}
          lines={[
            { label: 'loss', values: s.loss, color: '#8b5cf6' },
            { label: 'KL', values: s.kl, color: '#ec4899' },
          ]}
        />
      </section>
      <RecentEpisodes />
      <CheckpointPanel />
    </div>
  );
}

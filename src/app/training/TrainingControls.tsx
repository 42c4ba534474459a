import type { TrainerAlgo } from '../../core/training/trainerConfig.ts';
import type { BackendPreference } from '../../workers/trainer/trainerWorkerApi.ts';
import { canResume, TRAINING_SUITES } from './createTrainingSession.ts';
import type { TrainingForm, TrainingSuiteChoice } from './createTrainingSession.ts';
import { useTrainingContext, useTrainingSession } from './TrainingSessionContext.tsx';

const BACKENDS: { id: BackendPreference; label: string }[] = [
  { id: 'auto', label: 'Auto (fastest real)' },
  { id: 'webgpu', label: 'WebGPU' },
  { id: 'webgl', label: 'WebGL' },
  { id: 'wasm', label: 'WASM' },
  { id: 'cpu', label: 'CPU' },
];

const SUITE_LABEL: Record<TrainingSuiteChoice, string> = {
  'builtin:math': 'builtin:math (train)',
  'builtin:qa': 'builtin:qa (train)',
  'builtin:code': 'builtin:code (train)',
  all: 'All built-in suites',
};

type NumberField = 'groupSize' | 'batchTasks' | 'iterations' | 'checkpointEvery' | 'seed';
const NUMBERS: { key: NumberField; label: string; min: number }[] = [
  { key: 'groupSize', label: 'Group size (G)', min: 2 },
  { key: 'batchTasks', label: 'Batch (B tasks)', min: 1 },
  { key: 'iterations', label: 'Iterations', min: 1 },
  { key: 'checkpointEvery', label: 'Checkpoint every', min: 0 },
  { key: 'seed', label: 'Seed', min: 0 },
];

/** The run settings and Start / Pause / Resume / Stop; settings lock while a run is in progress. */
export function TrainingControls() {
  const { session } = useTrainingContext();
  const form = useTrainingSession((s) => s.form);
  const phase = useTrainingSession((s) => s.vm.phase);
  const starting = useTrainingSession((s) => s.starting);
  const lastRun = useTrainingSession((s) => s.lastRun);
  const active =
    starting || phase === 'running' || phase === 'pausing' || phase === 'paused' || phase === 'stopping';
  const set = (patch: Partial<TrainingForm>) => session.getState().setForm(patch);
  const api = session.getState();
  return (
    <section className="training-controls" aria-label="Training settings">
      <label>
        Suite
        <select
          aria-label="Training suite"
          value={form.suite}
          disabled={active}
          onChange={(e) => set({ suite: e.target.value as TrainingSuiteChoice })}
        >
          {TRAINING_SUITES.map((s) => (
            <option key={s} value={s}>
              {SUITE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Algorithm
        <select
          aria-label="Algorithm"
          value={form.algo}
          disabled={active}
          onChange={(e) => set({ algo: e.target.value as TrainerAlgo })}
        >
          <option value="cwrpo">CWRPO</option>
          <option value="grpo">GRPO (R = c, no finish rule)</option>
        </select>
      </label>
      {NUMBERS.map((n) => (
        <label key={n.key}>
          {n.label}
          <input
            type="number"
            aria-label={n.label}
            min={n.min}
            value={form[n.key]}
            disabled={active}
            onChange={(e) => set({ [n.key]: Math.max(n.min, Math.floor(Number(e.target.value) || 0)) })}
          />
        </label>
      ))}
      <label>
        tfjs backend
        <select
          aria-label="tfjs backend"
          value={form.backend}
          disabled={active}
          onChange={(e) => set({ backend: e.target.value as BackendPreference })}
        >
          {BACKENDS.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <div className="training-buttons">
        {!active && (
          <button type="button" className="primary" onClick={() => void api.start()}>
            Start training
          </button>
        )}
        {!active && canResume(lastRun) && (
          <button type="button" onClick={() => void api.resumeFromCheckpoint()}>
            Resume from checkpoint {lastRun.checkpoint}
          </button>
        )}
        {active && (phase === 'running' || starting) && (
          <button type="button" disabled={starting} onClick={() => api.pause()}>
            Pause training
          </button>
        )}
        {active && (phase === 'paused' || phase === 'pausing') && (
          <button type="button" onClick={() => api.resume()}>
            Resume training
          </button>
        )}
        {active && (
          <button type="button" disabled={starting || phase === 'stopping'} onClick={() => void api.stop()}>
            Stop training
          </button>
        )}
      </div>
    </section>
  );
}

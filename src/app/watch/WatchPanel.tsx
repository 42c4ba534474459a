import { useEffect } from 'react';
import { TaskFields } from '../run/TaskFields.tsx';
import { useSuiteTasks } from '../run/useSuiteTasks.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { TopActionsOverlay } from './TopActionsOverlay.tsx';
import type { WatchController } from './WatchController.ts';
import { useWatchController, useWatchState } from './WatchContext.tsx';
import type { WatchPhase } from './watchState.ts';
import { WatchSteps } from './WatchSteps.tsx';
import { isWatchSpeed, WATCH_SPEEDS } from './watchSpeeds.ts';

const PHASE_TEXT: Record<WatchPhase, string> = {
  idle: 'Not watching',
  loading: 'Loading the policy…',
  playing: 'Playing',
  paused: 'Paused',
  done: 'Episode over',
  error: 'Stopped by an error',
};

/** The dock's Watch tab: a policy plays an episode on the run panel's task, edit by edit, on the canvas. */
export function WatchPanel() {
  const controller = useWatchController();
  if (!controller) {
    return (
      <section className="watch-panel" aria-label="Watch">
        <p className="muted">Watching a policy needs a watch controller; this page was built without one.</p>
      </section>
    );
  }
  return <WatchPanelBody controller={controller} />;
}

/** The task the episode runs on: the run panel's pick (changeable here while nothing plays). */
function WatchTask({ controller }: { controller: WatchController }) {
  const suite = useAppStore((s) => s.suite);
  const taskIndex = useAppStore((s) => s.taskIndex);
  const watched = useWatchState(controller, (s) => s.task);
  const saved = useWatchState(controller, (s) => s.saved);
  const tasks = useSuiteTasks(suite);
  if (saved && watched) {
    return (
      <p className="question" title={watched.question}>
        Task {watched.id} ({watched.suite} #{watched.index}): {watched.question}
      </p>
    );
  }
  const task = tasks?.[taskIndex];
  return (
    <div className="row">
      <TaskFields size={tasks?.length ?? 0} />
      <span className="question" title={task?.question}>
        {tasks === null ? 'Loading tasks…' : task ? task.question : 'No task at this index.'}
      </span>
    </div>
  );
}

function WatchPanelBody({ controller }: { controller: WatchController }) {
  const choices = useWatchState(controller, (s) => s.choices);
  const policyId = useWatchState(controller, (s) => s.policyId);
  const seed = useWatchState(controller, (s) => s.seed);
  const speed = useWatchState(controller, (s) => s.speed);
  const phase = useWatchState(controller, (s) => s.phase);
  const busy = useWatchState(controller, (s) => s.busy);
  const steps = useWatchState(controller, (s) => s.steps);
  const narration = useWatchState(controller, (s) => s.narration);
  const error = useWatchState(controller, (s) => s.error);
  const saved = useWatchState(controller, (s) => s.saved);
  useEffect(() => {
    void controller.refreshChoices();
  }, [controller]);
  const loading = phase === 'loading';
  const active = phase === 'playing' || phase === 'paused';
  return (
    <section className="watch-panel" aria-label="Watch">
      <div className="row">
        <label>
          Policy{' '}
          <select
            aria-label="Policy"
            value={policyId}
            disabled={loading}
            onChange={(e) => controller.setPolicy(e.target.value)}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed{' '}
          <input
            aria-label="Seed"
            type="number"
            value={seed}
            disabled={loading}
            onChange={(e) => controller.setSeed(Number(e.target.value))}
          />
        </label>
        <label>
          Speed{' '}
          <select
            aria-label="Speed"
            value={speed}
            onChange={(e) => {
              if (isWatchSpeed(e.target.value)) controller.setSpeed(e.target.value);
            }}
          >
            {WATCH_SPEEDS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void controller.watch()}
          disabled={loading || choices.length === 0}
        >
          Watch policy
        </button>
        {phase === 'playing' ? (
          <button type="button" onClick={() => controller.pause()}>
            Pause
          </button>
        ) : (
          <button type="button" onClick={() => controller.play()} disabled={phase !== 'paused'}>
            Play
          </button>
        )}
        <button
          type="button"
          onClick={() => void controller.step()}
          disabled={!active || (busy && phase === 'paused')}
        >
          Step
        </button>
        <button type="button" onClick={() => void controller.restart()} disabled={!saved || loading}>
          Restart
        </button>
        <output aria-label="Watch status" className={`phase watch-phase-${phase}`}>
          {PHASE_TEXT[phase]}
          {busy ? ' (running the edit…)' : ''}
          {steps.length > 0 ? ` · ${steps.length} step${steps.length === 1 ? '' : 's'}` : ''}
        </output>
      </div>
      <WatchTask controller={controller} />
      {saved ? (
        <div className="row watch-restore">
          <span className="muted">Your workflow is put aside while the policy plays.</span>
          <button type="button" onClick={() => controller.restore()}>
            Back to my workflow
          </button>
          <button type="button" onClick={() => controller.keep()} disabled={loading || busy}>
            Keep this workflow
          </button>
        </div>
      ) : null}
      {error ? <p className="error">{error}</p> : null}
      <p className="watch-narration" role="status" aria-live="polite" aria-label="Narration">
        {narration}
      </p>
      <WatchSteps steps={steps} />
      <TopActionsOverlay controller={controller} />
    </section>
  );
}

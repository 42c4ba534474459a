import { useStore } from 'zustand';
import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { DriverPhase } from './createEpisodeDriver.ts';
import type { EpisodeWorkbench } from './createEpisodeWorkbench.ts';
import { OutcomeComparison } from './OutcomeComparison.tsx';
import { PolicyResume } from './PolicyResume.tsx';
import { RewardTerms } from './StepDetail.tsx';
import { useDriver } from './useDriver.ts';

const PHASE_TEXT: Record<DriverPhase, string> = {
  idle: 'Not started',
  starting: 'Running the start workflow…',
  ready: 'Recording: edit the canvas',
  stepping: 'Running the edited workflow…',
  policy: 'The policy is playing…',
  done: 'Episode finished',
  stopped: 'Not recording',
};

/** A fork being edited or a hand recording: status, live calls, the last step, finish, resume with a policy, compare. */
export function SessionView({ workbench }: { workbench: EpisodeWorkbench }) {
  const mode = useStore(workbench.state, (s) => s.mode);
  const original = useStore(workbench.state, (s) => s.original);
  const atStep = useStore(workbench.state, (s) => s.atStep);
  const error = useStore(workbench.state, (s) => s.error);
  const driver = useStore(workbench.state, (s) => s.driver);
  const { phase, episode, lastStep, liveCalls, message } = useDriver(driver);
  const busy = phase === 'starting' || phase === 'stepping' || phase === 'policy';
  const open = phase === 'ready' || phase === 'stepping';
  const own = episode ? episode.steps.length - (mode === 'fork' ? atStep : 0) : 0;
  return (
    <div className="episode-session" aria-label={mode === 'fork' ? 'Fork' : 'Recording'} role="region">
      <div className="episode-controls">
        <strong>{mode === 'fork' ? `Fork at step ${atStep}` : 'Hand recording'}</strong>
        <output aria-label="Session status" className={`episode-phase phase-${phase}`}>
          {PHASE_TEXT[phase]}
        </output>
        <span className="muted" data-testid="session-steps">
          {own} new step{own === 1 ? '' : 's'}
        </span>
        <span
          className="episode-live"
          data-testid="live-calls"
          title="Backend calls not served from the recording"
        >
          Live calls: {liveCalls}
        </span>
        <span className="episode-spacer" />
        {open ? (
          <button
            type="button"
            onClick={() => void driver?.finish()}
            disabled={phase !== 'ready'}
            title="Send “finish” as a hand step"
          >
            Finish episode
          </button>
        ) : null}
        {phase === 'policy' ? (
          <button type="button" onClick={() => driver?.stopPolicy()}>
            Stop policy
          </button>
        ) : null}
        {mode === 'record' && open ? (
          <button type="button" onClick={() => workbench.stop()}>
            Stop recording
          </button>
        ) : null}
        {mode === 'fork' ? (
          <button
            type="button"
            onClick={() => workbench.close()}
            title="Close the fork; your workflow returns"
          >
            Close fork
          </button>
        ) : null}
      </div>
      {open || phase === 'policy' ? (
        <p className="muted">
          {mode === 'fork'
            ? 'Continue by hand: every canvas edit is a recorded step; or '
            : 'Every canvas edit is a recorded step; or '}
          let a policy play the rest:
        </p>
      ) : null}
      {open ? (
        <PolicyResume workbench={workbench} busy={busy} {...(original ? { initial: original.actor } : {})} />
      ) : null}
      {lastStep ? (
        <p className="episode-feedback" data-testid="session-last-step">
          Last step: <strong>{actionLabel(lastStep.action)}</strong> → {lastStep.feedback.status}:{' '}
          {lastStep.feedback.message}
        </p>
      ) : null}
      {message ? (
        <p className="muted" role="status">
          {message}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {mode === 'fork' && original && episode ? (
        <OutcomeComparison original={original} fork={episode} liveCalls={liveCalls} />
      ) : null}
      {mode === 'record' && lastStep?.reward ? <RewardTerms reward={lastStep.reward} /> : null}
    </div>
  );
}

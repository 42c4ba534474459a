import { useMemo, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { actionLabel } from '../../core/actions/actionLabel.ts';
import { workflowAtStep } from '../../core/episodes/index.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { PLAYER_SPEEDS } from './createEpisodePlayer.ts';
import type { EpisodeWorkbench } from './createEpisodeWorkbench.ts';
import { EpisodeTimeline } from './EpisodeTimeline.tsx';
import { StepDetail } from './StepDetail.tsx';
import { diversityCurve, timelineMarks } from './timelineModel.ts';

/** The player: timeline, the "Episode step" slider, transport and speed, "Fork here", and the shown step's detail. */
export function EpisodePlayerView({ workbench }: { workbench: EpisodeWorkbench }) {
  const { player } = workbench;
  const episode = useStore(player.state, (s) => s.episode);
  const step = useStore(player.state, (s) => s.step);
  const playing = useStore(player.state, (s) => s.playing);
  const speed = useStore(player.state, (s) => s.speed);
  const forkError = useStore(workbench.state, (s) => s.error);
  const registry = useAppStore((s) => s.registry);
  const marks = useMemo(() => (episode ? timelineMarks(episode) : []), [episode]);
  const diversity = useMemo(
    () =>
      episode
        ? diversityCurve(
            Array.from({ length: episode.steps.length + 1 }, (_, k) => workflowAtStep(episode, k)),
            registry,
          )
        : [],
    [episode, registry],
  );
  if (!episode) return null;
  const n = episode.steps.length;
  const current = episode.steps[step - 1];
  const valueText = current ? `Step ${step} of ${n}: ${actionLabel(current.action)}` : `Start (0 of ${n})`;

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target instanceof HTMLSelectElement) return;
    // The slider moves itself on arrows, Home and End; the rest of the player takes them here.
    const onSlider = target instanceof HTMLInputElement && target.type === 'range';
    const key = e.key;
    if (key === ',' || (!onSlider && key === 'ArrowLeft')) player.back();
    else if (key === '.' || (!onSlider && key === 'ArrowRight')) player.forward();
    else if (!onSlider && key === 'Home') player.home();
    else if (!onSlider && key === 'End') player.end();
    else return;
    e.preventDefault();
  };

  return (
    <div
      className="episode-player"
      role="group"
      aria-label="Episode player"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <EpisodeTimeline marks={marks} diversity={diversity} step={step} onSeek={(k) => player.seek(k)} />
      <input
        className="episode-slider"
        type="range"
        aria-label="Episode step"
        aria-valuetext={valueText}
        min={0}
        max={n}
        step={1}
        value={step}
        onChange={(e) => player.seek(Number(e.target.value))}
      />
      <div className="episode-controls">
        {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus at either end. */}
        <button
          type="button"
          onClick={() => player.back()}
          aria-disabled={step === 0}
          title="Step back (← or ,)"
        >
          Back
        </button>
        {playing ? (
          <button type="button" onClick={() => player.pause()} title="Pause">
            Pause
          </button>
        ) : (
          <button type="button" onClick={() => player.play()} disabled={n === 0} title="Play from here">
            Play
          </button>
        )}
        <button
          type="button"
          onClick={() => player.forward()}
          aria-disabled={step >= n}
          title="Step forward (→ or .)"
        >
          Forward
        </button>
        <label>
          Speed{' '}
          <select
            aria-label="Playback speed"
            value={speed}
            onChange={(e) => player.setSpeed(Number(e.target.value))}
          >
            {PLAYER_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <output aria-label="Shown step" className="episode-step-count">
          Step {step} / {n}
        </output>
        <span className="episode-spacer" />
        <button
          type="button"
          onClick={() => void workbench.fork()}
          title="Make the canvas editable from this step; continue by hand or with a policy"
        >
          Fork here
        </button>
        <button
          type="button"
          onClick={() => workbench.close()}
          title="Close the player; your workflow returns"
        >
          Close player
        </button>
      </div>
      {forkError ? (
        <p className="error" role="alert">
          {forkError}
        </p>
      ) : null}
      <StepDetail episode={episode} step={step} />
    </div>
  );
}

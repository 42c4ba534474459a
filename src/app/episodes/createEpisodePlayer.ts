import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import type { Workflow } from '../../core/graph/types.ts';

/** The playback speeds on offer (1× shows one step per {@link STEP_MS}). */
export const PLAYER_SPEEDS = [0.5, 1, 2, 4] as const;

/** Milliseconds per step at 1×: slow enough to read the step's label, fast enough to watch a whole episode. */
export const STEP_MS = 900;

/** Where the player stands: the open episode, the step shown (0 = before the first action), play state, speed. */
export interface PlayerState {
  episode: EpisodeRecord | null;
  /** 0 … episode.steps.length: the workflow after this many steps. */
  step: number;
  playing: boolean;
  speed: number;
}

/** What the player drives: the canvas, entered on open, shown a workflow per step, and left on close. */
export interface PlayerCanvas {
  enter(): void;
  show(workflow: Workflow): void;
  leave(): void;
}

/** What the player needs: the canvas to drive and how to rebuild the workflow at a step. */
export interface EpisodePlayerDeps {
  canvas: PlayerCanvas;
  workflowAt(episode: EpisodeRecord, step: number): Workflow;
}

/** Scrubs, steps and plays one episode at a time; every move shows the workflow of that step on the canvas. */
export interface EpisodePlayer {
  state: StoreApi<PlayerState>;
  open(episode: EpisodeRecord, step?: number): void;
  /** Stops playing and gives the canvas back (the user's own workflow returns). */
  close(): void;
  seek(step: number): void;
  forward(): void;
  back(): void;
  home(): void;
  end(): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
}

/** Number of steps of an episode (the slider's maximum). */
export const lastStep = (episode: EpisodeRecord): number => episode.steps.length;

/** A player bound to a canvas; playing advances one step per STEP_MS / speed and stops at the last step. */
export function createEpisodePlayer(deps: EpisodePlayerDeps): EpisodePlayer {
  const state = createStore<PlayerState>()(() => ({ episode: null, step: 0, playing: false, speed: 1 }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let entered = false;

  const stopTimer = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const show = (step: number): void => {
    const { episode } = state.getState();
    if (!episode) return;
    const clamped = Math.max(0, Math.min(lastStep(episode), Math.round(step)));
    state.setState({ step: clamped });
    deps.canvas.show(deps.workflowAt(episode, clamped));
  };
  const schedule = (): void => {
    stopTimer();
    const { speed } = state.getState();
    timer = setTimeout(tick, STEP_MS / speed);
  };
  function tick(): void {
    const { episode, step } = state.getState();
    if (!episode || step >= lastStep(episode)) {
      player.pause();
      return;
    }
    show(step + 1);
    if (state.getState().step >= lastStep(episode)) player.pause();
    else schedule();
  }
  const manual = (step: number): void => {
    player.pause();
    show(step);
  };

  const player: EpisodePlayer = {
    state,
    open(episode, step = 0) {
      stopTimer();
      if (!entered) deps.canvas.enter();
      entered = true;
      state.setState({ episode, playing: false });
      show(step);
    },
    close() {
      stopTimer();
      state.setState({ episode: null, step: 0, playing: false });
      if (entered) deps.canvas.leave();
      entered = false;
    },
    seek: (step) => manual(step),
    forward: () => manual(state.getState().step + 1),
    back: () => manual(state.getState().step - 1),
    home: () => manual(0),
    end() {
      const { episode } = state.getState();
      if (episode) manual(lastStep(episode));
    },
    play() {
      const { episode, step } = state.getState();
      if (!episode || lastStep(episode) === 0) return;
      // Play from the start again when the last step is showing, as media players do.
      if (step >= lastStep(episode)) show(0);
      state.setState({ playing: true });
      schedule();
    },
    pause() {
      stopTimer();
      if (state.getState().playing) state.setState({ playing: false });
    },
    setSpeed(speed) {
      state.setState({ speed });
      if (state.getState().playing) schedule();
    },
  };
  return player;
}

import type { StoreApi } from 'zustand/vanilla';
import type { EpisodeBackend } from '../../core/episodes/types.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import type { EpisodeCanvas } from '../episodes/createEpisodeCanvas.ts';
import type { EpisodeLibraryState } from '../episodes/createEpisodeLibrary.ts';
import type { PolicyCatalog } from '../policies/PolicyCatalog.ts';
import type { AppState } from '../store/createAppStore.ts';
import type { WatchSession, WatchSessionRequest } from './openWatchSession.ts';
import type { WatchState } from './watchState.ts';
import type { WatchSpeed } from './watchSpeeds.ts';

/** Plays a policy's episode on the canvas: the watch panel's buttons call these. */
export interface WatchController {
  readonly state: StoreApi<WatchState>;
  /** Re-reads the policy catalog (a checkpoint saved a moment ago appears). */
  refreshChoices(): Promise<void>;
  setPolicy(id: string): void;
  setSeed(seed: number): void;
  setSpeed(speed: WatchSpeed): void;
  /** Puts the user's workflow aside, starts an episode on the run panel's task and plays it. */
  watch(): Promise<void>;
  play(): void;
  pause(): void;
  /** One action of the policy (pauses first when playing). */
  step(): Promise<void>;
  /** The same policy, seed and task from turn 0. */
  restart(): Promise<void>;
  /** Ends watching and puts the user's workflow back. */
  restore(): void;
  /** Ends watching and adopts the policy's workflow as one undoable step (undo brings the user's back). */
  keep(): void;
  dispose(): void;
}

/** What the watch controller needs from the page. */
export interface WatchControllerDeps {
  store: StoreApi<AppState>;
  catalog: PolicyCatalog;
  episodes: StoreApi<EpisodeLibraryState>;
  getSandbox: () => CodeSandbox;
  /** Per simulated call at 1× (scaled by the speed; none at Instant), so edits can be watched. */
  latencyMs?: { min: number; max: number };
  /**
   * The backend from the LLM settings, seeded by the watch seed and paced by `clock` (whose sleep follows the
   * speed); the simulated backend when omitted.
   */
  getLlm?: (seed: string, clock: Clock) => { client: LlmClient; backend: EpisodeBackend };
  /** The borrowed studio canvas (shared with the episode player); one of its own on the store when omitted. */
  canvas?: EpisodeCanvas;
  /** Opens a session; by default the lazily imported openWatchSession.ts (keeps the executor out of start-up). */
  open?: (request: WatchSessionRequest) => Promise<WatchSession>;
}

/** Why the canvas refuses edits while a policy plays on it (shown as the notice). */
export const WATCH_READ_ONLY =
  'A policy is editing the canvas: press “Back to my workflow” or “Keep this workflow” in the Watch tab to edit again.';

import type { EpisodeStep } from '../../core/episodes/types.ts';
import type { TopAction } from '../../core/policy/types.ts';
import type { PolicyChoice } from '../policies/PolicyCatalog.ts';
import type { WatchSpeed } from './watchSpeeds.ts';

/**
 * Where watching stands: nothing yet, loading the policy and task, playing on a timer, paused (Step still
 * works), the episode over, or an error (the message is in `error`).
 */
export type WatchPhase = 'idle' | 'loading' | 'playing' | 'paused' | 'done' | 'error';

/** What the watch panel and the overlay draw. */
export interface WatchState {
  /** The policies on offer (refreshed when the panel opens). */
  choices: PolicyChoice[];
  policyId: string;
  seed: number;
  speed: WatchSpeed;
  phase: WatchPhase;
  /** A step is running (its edit is applied and the workflow is executing). */
  busy: boolean;
  /** The task being watched. */
  task: { suite: string; index: number; id: string; question: string } | null;
  /** The episode's steps so far. */
  steps: EpisodeStep[];
  /** Before each step: the policy's top actions (null when the policy does not report probabilities). */
  preview: { turn: number; actions: TopAction[] | null } | null;
  /** The latest sentence for the aria-live region. */
  narration: string;
  error: string | null;
  /** The user's own workflow is put aside and can come back ("Back to my workflow"). */
  saved: boolean;
  /** The finished episode's id in the episode library. */
  episodeId: string | null;
}

/** The state before anything is watched. */
export const INITIAL_WATCH_STATE: WatchState = {
  choices: [],
  policyId: 'heuristic',
  seed: 1,
  speed: '1',
  phase: 'idle',
  busy: false,
  task: null,
  steps: [],
  preview: null,
  narration: '',
  error: null,
  saved: false,
  episodeId: null,
};

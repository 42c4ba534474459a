import type { CanvasAction } from '../actions/types.ts';
import type { Workflow } from '../graph/types.ts';
import type { RewardBreakdown } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import type { PolicyEvaluation } from './evaluatePolicy.ts';
import type { EpisodeSummary } from './summarizeEpisodes.ts';
import type { ImitationResult } from './imitationWarmStart.ts';
import type { TrainerConfig, WarmStartTeacher } from './trainerConfig.ts';

/**
 * Where a run stands, saved in each checkpoint's metadata (`meta.trainer`). No generator state is needed: every iteration's stream is
 * forked from `config.seed` and the iteration number, so a resumed run draws exactly what the uninterrupted one would.
 */
export interface TrainerState {
  format: 'flowsteer-trainer-state';
  version: 1;
  /** Iterations completed (the next one is `iteration + 1`). */
  iteration: number;
  totalEpisodes: number;
  /** Training time so far, carried across resumes. */
  elapsedSeconds: number;
  config: TrainerConfig;
  /** The charted metrics of every iteration so far, so a resumed run's charts start where they stopped. */
  history?: IterationPoint[];
}

/** One iteration's charted metrics (what a checkpoint keeps of each iteration). */
export interface IterationPoint {
  iteration: number;
  meanReward: number;
  meanCorrectness: number;
  releaseRate: number;
  shortcutRate: number;
  meanTurns: number;
  loss: number;
  kl: number;
}

/** The charted metrics of an iteration's stats. */
export const toIterationPoint = (s: IterationPoint): IterationPoint => ({
  iteration: s.iteration,
  meanReward: s.meanReward,
  meanCorrectness: s.meanCorrectness,
  releaseRate: s.releaseRate,
  shortcutRate: s.shortcutRate,
  meanTurns: s.meanTurns,
  loss: s.loss,
  kl: s.kl,
});

/** What one iteration reports (SPEC §4's log plus the update's statistics). */
export interface IterationStats extends EpisodeSummary {
  /** 1-based number of this iteration. */
  iteration: number;
  learningRate: number;
  /** The release threshold used this iteration. */
  theta: number;
  loss: number;
  kl: number;
  entropy: number;
  gradNorm: number;
  groups: number;
  /** Groups whose rewards differed (the others contribute nothing). */
  informativeGroups: number;
  /** Episodes that reached the update. */
  batchItems: number;
  seconds: number;
  totalEpisodes: number;
  /** Why the update did not happen (no informative group, or the NaN guard); absent when it did. */
  skippedUpdate?: string;
}

/** One episode of an iteration, as the UI replays it: the task and the actions reproduce it exactly. */
export interface SampledEpisode {
  task: Task;
  actions: CanvasAction[];
  correctness: number;
  /** The trained reward (R for CWRPO, c for GRPO). */
  reward: number;
  breakdown: RewardBreakdown;
  workflow: Workflow;
  /** The episode's random stream (`<seed>:iteration:<i>:episode:<group>:<index>`), for provenance. */
  seed: string;
}

/** Why a run ended. */
export type TrainingEndReason = 'completed' | 'stopped';

/** The trainer's typed event stream (past tense: things that happened). */
export type TrainerEvent =
  | {
      type: 'trainingStarted';
      config: TrainerConfig;
      startIteration: number;
      /** The iterations before `startIteration` (from the checkpoint a run resumes), oldest first. */
      history: IterationPoint[];
    }
  /** The imitation warm start (config.warmStart) is done; π_ref was frozen after it. */
  | ({ type: 'warmStartFinished'; teacher: WarmStartTeacher } & ImitationResult)
  | ({ type: 'iterationFinished' } & IterationStats)
  | { type: 'updateSkipped'; iteration: number; reason: string }
  /** A few episodes of the iteration just finished (only when the trainer was asked to sample them). */
  | { type: 'episodeSampled'; iteration: number; episodes: SampledEpisode[] }
  /** `name` is the checkpoint's name in the store (`iter-0040`). */
  | { type: 'checkpointSaved'; iteration: number; name: string }
  | { type: 'evaluationFinished'; iteration: number; evaluation: PolicyEvaluation }
  | { type: 'paused'; iteration: number }
  | { type: 'resumed'; iteration: number }
  | {
      type: 'trainingFinished';
      reason: TrainingEndReason;
      /** Iterations completed in total (resumed runs included). */
      iterations: number;
      totalEpisodes: number;
      seconds: number;
      episodesPerMinute: number;
    }
  /** A run ended with an error (reported by the trainer API, which turns the thrown error into an event). */
  | { type: 'trainingFailed'; iteration: number; message: string };

/** Every event type, for exhaustive handling. */
export type TrainerEventType = TrainerEvent['type'];

/** A trainer's lifecycle as the UI shows it. */
export type TrainerPhase = 'idle' | 'running' | 'pausing' | 'paused' | 'stopping' | 'finished' | 'failed';

/** A snapshot of the trainer for status displays. */
export interface TrainerStatus {
  phase: TrainerPhase;
  /** Iterations completed. */
  iteration: number;
  iterations: number;
  totalEpisodes: number;
  last: IterationStats | null;
  error?: string;
}

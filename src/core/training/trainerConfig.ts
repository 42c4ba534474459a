import type { ActionRules } from '../actions/types.ts';
import { DEFAULT_UPDATE_OPTIONS } from '../policy/types.ts';
import type { UpdateOptions } from '../policy/types.ts';
import type { RewardBreakdown } from '../rewards/computeReward.ts';
import { plainReward } from '../rewards/plainReward.ts';
import type { ThetaSchedule } from '../rewards/thetaSchedule.ts';
import { assertNever } from '../util/assertNever.ts';

/** CWRPO (diversity reward with conditional release, finish rule on) or plain GRPO (R = c, finish rule off). */
export type TrainerAlgo = 'cwrpo' | 'grpo';

/** How episodes form a group: G samples of one task (SPEC §5) or G distinct tasks of one dataset (released code). */
export type GroupingMode = 'task' | 'dataset';

/**
 * Teachers an imitation warm start can clone: the heuristic expert, or `mixed`, a stand-in for an untuned LLM
 * director that answers quickly (a shortcut workflow) in a share of its episodes and builds like the heuristic in
 * the others.
 */
export type WarmStartTeacher = 'heuristic' | 'mixed';

/**
 * Behaviour cloning before the first CWRPO/GRPO iteration (our stand-in for the paper's pretrained start); π_ref
 * is frozen after it, so the KL term keeps the policy near the warm-started one.
 */
export interface WarmStartConfig {
  teacher: WarmStartTeacher;
  iterations: number;
  /** Teacher episodes per iteration (default B × G, the episodes of one training iteration). */
  batchTasks?: number;
  /** Default: the update's base learning rate. */
  learningRate?: number;
  /** Share of the `mixed` teacher's episodes that answer quickly (default 0.5). */
  quickShare?: number;
}

/** Everything that defines a training run; plain data, saved with every checkpoint. */
export interface TrainerConfig {
  algo: TrainerAlgo;
  /** Iterations of the whole run (one update each). */
  iterations: number;
  /** B: groups per iteration. */
  batchTasks: number;
  /** G: episodes per group. */
  groupSize: number;
  seed: number | string;
  grouping: GroupingMode;
  /** Fixed release threshold; when absent the schedule (or θ = 1) applies. */
  theta?: number;
  thetaSchedule?: ThetaSchedule;
  /** λ of the optional token cost (SPEC §4), 0 by default. */
  costLambda: number;
  /** Overrides the algorithm's finish rule (CWRPO on, GRPO off) when set. */
  finishRule?: boolean;
  maxTurns: number;
  /** Clip ε, KL β, entropy η, base learning rate, gradient clip, epochs K. */
  update: UpdateOptions;
  warmupIterations: number;
  /** Floor of the cosine decay as a fraction of the base learning rate. */
  minLearningRateRatio: number;
  /** Save a checkpoint every N iterations (0: never; the caller may still save at the end). */
  checkpointEvery: number;
  /** Evaluate on the evaluation tasks every N iterations (0: never). */
  evalEvery: number;
  /** Episodes rolled out at once (results do not depend on it: every draw is keyed). */
  concurrency: number;
  /** Imitation warm start before the first iteration of a fresh run (off when absent). */
  warmStart?: WarmStartConfig;
}

/** SPEC §5 defaults: B = 8 tasks × G = 8, θ = 1, lr 1e-3 with 10 warm-up iterations, K = 2. */
export const DEFAULT_TRAINER_CONFIG: TrainerConfig = {
  algo: 'cwrpo',
  iterations: 100,
  batchTasks: 8,
  groupSize: 8,
  seed: 1,
  grouping: 'task',
  costLambda: 0,
  maxTurns: 12,
  update: DEFAULT_UPDATE_OPTIONS,
  warmupIterations: 10,
  minLearningRateRatio: 0,
  checkpointEvery: 0,
  evalEvery: 0,
  concurrency: 4,
};

/** Fills a partial config with the defaults (update options merged field by field). */
export function resolveTrainerConfig(partial: Partial<TrainerConfig>): TrainerConfig {
  return {
    ...DEFAULT_TRAINER_CONFIG,
    ...partial,
    update: { ...DEFAULT_TRAINER_CONFIG.update, ...partial.update },
  };
}

/** The action rules a run trains under: GRPO turns the finish rule off unless the config says otherwise. */
export function trainingRules(config: TrainerConfig): Partial<ActionRules> {
  const algo = config.algo;
  switch (algo) {
    case 'cwrpo':
      return { finishRule: config.finishRule ?? true };
    case 'grpo':
      return { finishRule: config.finishRule ?? false };
    default:
      return assertNever(algo, 'trainer algorithm');
  }
}

/** The scalar an episode is trained on: R of SPEC §4 for CWRPO, c for plain GRPO (both less λ·tokens/1000). */
export function trainingReward(algo: TrainerAlgo, breakdown: RewardBreakdown): number {
  switch (algo) {
    case 'cwrpo':
      return breakdown.total;
    case 'grpo':
      // The optional token cost (λ, 0 by default) applies to whichever reward trains, so a cost study compares
      // the two algorithms under the same pressure towards small workflows.
      return plainReward(breakdown.correctness) - breakdown.costPenalty;
    default:
      return assertNever(algo, 'trainer algorithm');
  }
}

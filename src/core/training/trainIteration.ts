import type { ActionRules } from '../actions/types.ts';
import type { CanvasEnv } from '../canvas/canvasEnvTypes.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { TrainablePolicy, UpdateStats } from '../policy/types.ts';
import type { RewardOptions } from '../rewards/computeReward.ts';
import { DEFAULT_THETA, thetaAt } from '../rewards/thetaSchedule.ts';
import type { Task } from '../tasks/types.ts';
import { createRng } from '../util/createRng.ts';
import { groupAdvantages, toBatchItems } from './groupAdvantages.ts';
import { learningRateAt } from './learningRateAt.ts';
import { rollOut } from './rollOut.ts';
import type { EpisodeResult } from './runEpisode.ts';
import { sampleTaskGroups } from './sampleTaskGroups.ts';
import { summarizeEpisodes } from './summarizeEpisodes.ts';
import type { EpisodeSummary } from './summarizeEpisodes.ts';
import { trainingReward } from './trainerConfig.ts';
import type { TrainerConfig } from './trainerConfig.ts';

/** Everything one iteration needs; `index` is 0-based. */
export interface TrainIterationOptions {
  index: number;
  config: TrainerConfig;
  policy: TrainablePolicy;
  tasks: readonly Task[];
  envs: readonly CanvasEnv[];
  registry: OperatorRegistry;
  rules: ActionRules;
  signal?: AbortSignal;
}

/** What one iteration did, before timing and totals are added. */
export interface IterationOutcome extends EpisodeSummary {
  learningRate: number;
  theta: number;
  update: UpdateStats | null;
  groups: number;
  informativeGroups: number;
  batchItems: number;
  /** Why no update happened, if none did. */
  skippedUpdate?: string;
  /** True when the policy refused the update or reported a non-finite loss (the NaN guard). */
  nanGuard: boolean;
  results: EpisodeResult[];
}

/** The release threshold an iteration uses: a fixed θ wins, then the schedule, then SPEC §4's default. */
export function thetaForIteration(config: TrainerConfig, index: number): number {
  if (config.theta !== undefined) return config.theta;
  return config.thetaSchedule ? thetaAt(config.thetaSchedule, index) : DEFAULT_THETA;
}

/**
 * One CWRPO/GRPO iteration (SPEC §5): sample B groups of tasks from the iteration's stream, roll out G episodes
 * each, turn rewards into group-relative advantages, and update once with this iteration's learning rate.
 */
export async function trainIteration(options: TrainIterationOptions): Promise<IterationOutcome> {
  const { index, config, policy } = options;
  const stream = createRng(config.seed).fork(`iteration:${index}`);
  const groups = sampleTaskGroups({
    tasks: options.tasks,
    groups: config.batchTasks,
    groupSize: config.groupSize,
    grouping: config.grouping,
    rng: stream.fork('tasks'),
  });
  const theta = thetaForIteration(config, index);
  const reward: RewardOptions = { theta, costLambda: config.costLambda, iteration: index };
  const results = await rollOut({
    jobs: groups.flatMap((tasks, g) =>
      tasks.map((task, e) => ({ task, rng: stream.fork(`episode:${g}:${e}`) })),
    ),
    envs: options.envs,
    policy,
    registry: options.registry,
    rules: options.rules,
    reward,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const rewards = results.map((r) => trainingReward(config.algo, r.reward));
  const grouped = groups.map((tasks, g) => {
    const start = groups.slice(0, g).reduce((a, t) => a + t.length, 0);
    const slice = results.slice(start, start + tasks.length);
    return { rewards: rewards.slice(start, start + tasks.length), decisions: slice.map((r) => r.decisions) };
  });
  const informativeGroups = grouped.filter((g) => groupAdvantages(g.rewards).informative).length;
  const batch = toBatchItems(grouped);
  const learningRate = learningRateAt(
    {
      base: config.update.learningRate,
      warmupIterations: config.warmupIterations,
      totalIterations: config.iterations,
      minRatio: config.minLearningRateRatio,
    },
    index,
  );
  const base = {
    ...summarizeEpisodes(results, rewards),
    learningRate,
    theta,
    groups: groups.length,
    informativeGroups,
    batchItems: batch.length,
    results,
  };
  if (batch.length === 0)
    return { ...base, update: null, nanGuard: false, skippedUpdate: 'no group with differing rewards' };
  const update = await policy.update(batch, { ...config.update, learningRate });
  if (update.skipped || !Number.isFinite(update.loss)) {
    const reason = update.reason ?? `the loss was ${update.loss}`;
    return { ...base, update, nanGuard: true, skippedUpdate: reason };
  }
  return { ...base, update, nanGuard: false };
}

import type { Task } from '../tasks/types.ts';
import type { EpisodeResult } from './runEpisode.ts';
import { trainingReward } from './trainerConfig.ts';
import type { TrainerConfig } from './trainerConfig.ts';
import type { SampledEpisode } from './trainerTypes.ts';

/** Options of {@link sampleIterationEpisodes}; `index` is the 0-based iteration the results belong to. */
export interface SampleEpisodesOptions {
  count: number;
  tasks: readonly Task[];
  config: TrainerConfig;
  index: number;
}

/**
 * Picks up to `count` episodes spread evenly over an iteration's results (so different groups show up), with the
 * task and actions that replay each one. Episodes whose task is not in the pool are left out.
 */
export function sampleIterationEpisodes(
  results: readonly EpisodeResult[],
  options: SampleEpisodesOptions,
): SampledEpisode[] {
  const n = Math.min(Math.max(0, Math.floor(options.count)), results.length);
  const byId = new Map(options.tasks.map((t) => [t.id, t]));
  const groupSize = Math.max(1, options.config.groupSize);
  const picked: SampledEpisode[] = [];
  for (let i = 0; i < n; i++) {
    const at = Math.floor((i * results.length) / n);
    const result = results[at];
    const task = result ? byId.get(result.taskId) : undefined;
    if (!result || !task) continue;
    const group = Math.floor(at / groupSize);
    picked.push({
      task,
      actions: result.actions,
      correctness: result.correctness,
      reward: trainingReward(options.config.algo, result.reward),
      breakdown: result.reward,
      workflow: result.workflow,
      seed: `${options.config.seed}:iteration:${options.index}:episode:${group}:${at % groupSize}`,
    });
  }
  return picked;
}

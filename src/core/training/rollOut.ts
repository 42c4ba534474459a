import type { ActionRules } from '../actions/types.ts';
import type { CanvasEnv } from '../canvas/canvasEnvTypes.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Policy } from '../policy/types.ts';
import type { Rng } from '../ports/Rng.ts';
import type { RewardOptions } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import { runEpisode } from './runEpisode.ts';
import type { EpisodeResult } from './runEpisode.ts';

/** One episode to play: its task and its own random stream. */
export interface EpisodeJob {
  task: Task;
  rng: Rng;
}

/** Options of {@link rollOut}. */
export interface RollOutOptions {
  jobs: readonly EpisodeJob[];
  /** One environment per lane; they should share a node cache and must enforce `rules`. */
  envs: readonly CanvasEnv[];
  policy: Policy;
  registry: OperatorRegistry;
  rules: ActionRules;
  reward?: RewardOptions;
  signal?: AbortSignal;
  onEpisode?: (result: EpisodeResult, index: number) => void;
}

/**
 * Plays every job over a pool of environments, as many at once as there are environments. Results follow the
 * job order and do not depend on the interleaving: each episode has its own stream and simulated draws are keyed.
 */
export async function rollOut(options: RollOutOptions): Promise<EpisodeResult[]> {
  const { jobs, envs } = options;
  if (envs.length === 0) throw new Error('rollOut needs at least one environment.');
  const results = new Array<EpisodeResult>(jobs.length);
  let next = 0;
  const lane = async (env: CanvasEnv): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index] as EpisodeJob;
      const result = await runEpisode({
        env,
        policy: options.policy,
        task: job.task,
        rng: job.rng,
        registry: options.registry,
        rules: options.rules,
        ...(options.reward ? { reward: options.reward } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      results[index] = result;
      options.onEpisode?.(result, index);
    }
  };
  const guarded = async (env: CanvasEnv): Promise<void> => {
    try {
      await lane(env);
    } catch (error) {
      // Stop handing out jobs so the other lanes wind down before the error surfaces.
      next = jobs.length;
      throw error;
    }
  };
  const settled = await Promise.allSettled(envs.slice(0, Math.max(1, jobs.length)).map(guarded));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

import { DEFAULT_ACTION_RULES } from '../../core/actions/types.ts';
import { recordActions } from '../../core/episodes/recordActions.ts';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { createSimulatedLlm, getSimProfile } from '../../core/llm/simulated/index.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { thetaForIteration } from '../../core/training/trainIteration.ts';
import { trainingRules } from '../../core/training/trainerConfig.ts';
import type { TrainerConfig } from '../../core/training/trainerConfig.ts';
import type { StripEpisode } from './trainingViewModel.ts';

/** What replaying a sampled training episode needs from the page. */
export interface RecordSampledDeps {
  registry: OperatorRegistry;
  sandbox: CodeSandbox;
}

/**
 * Replays a training episode's actions against the same simulated backend (same seed and profile as the worker)
 * under the run's rules, recording a full episode for the player. Loaded on demand from the strip.
 */
export function recordSampledEpisode(
  sample: StripEpisode,
  config: TrainerConfig,
  deps: RecordSampledDeps,
): Promise<EpisodeRecord> {
  const profile = 'default';
  return recordActions(
    {
      task: sample.task,
      registry: deps.registry,
      llm: createSimulatedLlm({ seed: config.seed, profile: getSimProfile(profile) }),
      sandbox: deps.sandbox,
      clock: systemClock,
      score: createRunScorer(deps.sandbox),
      rules: { ...DEFAULT_ACTION_RULES, ...trainingRules(config) },
      maxTurns: config.maxTurns,
      reward: {
        theta: thetaForIteration(config, sample.iteration - 1),
        costLambda: config.costLambda,
        iteration: sample.iteration - 1,
      },
      backend: { kind: 'simulated', profile, seed: String(config.seed) },
      actor: { kind: 'policy', name: config.algo, seed: sample.seed },
      id: `training-${sample.id}`,
    },
    sample.actions,
  );
}

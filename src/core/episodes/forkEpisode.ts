import { createEpisodeSession } from './createEpisodeSession.ts';
import type { EpisodeSession, EpisodeSessionOptions } from './episodeSessionTypes.ts';
import type { EpisodeBackend, EpisodeRecord } from './types.ts';
import { turnAtStep, workflowAtStep } from './workflowAtStep.ts';

/** What a fork takes from the caller; task, rules, turn limit, start and responses come from the episode. */
export type ForkEpisodeOptions = Omit<
  EpisodeSessionOptions,
  | 'task'
  | 'rules'
  | 'maxTurns'
  | 'initialWorkflow'
  | 'initialTurn'
  | 'responses'
  | 'forkOf'
  | 'backend'
  | 'priorSteps'
> & { backend?: EpisodeBackend };

/**
 * Branches an episode after `atStep` steps: a new session that starts from the workflow and turn of that point,
 * keeps the first `atStep` steps, and has every recorded response preloaded, so unchanged nodes cost nothing.
 */
export function forkEpisode(
  episode: EpisodeRecord,
  atStep: number,
  options: ForkEpisodeOptions,
): EpisodeSession {
  const workflow = workflowAtStep(episode, atStep);
  const n = episode.steps.length;
  if (atStep === n && episode.steps[n - 1]?.done === true) {
    throw new RangeError(
      `Episode ${episode.id} ended at step ${n}: there is nothing left to try after it. Fork at an earlier step ` +
        `(0 to ${n - 1}) to choose another action there.`,
    );
  }
  const turn = turnAtStep(episode, atStep);
  if (turn >= episode.maxTurns) {
    throw new RangeError(
      `Step ${atStep} of episode ${episode.id} used the last of its ${episode.maxTurns} turns.`,
    );
  }
  const reward = options.reward ?? episode.reward;
  return createEpisodeSession({
    ...options,
    task: episode.task,
    rules: episode.rules,
    maxTurns: episode.maxTurns,
    backend: options.backend ?? episode.backend,
    initialWorkflow: workflow,
    initialTurn: turn,
    responses: episode.responses,
    forkOf: { episodeId: episode.id, atStep },
    priorSteps: episode.steps.slice(0, atStep),
    ...(reward ? { reward } : {}),
  });
}

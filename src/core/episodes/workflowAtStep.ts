import type { Workflow } from '../graph/types.ts';
import { applyDiff, revertDiff } from './applyDiff.ts';
import type { EpisodeRecord } from './types.ts';

/** The step whose resulting workflow `initialWorkflow` holds: 0, or the fork point of a forked episode. */
export function baseStepOf(episode: EpisodeRecord): number {
  return episode.forkOf?.atStep ?? 0;
}

/**
 * The workflow after `step` steps (0 = before the first). A fork's `initialWorkflow` is its fork point and its
 * first steps are the original's, so earlier steps are reached by reverting their diffs from there.
 */
export function workflowAtStep(episode: EpisodeRecord, step: number): Workflow {
  const n = episode.steps.length;
  if (!Number.isInteger(step) || step < 0 || step > n) {
    throw new RangeError(
      `Step ${step} is outside episode ${episode.id}: it has ${n} step${n === 1 ? '' : 's'}, so pick a whole ` +
        `number from 0 (the start) to ${n} (after the last step).`,
    );
  }
  const base = baseStepOf(episode);
  if (!Number.isInteger(base) || base < 0 || base > n) {
    throw new RangeError(`Episode ${episode.id} is forked at step ${base} but keeps only ${n} steps.`);
  }
  let w = structuredClone(episode.initialWorkflow);
  for (let i = base; i < step; i++)
    w = applyDiff(w, (episode.steps[i] as EpisodeRecord['steps'][number]).diff);
  for (let i = base - 1; i >= step; i--)
    w = revertDiff(w, (episode.steps[i] as EpisodeRecord['steps'][number]).diff);
  return w;
}

/** The environment's turn counter after `step` steps (each step spends one turn). */
export function turnAtStep(episode: EpisodeRecord, step: number): number {
  if (step === 0) return Math.max(0, (episode.steps[0]?.turn ?? 1) - 1);
  const recorded = episode.steps[step - 1];
  if (recorded === undefined) throw new RangeError(`Step ${step} is outside episode ${episode.id}.`);
  return recorded.turn;
}

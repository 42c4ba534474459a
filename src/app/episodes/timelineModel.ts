import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { EpisodeRecord, EpisodeStep } from '../../core/episodes/types.ts';
import type { Workflow } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import { computeReward } from '../../core/rewards/computeReward.ts';
import { assertNever } from '../../core/util/assertNever.ts';

/** How a step ended, as the timeline colours it. */
export type MarkKind = 'ok' | 'failed' | 'refused' | 'finish';

/** One mark of the timeline strip: the step it leads to (1-based), its kind and a one-line label. */
export interface TimelineMark {
  step: number;
  kind: MarkKind;
  label: string;
}

/** The kind of a recorded step: refused, an accepted finish (or the turn limit), or an edit whose run did or did not answer. */
export function markKind(step: EpisodeStep): MarkKind {
  const status = step.feedback.status;
  switch (status) {
    case 'refused':
      return 'refused';
    case 'finished':
      return 'finish';
    case 'succeeded':
      return step.done ? 'finish' : 'ok';
    case 'failed':
    case 'aborted':
      return step.done ? 'finish' : 'failed';
    default:
      return assertNever(status, 'feedback status');
  }
}

/** The timeline's marks, one per step. */
export function timelineMarks(episode: EpisodeRecord): TimelineMark[] {
  return episode.steps.map((s, i) => ({
    step: i + 1,
    kind: markKind(s),
    label: `Step ${i + 1}: ${actionLabel(s.action)} (${s.feedback.status})`,
  }));
}

/** R_div of the workflow after each step (index 0 = the start): the diversity score the sparkline draws. */
export function diversityCurve(workflows: readonly Workflow[], registry: OperatorRegistry): number[] {
  return workflows.map((w) => computeReward(w, 0, registry).rDiv);
}

/** The final step's reward, or null while the episode is unfinished. */
export function finalReward(episode: EpisodeRecord): EpisodeStep['reward'] {
  for (let i = episode.steps.length - 1; i >= 0; i--) {
    const reward = episode.steps[i]?.reward;
    if (reward) return reward;
  }
  return null;
}

/** A one-line summary for the library list: actor, task, steps, and correctness and reward when finished. */
export function episodeSummary(episode: EpisodeRecord): string {
  const actor =
    episode.actor.kind === 'human'
      ? 'by hand'
      : `${episode.actor.name}${episode.actor.seed === undefined ? '' : ` (seed ${episode.actor.seed})`}`;
  const reward = finalReward(episode);
  const n = episode.steps.length;
  const outcome = reward
    ? `c = ${reward.correctness.toFixed(2)}, R = ${reward.total.toFixed(2)}`
    : 'not finished';
  const fork = episode.forkOf ? `, fork at step ${episode.forkOf.atStep}` : '';
  return `${actor} · ${episode.task.id} · ${n} step${n === 1 ? '' : 's'} · ${outcome}${fork}`;
}

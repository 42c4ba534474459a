import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { EpisodeRecord, EpisodeStep } from '../../core/episodes/types.ts';
import { markKind } from './timelineModel.ts';

const fmt = (value: number): string => value.toFixed(2);

/** The reward terms of SPEC §4 as a small table (shown on the final step). */
export function RewardTerms({ reward }: { reward: NonNullable<EpisodeStep['reward']> }) {
  const rows: [string, string][] = [
    ['checker', fmt(reward.checker)],
    ['format', fmt(reward.format)],
    ['size', fmt(reward.size)],
    ['structure', fmt(reward.structure)],
    ['R_div', fmt(reward.rDiv)],
    ['θ', fmt(reward.theta)],
    ['released', reward.released ? 'yes' : 'no'],
    ['correctness c', fmt(reward.correctness)],
    ['reward R', fmt(reward.total)],
  ];
  return (
    <dl className="episode-reward" aria-label="Reward terms">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const actorName = (step: EpisodeStep): string =>
  step.actor.kind === 'human' ? 'by hand' : `by ${step.actor.name}`;

/** What the shown step did: its action and actor, the canvas's feedback, the run's facts, and the reward at the end. */
export function StepDetail({ episode, step }: { episode: EpisodeRecord; step: number }) {
  const s = episode.steps[step - 1];
  if (!s) {
    const n = episode.initialWorkflow.nodes.length;
    return (
      <div className="episode-detail" aria-label="Step detail" aria-live="polite">
        <p>
          <strong>Start</strong>:{' '}
          {n === 0 ? 'an empty canvas' : `the workflow at step ${episode.forkOf?.atStep ?? 0}`}. Task:{' '}
          {episode.task.question}
        </p>
      </div>
    );
  }
  const kind = markKind(s);
  return (
    <div className="episode-detail" aria-label="Step detail" aria-live="polite">
      <p>
        <span className={`episode-badge mark-${kind}`}>{s.feedback.status}</span>{' '}
        <strong data-testid="episode-action">{actionLabel(s.action)}</strong>{' '}
        <span className="muted">
          {actorName(s)} · turn {s.turn}
        </span>
      </p>
      <p className="episode-feedback" data-testid="episode-feedback">
        {s.feedback.errorCode ? <code>{s.feedback.errorCode}</code> : null} {s.feedback.message}
      </p>
      {s.run ? (
        <p className="muted">
          Answer: <code>{s.run.answer ?? '—'}</code> · {s.run.llmCalls} LLM calls ·{' '}
          {s.run.tokens.prompt + s.run.tokens.completion} tokens
        </p>
      ) : null}
      {s.topActions && s.topActions.length > 0 ? (
        <p className="muted">
          Policy’s top actions:{' '}
          {s.topActions
            .slice(0, 3)
            .map((t) => `${actionLabel(t.action)} (${Math.round(t.probability * 100)}%)`)
            .join(' · ')}
        </p>
      ) : null}
      {s.reward ? <RewardTerms reward={s.reward} /> : null}
    </div>
  );
}

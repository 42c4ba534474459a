import { useEffect, useRef } from 'react';
import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { EpisodeStep } from '../../core/episodes/types.ts';
import type { RewardBreakdown } from '../../core/rewards/computeReward.ts';
import { stepOutcome } from './narrateStep.ts';

const n2 = (x: number): string => x.toFixed(2);

/** The final step's correctness and every reward term (SPEC §4). */
function RewardTerms({ reward, correctness }: { reward: RewardBreakdown; correctness: number | null }) {
  const terms: [string, string][] = [
    ['correctness c', correctness === null ? '—' : n2(correctness)],
    ['checker', n2(reward.checker)],
    ['format', n2(reward.format)],
    ['size', n2(reward.size)],
    ['structure', n2(reward.structure)],
    ['R_div', n2(reward.rDiv)],
    ['θ', n2(reward.theta)],
    ['released', reward.released ? 'yes' : 'no'],
    ['reward R', n2(reward.total)],
  ];
  return (
    <dl className="watch-reward" aria-label="Reward" data-testid="watch-reward">
      {terms.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The watched episode's steps: action, outcome and feedback; the final one with its score and reward. */
export function WatchSteps({ steps }: { steps: readonly EpisodeStep[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = listRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [steps.length]);
  return (
    <ol ref={listRef} className="watch-steps" aria-label="Episode steps">
      {steps.map((step) => (
        <li key={step.turn} className={step.outcome.ok ? undefined : 'watch-refused'}>
          <span className="watch-turn">Turn {step.turn}</span> <strong>{actionLabel(step.action)}</strong> —{' '}
          {stepOutcome(step)}
          <div className="muted watch-feedback">{step.feedback.message}</div>
          {step.done && step.reward ? (
            <RewardTerms reward={step.reward} correctness={step.correctness} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

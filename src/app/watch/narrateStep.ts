import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { EpisodeStep } from '../../core/episodes/types.ts';

const MAX_ANSWER = 40;

/** An answer as a short one-line quote for speech and the step list. */
export function shortAnswer(answer: string): string {
  const line = answer.trim().replace(/\s+/g, ' ');
  return line.length > MAX_ANSWER ? `${line.slice(0, MAX_ANSWER - 1)}…` : line;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** What the step's action led to, in words ("ran, answer 42", "refused (E_…)", "finished"). */
export function stepOutcome(step: EpisodeStep): string {
  if (!step.outcome.ok) return `refused (${step.outcome.code})`;
  if (step.action.type === 'finish') return 'finished';
  const run = step.run;
  if (run === null) return step.feedback.message;
  if (run.status === 'aborted') return 'stopped before the run ended';
  const answer = run.answer === null || run.answer.trim() === '' ? null : shortAnswer(run.answer);
  if (run.status === 'failed')
    return answer === null ? 'ran, no answer' : `ran with errors, answer ${answer}`;
  return answer === null ? 'ran, no answer' : `ran, answer ${answer}`;
}

/** The end of an episode in words: why it ended, correctness and reward. */
export function episodeOutcome(step: EpisodeStep): string {
  const why = step.finishReason === 'maxTurns' ? 'Turn limit reached' : 'Episode over';
  const c = step.correctness === null ? '' : `, correctness ${step.correctness.toFixed(2)}`;
  const r = step.reward === null ? '' : `, reward ${step.reward.total.toFixed(2)}`;
  return `${why}${c}${r}.`;
}

/** The aria-live sentence for one watched step, e.g. "Turn 3: add Programmer — ran, answer 42". */
export function narrateStep(step: EpisodeStep): string {
  const sentence = `Turn ${step.turn}: ${lowerFirst(actionLabel(step.action))} — ${stepOutcome(step)}`;
  return step.done ? `${sentence}. ${episodeOutcome(step)}` : sentence;
}

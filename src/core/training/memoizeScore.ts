import type { ScoreAnswer } from '../canvas/canvasEnvTypes.ts';

/**
 * Remembers the score of each (task, answer) pair, in-flight calls included. During training the G episodes of a
 * group often end on the same answer, and a code answer costs a sandbox run of the hidden tests each time. Only
 * for scorers that read nothing but the task and the answer text (as `createRunScorer`'s do).
 */
export function memoizeScore(score: ScoreAnswer, maxEntries = 20_000): ScoreAnswer {
  const memo = new Map<string, Promise<number>>();
  return (task, answer, result) => {
    const key = `${task.source}\u241f${task.id}\u241f${answer}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const pending = score(task, answer, result);
    // A failed scoring is not remembered, so a transient sandbox failure can be retried.
    pending.catch(() => memo.delete(key));
    if (memo.size >= maxEntries) memo.delete(memo.keys().next().value as string);
    memo.set(key, pending);
    return pending;
  };
}

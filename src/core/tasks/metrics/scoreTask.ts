import { FlowSteerError } from '../../errors.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { Task } from '../types.ts';
import { extractAnswer } from './extractAnswer.ts';
import { mathEquivalent } from './mathEquivalent.ts';
import { mcLetterMatch } from './mcLetterMatch.ts';
import { squadEM, squadF1 } from './squadF1.ts';

/** The correctness c ∈ [0, 1] of one answer, with exact match where the metric has one. */
export interface TaskScore {
  score: number;
  em?: number;
  /** What the metric read from the answer (the span, expression, letter or code), or null. */
  extracted: string | null;
  detail: string;
}

/** What scoring needs from outside the pure core: running code against a task's hidden tests. */
export interface ScoreDeps {
  /** Runs the candidate against the hidden tests; returns the fraction passed (1 = all). */
  runHiddenTests?: (code: string) => Promise<number>;
}

/**
 * Scores an answer by the task's metric (SPEC §4): math equivalence, SQuAD F1 (EM also reported), option-letter
 * match, or hidden tests for code (1 only when every hidden test passes). A null answer scores 0.
 */
export async function scoreTask(task: Task, answer: string | null, deps: ScoreDeps = {}): Promise<TaskScore> {
  if (answer === null) return { score: 0, em: 0, extracted: null, detail: 'no answer' };
  // An empty span is SQuAD v2's abstention: it is scored (and matches an unanswerable question's empty gold).
  const extracted = task.metric === 'f1' && answer.trim() === '' ? '' : extractAnswer(task, answer);
  if (extracted === null) return { score: 0, em: 0, extracted: null, detail: 'no answer could be extracted' };
  switch (task.metric) {
    case 'math': {
      const ok = task.gold.some((g) => mathEquivalent(extracted, g));
      return {
        score: ok ? 1 : 0,
        em: ok ? 1 : 0,
        extracted,
        detail: ok ? 'equivalent to the gold answer' : `expected ${task.gold[0] ?? '?'}`,
      };
    }
    case 'f1': {
      const score = squadF1(extracted, task.gold);
      const em = squadEM(extracted, task.gold);
      return { score, em, extracted, detail: `F1 ${score.toFixed(3)}, EM ${em}` };
    }
    case 'mc': {
      const ok = task.gold.some((g) => mcLetterMatch(extracted, g));
      return {
        score: ok ? 1 : 0,
        em: ok ? 1 : 0,
        extracted,
        detail: ok ? 'right option' : `expected ${task.gold[0] ?? '?'}`,
      };
    }
    case 'code': {
      if (!deps.runHiddenTests) {
        throw new FlowSteerError(
          'E_SANDBOX_UNAVAILABLE',
          'Scoring a code task needs deps.runHiddenTests (wire runCodeTests with a sandbox).',
        );
      }
      const passed = await deps.runHiddenTests(extracted);
      const ok = passed >= 1;
      return {
        score: ok ? 1 : 0,
        em: ok ? 1 : 0,
        extracted,
        detail: `hidden tests passed: ${Math.round(passed * 100)}%`,
      };
    }
    default:
      return assertNever(task.metric, 'metric');
  }
}

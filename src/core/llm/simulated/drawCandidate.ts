import type { Rng } from '../../ports/Rng.ts';
import type { Task } from '../../tasks/types.ts';
import type { SimCandidate, TaskCandidates } from './simCandidates.ts';
import type { SimTypeParams } from './simProfileSchema.ts';
import { sigmoid } from './simSkill.ts';

/**
 * How the input answer shapes the wrong outcome of a draw: `fresh` keeps a wrong input when the new attempt is
 * wrong too (the model anchors on what it was shown); `avoidInput` (after a real catch, or a checker's own
 * solution) prefers a wrong answer different from the rejected one.
 */
export type WrongMode = 'fresh' | 'avoidInput';

/** Everything one solving draw depends on. */
export interface DrawSpec {
  rng: Rng;
  task: Task;
  params: SimTypeParams;
  candidates: TaskCandidates;
  /** Skill plus bonuses, before the difficulty term. */
  logit: number;
  /** The identified input answer, if any. */
  input: SimCandidate | null;
  mode: WrongMode;
}

/** P(correct) = σ(logit − k·δ), the SPEC §3 solving model. */
export const correctProbability = (spec: Pick<DrawSpec, 'logit' | 'params' | 'task'>): number =>
  sigmoid(spec.logit - spec.params.difficultyWeight * spec.task.difficulty);

/**
 * A wrong candidate drawn with weights skew^i over the task's wrong answers, so the first distractor is the most
 * common mistake and independent samples agree on it more often than uniform draws would.
 */
export function drawWrong(
  rng: Rng,
  params: SimTypeParams,
  candidates: TaskCandidates,
  exclude: number | null = null,
): SimCandidate {
  const indices = candidates.wrong
    .map((_, i) => i)
    .filter((i) => i !== exclude || candidates.wrong.length === 1);
  const weights = indices.map((_, rank) => params.wrongAnswerSkew ** rank);
  const total = weights.reduce((a, b) => a + b, 0);
  let u = rng.fork('wrong').next() * total;
  for (let j = 0; j < indices.length; j++) {
    u -= weights[j] ?? 0;
    const index = indices[j] ?? 0;
    if (u < 0 || j === indices.length - 1) {
      return { text: candidates.wrong[index] ?? '', correct: false, wrongIndex: index };
    }
  }
  return { text: candidates.wrong[0] ?? '', correct: false, wrongIndex: 0 };
}

/**
 * One solving draw: the correct answer with P = σ(logit − k·δ), else a wrong one. A correct input that is one of
 * several accepted answers keeps its wording.
 */
export function drawCandidate(spec: DrawSpec): SimCandidate {
  const { rng, params, candidates, input } = spec;
  if (rng.fork('correct').next() < correctProbability(spec)) {
    if (input?.correct) return input;
    return { text: candidates.correct, correct: true, wrongIndex: -1 };
  }
  if (input !== null && !input.correct && spec.mode === 'fresh') return input;
  const exclude = input !== null && !input.correct ? input.wrongIndex : null;
  return drawWrong(rng, params, candidates, spec.mode === 'avoidInput' ? exclude : null);
}

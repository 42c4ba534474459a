import type { StageState } from '../operators/types.ts';
import { stableStringify } from './stableHash.ts';

/** One parallel branch's output, and whether the branch did its job (failed branches contribute nothing). */
export interface BranchOutput {
  output: StageState;
  ok: boolean;
}

/**
 * Merges the outputs of a parallel node's branches, which all started from `input`: the first non-null answer,
 * code and plan win in branch order (a new value before a passed-through one), every branch answer becomes a
 * candidate, planners added by any branch are appended once, and the first new verdict is kept.
 */
export function mergeBranches(input: StageState, branches: readonly BranchOutput[]): StageState {
  const ok = branches.filter((b) => b.ok).map((b) => b.output);
  // A branch that produced a new value beats one that passed the input through (a checker branch).
  const pick = (field: 'answer' | 'code' | 'plan'): StageState | undefined =>
    ok.find((o) => o[field] !== null && o[field] !== input[field]) ?? ok.find((o) => o[field] !== null);
  const winner = pick('answer');
  const answers = ok.flatMap((o) => (o.answer !== null ? [o.answer] : []));
  const added: string[] = [];
  for (const output of ok) {
    for (const planner of output.planners.slice(input.planners.length)) {
      if (!added.includes(planner)) added.push(planner);
    }
  }
  const inputCheck = stableStringify(input.check);
  const newCheck = ok.find((o) => o.check !== null && stableStringify(o.check) !== inputCheck)?.check;
  return {
    plan: pick('plan')?.plan ?? input.plan,
    planners: [...input.planners, ...added],
    answer: winner?.answer ?? input.answer,
    code: pick('code')?.code ?? input.code,
    candidates: answers.length > 0 ? answers : input.candidates,
    check: newCheck ?? input.check,
    formatted: winner?.formatted ?? input.formatted,
  };
}

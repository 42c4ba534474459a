import type { LlmRequest } from '../../ports/LlmClient.ts';
import type { Rng } from '../../ports/Rng.ts';
import type { Task } from '../../tasks/types.ts';
import { createRng } from '../../util/createRng.ts';
import { hashHex } from '../../util/hash.ts';
import { identifyAnswer, taskCandidates } from './simCandidates.ts';
import type { SimCandidate, TaskCandidates } from './simCandidates.ts';
import type { SimProfile, SimTypeParams } from './simProfileSchema.ts';
import { paramsFor, plannerBonus } from './simSkill.ts';

/** The feedback a checker gives when there is no answer; a fix that receives it gets no catch bonus. */
export const NOTHING_TO_CHECK = 'Nothing to check: there is no answer to judge.';

/** Whether checker feedback says nothing was checked (no answer, no code), so it reports no real catch. */
export const isNothingToCheck = (feedback: string): boolean => /nothing to check/i.test(feedback);

/**
 * What the feedback a call received means: `none`; `nothingToCheck` (the checker had nothing to judge, or the
 * call has no input answer);
 * `catch` (a failed check of an answer that really is wrong); `falseAlarm` (a failed check of a right answer).
 */
export type FeedbackKind = 'none' | 'nothingToCheck' | 'catch' | 'falseAlarm';

/** One call, resolved against the profile and the task: the input it works on and its private random stream. */
export interface SimCall {
  request: LlmRequest;
  task: Task;
  params: SimTypeParams;
  /** A stream that depends only on the seed and the call's identity (SPEC §3 rule 1). */
  rng: Rng;
  candidates: TaskCandidates;
  /** The input answer, when non-empty. */
  inputText: string | null;
  /** The candidate the input states, null when there is none or it is unrecognised (counts as wrong). */
  input: SimCandidate | null;
  feedbackKind: FeedbackKind;
  /** The latest planner's context bonus (logit). */
  bonus: number;
}

/**
 * The identity of a call for seeding: task, operator, purpose, prompt key, input answer, feedback, branch, attempt
 * and ensemble candidates. No counters and no other state, so identical calls give identical results.
 */
export function callKey(request: LlmRequest): string {
  const h = request.hints;
  return hashHex(
    JSON.stringify([
      h.task.id,
      request.operator,
      request.purpose,
      request.promptKey,
      h.inputAnswer,
      h.feedback,
      h.branch,
      h.attempt,
      h.candidates ?? null,
    ]),
  );
}

/** Resolves a request into a {@link SimCall}. */
export function createSimCall(profile: SimProfile, seed: string | number, request: LlmRequest): SimCall {
  const { task } = request.hints;
  const params = paramsFor(profile, task.type);
  const inputText =
    request.hints.inputAnswer !== null && request.hints.inputAnswer.trim() !== ''
      ? request.hints.inputAnswer
      : null;
  const input = identifyAnswer(task, inputText);
  const feedback = request.hints.feedback;
  let feedbackKind: FeedbackKind = 'none';
  if (feedback !== null && feedback.trim() !== '') {
    if (isNothingToCheck(feedback) || inputText === null) feedbackKind = 'nothingToCheck';
    else feedbackKind = input?.correct ? 'falseAlarm' : 'catch';
  }
  return {
    request,
    task,
    params,
    rng: createRng(seed).fork(callKey(request)),
    candidates: taskCandidates(task),
    inputText,
    input,
    feedbackKind,
    bonus: plannerBonus(params, request.hints.planners),
  };
}

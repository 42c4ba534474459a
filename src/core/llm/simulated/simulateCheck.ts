import { printVerdict } from '../../operators/protocol.ts';
import type { Task } from '../../tasks/types.ts';
import { assertNever } from '../../util/assertNever.ts';
import { correctProbability, drawWrong } from './drawCandidate.ts';
import { guessAnswerSpan } from './simCandidates.ts';
import { NOTHING_TO_CHECK } from './simCall.ts';
import type { SimCall } from './simCall.ts';
import { checkerRate, skillFor } from './simSkill.ts';

const REASONS: Record<Task['type'], string> = {
  math: 'one of the intermediate quantities looks miscomputed; redo the arithmetic step by step.',
  qa: 'the passage seems to support a different span; reread the sentence the question refers to.',
  mc: 'another option matches the question better; check each option against it.',
  code: 'an edge case is not handled; check empty inputs and the boundaries of the loop.',
};

/**
 * Verify's own answer (SPEC §3: it solves independently at its skill): when it rejects the input it proposes
 * the correct answer with σ(skill[Verify] + planner bonus − kδ), else a wrong answer other than the rejected one;
 * when it passes the input it reports that answer. Code is not proposed (it does not fit the one-line field).
 */
function suggestion(call: SimCall, passed: boolean, shown: string): string | null {
  if (call.task.type === 'code') return null;
  if (passed) return shown;
  const logit = skillFor(call.params, call.request.operator, 'verify') + call.bonus;
  const solved = call.rng.fork('ownSolve').next() < correctProbability({ ...call, logit });
  if (solved && !call.input?.correct) return call.candidates.correct;
  const exclude = call.input !== null && !call.input.correct ? call.input.wrongIndex : null;
  return drawWrong(call.rng.fork('ownWrong'), call.params, call.candidates, exclude).text;
}

function feedbackText(
  call: SimCall,
  purpose: 'review' | 'verify',
  passed: boolean,
  shown: string,
  own: string | null,
): string {
  const subject = call.task.type === 'code' ? 'The code' : `The answer ${shown}`;
  if (passed) {
    return purpose === 'verify' && own !== null
      ? `My own solution agrees with ${shown}.`
      : `${subject} is consistent with the question and the steps hold up.`;
  }
  const reason = REASONS[call.task.type];
  if (purpose === 'verify' && own !== null)
    return `My own solution gives ${own}, which differs from ${shown}: ${reason}`;
  return `${subject} does not hold up: ${reason}`;
}

/**
 * A checker call (Review: `review`, Verify: `verify`). The input is right when it states a correct candidate;
 * a wrong (or unrecognised) answer is caught with `catchRate`, a right one is rejected with `falseAlarmRate`.
 * Confidence is drawn from `confidenceRight` when the verdict is right, else `confidenceWrong`. With no answer the
 * verdict is FAIL "nothing to check", which catches nothing.
 */
export function simulateCheck(call: SimCall, purpose: 'review' | 'verify'): string {
  if (call.inputText === null) {
    return printVerdict({ passed: false, confidence: 1, answer: null, feedback: NOTHING_TO_CHECK });
  }
  const { params, rng, request } = call;
  const right = call.input?.correct === true;
  const u = rng.fork('verdict').next();
  const passed = right
    ? u >= checkerRate(params.falseAlarmRate, request.operator, purpose)
    : u >= checkerRate(params.catchRate, request.operator, purpose);
  const range = passed === right ? params.confidenceRight : params.confidenceWrong;
  const confidence = range.min + (range.max - range.min) * rng.fork('confidence').next();
  const shown = call.input?.text ?? guessAnswerSpan(call.task, call.inputText);
  let own: string | null = null;
  switch (purpose) {
    case 'review':
      break;
    case 'verify':
      own = suggestion(call, passed, shown);
      break;
    default:
      return assertNever(purpose, 'checker purpose');
  }
  const verdict = {
    passed,
    confidence,
    answer: own,
    feedback: feedbackText(call, purpose, passed, shown, own),
  };
  return printVerdict(verdict);
}

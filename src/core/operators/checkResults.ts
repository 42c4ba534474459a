import { clip, failResult } from './operatorHelpers.ts';
import { parseVerdict } from './protocol.ts';
import type { CheckResult, OperatorResult, StageState } from './types.ts';

/** A checker's result when there is no answer: the check fails with "nothing to check" and catches nothing. */
export function nothingToCheck(input: StageState, checker: string): OperatorResult {
  const check: CheckResult = {
    checker,
    passed: false,
    confidence: 0,
    feedback: 'nothing to check',
    suggested: null,
    testPassRatio: null,
  };
  return failResult(
    input,
    `${checker}: nothing to check (no answer)`,
    'input',
    { ...input, check },
    { verdict: 'fail' },
  );
}

/**
 * Turns a checker's reply into the stage's `check`, passing the answer through. An unreadable reply counts as a
 * pass with confidence 0, so a drifting model never blocks the workflow, and the summary says so.
 */
export function checkFromReply(
  input: StageState,
  checker: string,
  reply: string,
  options: { withSuggestion: boolean },
): OperatorResult {
  const verdict = parseVerdict(reply);
  if (verdict === null) {
    const check: CheckResult = {
      checker,
      passed: true,
      confidence: 0,
      feedback: `The verdict could not be read from the reply: ${clip(reply, 120)}`,
      suggested: null,
      testPassRatio: null,
    };
    return {
      output: { ...input, check },
      summary: `${checker}: unreadable verdict, treated as PASS (0.00)`,
      signals: { verdict: 'pass', confidence: 0 },
    };
  }
  const suggested =
    options.withSuggestion && verdict.answer !== null && verdict.answer !== '' ? verdict.answer : null;
  const check: CheckResult = {
    checker,
    passed: verdict.passed,
    confidence: verdict.confidence,
    feedback: verdict.feedback,
    suggested,
    testPassRatio: null,
  };
  const head = `${checker}: ${verdict.passed ? 'PASS' : 'FAIL'} (${verdict.confidence.toFixed(2)})`;
  const tail =
    suggested !== null
      ? ` — suggests ${clip(suggested, 40)}`
      : verdict.passed || verdict.feedback === ''
        ? ''
        : ` — ${clip(verdict.feedback, 60)}`;
  return {
    output: { ...input, check },
    summary: head + tail,
    signals: { verdict: verdict.passed ? 'pass' : 'fail', confidence: verdict.confidence },
  };
}

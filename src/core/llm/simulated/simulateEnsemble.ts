import { printCodeBlock, printSelection } from '../../operators/protocol.ts';
import { guessAnswerSpan, identifyAnswer } from './simCandidates.ts';
import type { SimCall } from './simCall.ts';
import { drawAnswerStyle, garbleAnswer, renderAnswer } from './simText.ts';

/**
 * The judge of an ensemble with no majority: with probability `rate` it picks a candidate that is right (when one
 * is), else one uniformly at random. Returns the index, or null when there is nothing to choose from.
 */
function chooseCandidate(call: SimCall, candidates: readonly string[], rate: number): number | null {
  if (candidates.length === 0) return null;
  const right = candidates.flatMap((c, i) => (identifyAnswer(call.task, c)?.correct ? [i] : []));
  const judge = call.rng.fork('judge');
  if (right.length > 0 && judge.next() < rate) return right[judge.int(right.length)] ?? null;
  return judge.int(candidates.length);
}

const candidatesOf = (call: SimCall): string[] =>
  call.request.hints.candidates ?? (call.inputText !== null ? [call.inputText] : []);

/** ScEnsemble's LLM path (`select`): a short comparison, then `SELECTED: X`. */
export function simulateSelect(call: SimCall): string {
  const candidates = candidatesOf(call);
  const index = chooseCandidate(call, candidates, call.params.selectCorrect);
  if (index === null) return 'There are no solutions to compare.';
  const letter = String.fromCharCode(65 + index);
  return `Comparing the ${candidates.length} solutions, solution ${letter} is the most consistent with the problem.\n${printSelection(index)}`;
}

/**
 * Aggregate's text path (`combine`): settles on one candidate like the ensemble judge (`combineCorrect`) and
 * writes it out as a solver would (verbose with the profile's rate). An unrecognised candidate is repeated as is.
 */
export function simulateCombine(call: SimCall): string {
  const candidates = candidatesOf(call);
  const index = chooseCandidate(call, candidates, call.params.combineCorrect);
  if (index === null) return '';
  const chosen = candidates[index] ?? '';
  const known = identifyAnswer(call.task, chosen);
  if (known === null) return chosen;
  return renderAnswer(call.task, known.text, drawAnswerStyle(call.rng, call.params), call.rng.fork('text'));
}

/**
 * Format (`format`): never re-solves. It writes the answer the input states concisely with `formatConcise`,
 * garbles it (first half only) with `formatGarble`, and otherwise returns the input unchanged; with no input it
 * returns an empty reply.
 */
export function simulateFormat(call: SimCall): string {
  if (call.inputText === null) return '';
  const { task, params } = call;
  const stated = call.input?.text ?? guessAnswerSpan(task, call.inputText);
  const concise = task.type === 'code' ? printCodeBlock(stated) : stated;
  const u = call.rng.fork('format').next();
  if (u < params.formatConcise) return concise;
  if (u < params.formatConcise + params.formatGarble) {
    return task.type === 'code' ? printCodeBlock(garbleAnswer(task, stated)) : garbleAnswer(task, stated);
  }
  return call.inputText;
}

import type { Task } from '../tasks/types.ts';
import { assertNever } from '../util/assertNever.ts';

/**
 * The response-format instructions operators append to their system prompt, one per format of protocol.ts, so
 * every prompt (template or free text) asks for a reply the operator can parse.
 */

/** Asks for a checker's verdict (parseVerdict). */
export const VERDICT_FORMAT = [
  'Reply in exactly this format, one field per line:',
  'VERDICT: PASS or FAIL',
  'CONFIDENCE: a number from 0 to 1 (how sure you are of the verdict)',
  'FEEDBACK: what is wrong and how to fix it, or why the answer is right',
].join('\n');

/** Asks for a verdict that also carries the checker's own answer (Verify). */
export const VERDICT_WITH_ANSWER_FORMAT = [
  'Reply in exactly this format, one field per line:',
  'VERDICT: PASS if the proposed answer matches your own, else FAIL',
  'CONFIDENCE: a number from 0 to 1 (how sure you are of the verdict)',
  'ANSWER: your own final answer, as short as possible',
  'FEEDBACK: where the proposed answer goes wrong, or why it is right',
].join('\n');

/** Asks for a program in one fenced block (extractCodeBlock). */
export const CODE_FORMAT =
  'Reply with the complete program in a single ```python fenced code block. Use only the Python standard ' +
  'library. Put any explanation before the block, never inside or after it.';

/** Asks an ensemble for its choice (parseSelection). */
export const SELECTION_FORMAT =
  'End your reply with one line `SELECTED: X`, where X is the letter of the chosen solution.';

/** Asks for reasoning, then the minimal answer span (parseThoughtAnswer). */
export const THOUGHT_ANSWER_FORMAT = [
  'Reply in exactly this format:',
  'THOUGHT: your step-by-step reasoning',
  'ANSWER: the final answer only, as short as possible, on one line',
].join('\n');

/** Asks for a plan or a decomposition: plain numbered steps. */
export const PLAN_FORMAT =
  'Reply with a numbered list (1., 2., 3., …), one step per line. Do not solve the problem or state a final answer.';

/** How the final answer of this task is written, for Format and for solvers' last line. */
export function finalAnswerShape(task: Task): string {
  switch (task.type) {
    case 'math':
      return 'a single number or mathematical expression, with no units, words or working';
    case 'qa':
      return 'the shortest span of words that answers the question (a name, date, number or short phrase), not a sentence';
    case 'code':
      return 'the complete code only, in one ```python fenced block, with no explanation';
    case 'mc':
      return 'the letter of the correct option only (for example: B)';
    default:
      return assertNever(task.type, 'task type');
  }
}

/** The closing instruction for free-text solvers (Custom, Revise, Aggregate): where to put the final answer. */
export function solverAnswerFormat(task: Task): string {
  if (task.type === 'code') return CODE_FORMAT;
  return `Finish with one line \`Final answer: <answer>\`, where <answer> is ${finalAnswerShape(task)}.`;
}

/** The instruction for Format: the final answer alone, in the task's shape. */
export function formatOnlyInstruction(task: Task): string {
  if (task.type === 'code') {
    return 'Reply with the final code only, in a single ```python fenced block, with no explanation.';
  }
  return `Reply with the final answer only, on one line: ${finalAnswerShape(task)}. Do not explain.`;
}

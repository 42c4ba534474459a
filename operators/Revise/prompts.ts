import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Revise's templates; the first is the default. */
export const REVISE_TEMPLATES: PromptTemplate[] = [
  {
    id: 'revise-feedback',
    title: 'Fix what the checker found',
    text:
      "Revise the current solution using the checker's feedback. Address every point the feedback raises: " +
      'redo the faulty step, and carry the correction through to the final answer. If the feedback is wrong, ' +
      'explain why in one sentence and keep the answer. If no solution is given yet, solve the problem.',
  },
  {
    id: 'revise-rethink',
    title: 'Rethink from scratch',
    text:
      'The current solution was judged wrong. Do not patch it: solve the problem again from the beginning, ' +
      'using the feedback only to avoid the same mistake, and compare your new result with the suggested ' +
      'answer if there is one.',
  },
  {
    id: 'revise-minimal',
    title: 'Minimal correction',
    text:
      'Make the smallest change to the current solution that fixes the problem the feedback describes. Keep ' +
      'everything that was right; rewrite only the wrong part and the final answer that depends on it.',
  },
  {
    id: 'revise-polish',
    title: 'Improve and clarify',
    text:
      'Improve the current solution: correct any error you or the feedback find, remove irrelevant text, and ' +
      'state the final answer clearly in the form the problem asks for.',
  },
];

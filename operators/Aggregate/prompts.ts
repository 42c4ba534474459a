import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Aggregate's templates; the first is the default. */
export const AGGREGATE_TEMPLATES: PromptTemplate[] = [
  {
    id: 'aggregate-combine',
    title: 'Combine into one answer',
    text:
      'Several answers to the problem (or to its sub-problems) are given. Combine them into one final answer: ' +
      'keep what they agree on, resolve disagreements by checking against the problem, and put the pieces ' +
      'of sub-answers together in order.',
  },
  {
    id: 'aggregate-synthesise',
    title: 'Synthesise the sub-answers',
    text:
      'The answers below solve parts of the problem. Use them as intermediate results: write the short ' +
      'derivation that connects them, and give the answer to the original question.',
  },
  {
    id: 'aggregate-merge-code',
    title: 'Merge the best parts',
    text:
      'Merge the candidate solutions into a single, better one: take the correct parts of each, drop what is ' +
      'wrong or redundant, and make sure the result is complete and consistent.',
  },
];

import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Decompose's templates; the first is the default. */
export const DECOMPOSE_TEMPLATES: PromptTemplate[] = [
  {
    id: 'decompose-subproblems',
    title: 'Sub-problems',
    text:
      'Break the problem into 2 to 5 smaller sub-problems that can be solved one after another. Each ' +
      'sub-problem must be a self-contained question whose answer feeds a later one; the last sub-problem ' +
      'must yield the final answer. Write the sub-problems as a numbered list and do not answer them.',
  },
  {
    id: 'decompose-hops',
    title: 'Multi-hop questions',
    text:
      'This question may need several facts combined. Split it into 2 to 5 single-hop questions, each asking ' +
      'for one fact (from the passage when there is one), in the order they must be answered. Refer to ' +
      'earlier answers as "the answer to 1", "the answer to 2". Number the questions; do not answer them.',
  },
  {
    id: 'decompose-functions',
    title: 'Parts of a program',
    text:
      'Split the task into 2 to 5 parts that can each be written and checked on its own: parsing the input, ' +
      'helper computations, the main logic and edge cases, producing the output. Number the parts and give ' +
      'each a one-line description of its input and output. Do not write the code.',
  },
];

import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Format's templates; the first is the default. */
export const FORMAT_TEMPLATES: PromptTemplate[] = [
  {
    id: 'format-final',
    title: 'Final answer only',
    text:
      'Extract the final answer from the solution below and write it in the required form. Do not solve the ' +
      'problem again and do not change the answer the solution reached, even if you think it is wrong: only ' +
      'remove the reasoning, the units and the extra words.',
  },
  {
    id: 'format-span',
    title: 'Shortest span',
    text:
      'Reduce the solution to the shortest span that still answers the question exactly, such as a number, ' +
      'a name or a date. Copy the span as the solution writes it; never add, correct or re-derive anything.',
  },
  {
    id: 'format-strict',
    title: 'Strict format',
    text:
      'Rewrite the answer of the solution below in the strict format the task requires: a plain number ' +
      'without thousands separators or units for numeric answers, the option letter for multiple choice, ' +
      'bare code for programs. Keep the value exactly as the solution gives it.',
  },
];

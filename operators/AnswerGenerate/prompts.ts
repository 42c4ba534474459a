import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** AnswerGenerate's templates; the first is the default. */
export const ANSWER_GENERATE_TEMPLATES: PromptTemplate[] = [
  {
    id: 'answer-cot',
    title: 'Think, then answer',
    text:
      'Think through the problem step by step, then give the answer. The answer must be the minimal span ' +
      'that answers the question: a number, a name, a date, a short phrase or an option letter, never a ' +
      'full sentence.',
  },
  {
    id: 'answer-extract',
    title: 'Extract from the passage',
    text:
      'Answer the question from the passage. In your reasoning, locate the exact words of the passage that ' +
      'answer it; the answer is that span copied as it appears, as short as possible.',
  },
  {
    id: 'answer-verify-units',
    title: 'Reason and check',
    text:
      'Reason carefully, then check the result against the question: does it answer exactly what was asked, ' +
      'in the asked unit or form? Correct it if not. Give the checked answer as a bare value.',
  },
];

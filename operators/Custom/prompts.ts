import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Custom's templates; the first is the default. */
export const CUSTOM_TEMPLATES: PromptTemplate[] = [
  {
    id: 'custom-solve',
    title: 'Solve step by step',
    text:
      'Solve the problem. Think step by step and show the key steps of your reasoning. If a plan is given, ' +
      'follow it; if a previous result is given, check it and improve on it rather than starting over.',
  },
  {
    id: 'custom-direct',
    title: 'Answer directly',
    text:
      'Answer the problem directly and concisely. Give only the reasoning that is needed to trust the ' +
      'answer, in at most three sentences.',
  },
  {
    id: 'custom-expert',
    title: 'Domain expert',
    text:
      'You are an expert in the subject of this problem. Work through it as an expert would: state the ' +
      'relevant facts or formulas, apply them carefully, and double-check every calculation or quoted fact ' +
      'against the problem and the passage before answering.',
  },
  {
    id: 'custom-passage',
    title: 'Quote the evidence',
    text:
      'Find the sentences of the passage (or the facts of the problem) that determine the answer, quote ' +
      'them, and derive the answer from the quotes only. Do not use outside knowledge unless the problem ' +
      'needs it.',
  },
];

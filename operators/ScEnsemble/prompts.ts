import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** ScEnsemble's templates; the first is the default. */
export const SC_ENSEMBLE_TEMPLATES: PromptTemplate[] = [
  {
    id: 'sc-consistency',
    title: 'Most consistent',
    text:
      'Several solutions to the same problem are given. Compare their final answers and reasoning, find the ' +
      'answer that most solutions agree on and whose reasoning holds up, and select the solution that gives ' +
      'it best.',
  },
  {
    id: 'sc-scrutinise',
    title: 'Check each, then choose',
    text:
      'Examine each candidate solution in turn and point out any error in it. Then select the candidate ' +
      'with no errors; if several are correct, the clearest one; if none is, the one closest to correct.',
  },
  {
    id: 'sc-evidence',
    title: 'Best supported',
    text:
      'Select the candidate whose answer is best supported by the problem statement and the passage. ' +
      'Prefer answers that quote or compute from the given information over answers that assert without support.',
  },
];

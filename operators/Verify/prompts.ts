import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Verify's templates; the first is the default. */
export const VERIFY_TEMPLATES: PromptTemplate[] = [
  {
    id: 'verify-independent',
    title: 'Solve independently',
    text:
      'Verify the proposed answer by solving the problem yourself, independently, before looking at it ' +
      'closely. Then compare: if your answer and the proposed one agree, judge PASS; if they differ, find ' +
      'which one is wrong, and judge FAIL when it is the proposed one. Give your own answer in any case.',
  },
  {
    id: 'verify-substitute',
    title: 'Check by substitution',
    text:
      'Check the proposed answer by working backwards: substitute it into the conditions of the problem (or ' +
      'find it in the passage, or run the code mentally on an example) and see whether everything holds. ' +
      'Then solve the problem directly to obtain your own answer and compare.',
  },
  {
    id: 'verify-alternative',
    title: 'Another method',
    text:
      'Solve the problem with a different method from the one the proposed answer used (for example algebra ' +
      'instead of step-by-step arithmetic, or a second reading of the passage). Judge the proposed answer by ' +
      'whether the two methods agree, and state your answer.',
  },
];

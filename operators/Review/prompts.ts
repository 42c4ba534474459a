import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Review's templates; the first is the default. */
export const REVIEW_TEMPLATES: PromptTemplate[] = [
  {
    id: 'review-critical',
    title: 'Critical review',
    text:
      'You are a strict reviewer. Check the proposed answer against the problem: does it answer exactly what ' +
      'was asked, is every step of its reasoning valid, are the calculations and quoted facts right? Judge ' +
      'FAIL if you find any error that changes the answer, and say precisely where it is.',
  },
  {
    id: 'review-constraints',
    title: 'Check the constraints',
    text:
      'List every condition the problem imposes (quantities, units, the form of the answer, the facts of the ' +
      'passage, the function signature) and check the proposed answer against each one. Judge FAIL if any ' +
      'condition is violated; the feedback names the violated condition.',
  },
  {
    id: 'review-sanity',
    title: 'Sanity check',
    text:
      'Do a quick sanity check of the proposed answer: is it of the right type and size, is it plausible, ' +
      'does plugging it back into the problem work? Judge PASS unless something is clearly wrong.',
  },
];

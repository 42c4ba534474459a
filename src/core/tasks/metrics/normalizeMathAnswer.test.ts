import { describe, expect, it } from 'vitest';
import { lastBoxed, normalizeMathAnswer } from './normalizeMathAnswer.ts';

describe('lastBoxed', () => {
  it('takes the last \\boxed{} with nested braces', () => {
    expect(lastBoxed('first \\boxed{1} then \\boxed{\\frac{a}{b^{2}}} done')).toBe('\\frac{a}{b^{2}}');
    expect(lastBoxed('\\fbox{7}')).toBe('7');
    expect(lastBoxed('no box here')).toBeNull();
    expect(lastBoxed('\\boxed{unclosed')).toBeNull();
  });
});

describe('normalizeMathAnswer', () => {
  it.each([
    ['\\boxed{14,\\!400}', '14400'],
    ['The total is #### 1,234', '1234'],
    ['$\\$18.00$', '18'],
    ['18 dollars', '18'],
    ['25^\\circ', '25'],
    ['25^{\\circ}', '25'],
    ['45\\%', '45'],
    ['575\\text{ students}', '575'],
    ['\\dfrac{3}{4}', '\\frac{3}{4}'],
    ['\\left( 1, 2 \\right)', '( 1, 2 )'],
    ['12.50', '12.5'],
    ['7.', '7'],
    ['y = 2x + 3', '2x + 3'],
    ['(C)', 'C'],
    ['\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}', '(1, -2)'],
    ['2,6', '2,6'],
    ['8 pi', '8 pi'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeMathAnswer(raw)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { lastBoxed } from './lastBoxed.ts';

describe('lastBoxed', () => {
  it.each([
    ['so $\\boxed{2}$.', '2'],
    ['first \\boxed{1} then \\boxed{\\frac{1}{10}}', '\\frac{1}{10}'],
    [
      '$\\boxed{\\left( -\\frac{2}{3}, \\frac{14}{9} \\right)}$',
      '\\left( -\\frac{2}{3}, \\frac{14}{9} \\right)',
    ],
    ['\\boxed{\\begin{pmatrix} -5 \\\\ 2 \\end{pmatrix}}', '\\begin{pmatrix} -5 \\\\ 2 \\end{pmatrix}'],
    ['escaped brace \\boxed{\\{1,2\\}}', '\\{1,2\\}'],
    ['the answer is $\\boxed 5$', '5'],
    ['\\fbox{7}', '7'],
  ])('%s → %s', (solution, expected) => {
    expect(lastBoxed(solution)).toBe(expected);
  });

  it.each([['no box here'], ['\\boxed{unclosed']])('returns null for %s', (solution) => {
    expect(lastBoxed(solution)).toBeNull();
  });
});

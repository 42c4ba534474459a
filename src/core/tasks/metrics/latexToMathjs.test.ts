import { describe, expect, it } from 'vitest';
import { latexToMathjs, readGroup } from './latexToMathjs.ts';

describe('latexToMathjs', () => {
  it.each([
    ['\\frac{1}{2}', '((1)/(2))'],
    ['\\frac12', '((1)/(2))'],
    ['\\frac 1{72}', '((1)/(72))'],
    ['\\frac{\\sqrt{3}}{2}', '((sqrt(3))/(2))'],
    ['\\sqrt[3]{x}', 'nthRoot(x, 3)'],
    ['10\\sqrt3', '10sqrt(3)'],
    ['137 \\frac{1}{2}', '(137+1/2)'],
    ['x^{2}', 'x^(2)'],
    ['2\\pi r', '2 pi r'],
    ['[0,\\infty)', '[0, Infinity )'],
    ['2 \\tan x', '2 tan(x)'],
    ['\\ln(x)', 'log(x)'],
    ['3xy', '3x y'],
    ['a \\cdot b', 'a * b'],
  ])('%s → %s', (latex, want) => {
    expect(latexToMathjs(latex)).toBe(want);
  });

  it('returns null for commands it does not know and unbalanced groups', () => {
    expect(latexToMathjs('\\unknown{3}')).toBeNull();
    expect(latexToMathjs('\\frac{1}{')).toBeNull();
    expect(latexToMathjs('')).toBeNull();
  });

  it('reads balanced groups', () => {
    expect(readGroup('{a{b}c}d', 0)).toEqual({ body: 'a{b}c', end: 7 });
    expect(readGroup('x{a}', 0)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../util/createRng.ts';
import { formatNumber, mathDistractors, numbersIn } from './mathDistractors.ts';
import { mathPrograms, pythonLiteral } from './mathPrograms.ts';
import { mathValue, sameMathAnswer } from './normalizeAnswer.ts';

describe('mathDistractors', () => {
  it('perturbs a plain number, keeping off-by-one among the candidates', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++)
      mathDistractors('18', 'She has 16 eggs and eats 3.', createRng(seed)).forEach((d) => seen.add(d));
    for (const expected of ['17', '19', '180', '1.8', '16', '3']) expect(seen).toContain(expected);
  });

  it.each([
    ['\\frac{1}{10}', ['\\frac{2}{10}', '\\frac{1}{11}', '\\frac{10}{1}', '-\\frac{1}{10}']],
    ['B, C', ['A', 'D', 'A, B']],
    ['(7,6)', ['(8,6)', '(7,5)', '(7,12)']],
  ])('edits a composite answer %s', (gold, possible) => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++)
      mathDistractors(gold, '', createRng(seed)).forEach((d) => seen.add(d));
    for (const expected of possible) expect(seen).toContain(expected);
    expect([...seen].some((d) => d.startsWith('-('))).toBe(false);
  });

  it('respects an accept filter (AIME integers)', () => {
    const out = mathDistractors('5', 'a 0.5 chance', createRng(3), { accept: (c) => /^\d{1,3}$/.test(c) });
    expect(out).toHaveLength(3);
    for (const d of out) expect(d).toMatch(/^\d{1,3}$/);
  });

  it('never returns the gold, twice the same value, or fewer than 3 answers (property)', () => {
    const gold = fc.oneof(
      fc.integer({ min: -100000, max: 100000 }).map(String),
      fc.double({ min: -1000, max: 1000, noNaN: true }).map((x) => formatNumber(x)),
      fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 50 })).map(([a, b]) => `\\frac{${a}}{${b}}`),
      fc.constantFrom('0', '-0', '14,\\!400', '25^\\circ', '\\infty', 'D', '2\\sqrt{3}', 'x^2+1'),
    );
    fc.assert(
      fc.property(gold, fc.string({ maxLength: 60 }), fc.integer(), (g, question, seed) => {
        const out = mathDistractors(g, question, createRng(seed));
        expect(out).toHaveLength(3);
        for (const d of out) expect(sameMathAnswer(d, g)).toBe(false);
        for (const [i, d] of out.entries())
          for (const e of out.slice(i + 1)) expect(sameMathAnswer(d, e)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('answer helpers', () => {
  it.each([
    ['14,\\!400', 14400],
    ['\\dfrac{3}{4}', 0.75],
    ['\\frac 1{72}', 1 / 72],
    ['-\\frac{1}{4}', -0.25],
    ['$25^\\circ$', 25],
    ['3/5', 0.6],
    ['x+1', null],
  ])('mathValue(%s) = %s', (text, value) => {
    expect(mathValue(text)).toBe(value);
  });

  it('formats numbers without float noise and finds numbers in text', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1.8e-7)).toBe('0.00000018');
    expect(numbersIn('Pay $1,200 for 3.5 kg, -2 left')).toEqual([1200, 3.5, -2]);
  });

  it('writes solve() programs that return a Python literal of each answer', () => {
    expect(pythonLiteral('18')).toBe('18');
    expect(pythonLiteral('-2.5')).toBe('-2.5');
    expect(pythonLiteral('007')).toBe('"007"');
    expect(pythonLiteral('\\frac{1}{2}')).toBe('"\\\\frac{1}{2}"');
    expect(mathPrograms('18', ['19'])).toEqual({
      correct: 'def solve():\n    return 18\n',
      wrong: ['def solve():\n    return 19\n'],
    });
  });
});

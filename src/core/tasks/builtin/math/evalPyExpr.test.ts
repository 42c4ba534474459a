import { describe, expect, it } from 'vitest';
import { Rational } from './Rational.ts';
import { evalPyExpr } from './evalPyExpr.ts';

const scope = new Map([
  ['a', Rational.parse('7')],
  ['b', Rational.parse('2')],
  ['price', Rational.parse('2.5')],
]);

describe('evalPyExpr', () => {
  it.each([
    ['a + b * 3', '13'],
    ['(a + b) * 3', '27'],
    ['a / b', '3.5'],
    ['a // b', '3'],
    ['-a // b', '-4'],
    ['-a % 3', '2'],
    ['a % b', '1'],
    ['b ** 3', '8'],
    ['-b ** 2', '-4'],
    ['2 ** -1', '0.5'],
    ['price * 4', '10'],
    ['math.ceil(a / b)', '4'],
    ['math.floor(-a / b)', '-4'],
    ['int(-a / b)', '-3'],
    ['abs(b - a)', '5'],
    ['max(a, b, 9)', '9'],
    ['min(a, b)', '2'],
    ['Fraction(1, 3) + Fraction(1, 6)', '0.5'],
    ['1 / Fraction(2, 7)', '3.5'],
  ])('%s = %s (Python semantics)', (expr, want) => {
    expect(evalPyExpr(expr, scope).format()).toBe(want);
  });

  it('rejects unknown names, unknown functions and trailing tokens', () => {
    expect(() => evalPyExpr('a + c', scope)).toThrow(ReferenceError);
    expect(() => evalPyExpr('round(a)', scope)).toThrow(/unknown function/);
    expect(() => evalPyExpr('a b', scope)).toThrow(SyntaxError);
    expect(() => evalPyExpr('a +', scope)).toThrow(SyntaxError);
  });
});

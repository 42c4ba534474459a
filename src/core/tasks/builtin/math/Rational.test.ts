import { describe, expect, it } from 'vitest';
import { Rational } from './Rational.ts';

const r = (text: string): Rational => {
  const [n = '0', d = '1'] = text.split('/');
  return Rational.parse(n).div(Rational.parse(d));
};

describe('Rational', () => {
  it.each([
    ['1/2', '1/3', 'add', '5/6'],
    ['3/4', '1/4', 'sub', '0.5'],
    ['2/3', '9/4', 'mul', '1.5'],
    ['1/2', '1/4', 'div', '2'],
    ['-7/2', '1', 'mul', '-3.5'],
  ] as const)('%s %s %s = %s', (a, b, op, want) => {
    expect(r(a)[op](r(b)).format()).toBe(want);
  });

  it('rounds like Python: floor toward −∞, trunc toward 0, ceil up', () => {
    expect(r('-7/2').floor().format()).toBe('-4');
    expect(r('-7/2').trunc().format()).toBe('-3');
    expect(r('-7/2').ceil().format()).toBe('-3');
    expect(r('7/2').ceil().format()).toBe('4');
    expect(r('4').ceil().format()).toBe('4');
  });

  it('formats integers, short decimals and fractions', () => {
    expect(Rational.parse('12.50').format()).toBe('12.5');
    expect(r('1/8').format()).toBe('0.125');
    expect(r('1/3').format()).toBe('1/3');
    expect(r('1/32').format()).toBe('1/32');
    expect(r('9/4').format('fraction')).toBe('9/4');
    expect(r('8/4').format('fraction')).toBe('2');
    expect(r('-1/20').toDecimal()).toBe('-0.05');
  });

  it('keeps integer powers exact and refuses fractional ones', () => {
    expect(r('2/3').pow(Rational.parse('3')).format()).toBe('8/27');
    expect(r('2').pow(Rational.parse('-2')).format()).toBe('0.25');
    expect(() => r('2').pow(r('1/2'))).toThrow(RangeError);
    expect(() => r('1').div(Rational.parse('0'))).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { closeTo, parseMathExpr, sameFunction } from './evalMathExpr.ts';

describe('parseMathExpr', () => {
  it('evaluates plain arithmetic and lists free variables, constants excluded', () => {
    const p = parseMathExpr('2 x + sqrt(9) + pi - pi');
    expect(p?.variables).toEqual(['x']);
    expect(p?.evaluate({ x: 2 })).toEqual({ re: 7, im: 0 });
    expect(parseMathExpr('-2 + 7 i')?.evaluate({})).toEqual({ re: -2, im: 7 });
  });

  it.each(['x = 3', 'f(x) = x', 'import("fs")', 'evaluate("1")', '[1, 2]', 'a.b', 'x ? 1 : 2', '1 +'])(
    'refuses %j (only arithmetic is allowed)',
    (text) => {
      expect(parseMathExpr(text)).toBeNull();
    },
  );

  it('reports undefined results as null', () => {
    expect(parseMathExpr('0/0')?.evaluate({})).toBeNull();
  });
});

describe('closeTo and sameFunction', () => {
  it('uses an absolute tolerance below 1 and a relative one above', () => {
    expect(closeTo({ re: 0.0005, im: 0 }, { re: 0, im: 0 }, 1e-3)).toBe(true);
    expect(closeTo({ re: 1000.9, im: 0 }, { re: 1000, im: 0 }, 1e-3)).toBe(true);
    expect(closeTo({ re: 1002, im: 0 }, { re: 1000, im: 0 }, 1e-3)).toBe(false);
  });

  it('decides symbolic equality at random points, skipping points where either side is undefined', () => {
    const same = (a: string, b: string): boolean => {
      const pa = parseMathExpr(a);
      const pb = parseMathExpr(b);
      if (!pa || !pb) throw new Error('parse');
      return sameFunction(pa, pb, a, b);
    };
    expect(same('(x + 1)^2', 'x^2 + 2 x + 1')).toBe(true);
    expect(same('sqrt(x - 1) + 1', '1 + sqrt(x - 1)')).toBe(true);
    expect(same('x / x', '1')).toBe(true);
    expect(same('x + 1', 'x + 1.01')).toBe(false);
    expect(same('x', 'y')).toBe(false);
  });
});

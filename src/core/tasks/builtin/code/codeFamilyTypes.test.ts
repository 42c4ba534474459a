import { describe, expect, it } from 'vitest';
import { createRng } from '../../../util/createRng.ts';
import { casesOf, defineFamily, grid, py, span } from './codeFamilyTypes.ts';

describe('code family helpers', () => {
  it('py removes the template indentation and continues multi-line values at their line indentation', () => {
    const inner = 'if x:\n    return 1';
    const code = py`
      def f(x):
          ${inner}
          return 0
    `;
    expect(code).toBe('def f(x):\n    if x:\n        return 1\n    return 0\n');
  });

  it('grid enumerates every combination in order; span is inclusive', () => {
    expect(span(2, 4)).toEqual([2, 3, 4]);
    expect(grid({ a: [1, 2], b: ['x', 'y'] })).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });

  it('defineFamily keys settings stably and builds cases from the reference', () => {
    const family = defineFamily({
      id: 'double',
      topic: 'demo',
      params: span(1, 3).map((k) => ({ k })),
      build: ({ k }) => ({
        entryPoint: 'f',
        signature: 'def f(x: int) -> int:',
        description: `times ${k}`,
        solution: `def f(x):\n    return x * ${k}\n`,
        buggy: [],
        publicCases: casesOf((x: number) => x * k, [[1], [2]]),
        hiddenCases: [],
        difficulty: 0,
      }),
    });
    expect(family.size).toBe(3);
    expect(family.keyOf(1)).toBe('double|{"k":2}');
    expect(family.build(2, createRng(1)).publicCases).toEqual([
      { args: [1], expected: 3 },
      { args: [2], expected: 6 },
    ]);
    expect(() => family.build(3, createRng(1))).toThrow(RangeError);
  });
});

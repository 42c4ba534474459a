import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../util/createRng.ts';
import { mutateCode } from './mutateCode.ts';
import { tokenizePython } from './pythonTokens.ts';

/** Every mutant the generator can make, found by asking with many seeds. */
function allMutants(code: string): Set<string> {
  const seen = new Set<string>();
  for (let seed = 0; seed < 60; seed++) mutateCode(code, createRng(seed), 3).forEach((m) => seen.add(m));
  return seen;
}

const SAMPLES = [
  'def add(a, b):\n    return a + b\n',
  'def is_even(n):\n    return n % 2 == 0\n',
  'def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        s += xs[i]\n    return s\n',
  'def first_upper(s):\n    # a comment with + and <\n    return "a+b<c" if s.isupper() else s.lower()\n',
  'R = 3\r\ndef f(x):\r\n\tif x < R and x > 0:\r\n\t\treturn True\r\n\treturn False',
  'result = df.iloc[List]\n',
];

describe('mutateCode', () => {
  it.each([
    ['return a + b', 'return a - b'],
    ['if x < y: pass', 'if x <= y: pass'],
    ['ok = x == y', 'ok = x != y'],
    ['for i in range(n): pass', 'for i in range(n - 1): pass'],
    ['for i in range(1, n+1): pass', 'for i in range(1, n): pass'],
    ['x = max(a)', 'x = min(a)'],
    ['flag = True', 'flag = False'],
    ['v = a and b', 'v = a or b'],
    ['r = hq.nlargest(n, nums)', 'r = hq.nsmallest(n, nums)'],
    ['r = hq.nlargest(n, nums)', 'r = hq.nlargest(nums, n)'],
  ])('can turn %s into %s', (code, mutant) => {
    expect(allMutants(code)).toContain(mutant);
  });

  it('never touches strings or comments', () => {
    const code = SAMPLES[3] ?? '';
    for (const mutant of allMutants(code)) {
      expect(mutant).toContain('# a comment with + and <');
      expect(mutant).toContain('"a+b<c"');
    }
  });

  it('falls back to a None return when the code has no operator to mutate', () => {
    expect(mutateCode('def f(x):\n    return x\n', createRng(1))).toEqual(['def f(x):\n    return None\n']);
  });

  it('returns nothing for empty code', () => {
    expect(mutateCode('', createRng(1))).toEqual([]);
  });

  it('gives 1–max distinct mutants, all different from the code and the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.integer(),
        fc.integer({ min: 1, max: 3 }),
        (code, seed, max) => {
          const mutants = mutateCode(code, createRng(seed), max);
          expect(mutants.length).toBeGreaterThanOrEqual(1);
          expect(mutants.length).toBeLessThanOrEqual(max);
          expect(new Set(mutants).size).toBe(mutants.length);
          expect(mutants).not.toContain(code);
          expect(mutateCode(code, createRng(seed), max)).toEqual(mutants);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('tokenizePython', () => {
  it('keeps strings, comments and multi-character operators whole', () => {
    const tokens = tokenizePython('x = f"a{b}" # hi\ny //= 2 ** -1e-3 <= """q\n"""');
    expect(tokens.map((t) => t.text)).toEqual([
      'x',
      '=',
      'f"a{b}"',
      '# hi',
      'y',
      '//=',
      '2',
      '**',
      '-',
      '1e-3',
      '<=',
      '"""q\n"""',
    ]);
    expect(tokens.find((t) => t.text === '# hi')?.kind).toBe('comment');
  });
});

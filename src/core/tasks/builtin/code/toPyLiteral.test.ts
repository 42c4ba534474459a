import { describe, expect, it } from 'vitest';
import { dict, toPyLiteral, tuple } from './toPyLiteral.ts';

describe('toPyLiteral', () => {
  it.each([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [-3, '-3'],
    ['it\'s "x"\n', '"it\'s \\"x\\"\\n"'],
    [[1, [2, 'a']], '[1, [2, "a"]]'],
    [tuple(), '()'],
    [tuple(5), '(5,)'],
    [tuple(1, 'b'), '(1, "b")'],
    [
      dict([
        [1, 'one'],
        ['k', [true]],
      ]),
      '{1: "one", "k": [True]}',
    ],
    [dict({}), '{}'],
  ])('%j prints as %s', (value, want) => {
    expect(toPyLiteral(value)).toBe(want);
  });

  it('refuses values Python literals cannot express exactly', () => {
    expect(() => toPyLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => toPyLiteral(Infinity)).toThrow(RangeError);
  });
});

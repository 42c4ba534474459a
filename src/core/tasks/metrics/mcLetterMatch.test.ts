import { describe, expect, it } from 'vitest';
import { extractMcLetter, mcLetterMatch } from './mcLetterMatch.ts';

describe('extractMcLetter', () => {
  it.each([
    ['(B)', 'b'],
    ['b', 'b'],
    ['D.', 'd'],
    ['**C**', 'c'],
    ['answer: b', 'b'],
    ['The answer is C.', 'c'],
    ['The answer is (e) 42', 'e'],
    ['B) 12 apples', 'b'],
    ['Looking at a ) 10 and c ) 14, c ) fits', 'c'],
    ['I pick option D because it is largest', 'd'],
    ['(a) is wrong, so the answer is (c)', 'c'],
    ['nothing here', null],
    ['The answer is 42', null],
  ])('%j → %j', (text, want) => {
    expect(extractMcLetter(text)).toBe(want);
  });

  it('accepts only letters within the number of options', () => {
    expect(extractMcLetter('(E)', 4)).toBeNull();
    expect(extractMcLetter('(D)', 4)).toBe('d');
  });
});

describe('mcLetterMatch', () => {
  it.each([
    ['(C)', 'c', true],
    ['answer: c', 'C', true],
    ['answer: b', 'c', false],
    ['no letter', 'c', false],
  ] as const)('%j vs %j → %s', (pred, gold, want) => {
    expect(mcLetterMatch(pred, gold)).toBe(want);
  });
});

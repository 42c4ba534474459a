import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answerKey,
  extractFinalAnswer,
  normaliseAnswer,
  numericValue,
  parseNumber,
  pluralityVote,
} from './answerKey.ts';

describe('extractFinalAnswer', () => {
  it.each([
    ['First 3*14 = 42, then 42 - 2 = 40, so the answer is 40.', '40'],
    ['Work...\n#### 1,200', '1,200'],
    ['Thus \\boxed{\\frac{1}{2}} is it', '\\frac{1}{2}'],
    ['Reasoning\nFinal answer: Paris', 'Paris'],
    ['THOUGHT: x\nANSWER: Saône', 'Saône'],
    ['The answer is 3.5.', '3.5'],
    ['Before giving the final answer, note 7.', null],
    ['no marker here', null],
  ])('%j → %j', (text, expected) => {
    expect(extractFinalAnswer(text)).toBe(expected);
  });
});

describe('parseNumber and normaliseAnswer', () => {
  it.each([
    ['1,200', 1200],
    ['$3.50', 3.5],
    ['45%', 45],
    ['-2e3', -2000],
    ['3/4', 0.75],
    ['40.', 40],
    ['forty', null],
    ['1/0', null],
  ])('parseNumber(%j) = %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['So the answer is 1,200.', '1200'],
    ['  **Paris** ', 'paris'],
    ['(B)', 'b'],
    ['40.0', '40'],
    ['New   York', 'new york'],
  ])('normaliseAnswer(%j) = %j', (text, expected) => {
    expect(normaliseAnswer(text)).toBe(expected);
  });

  it('reads numbers out of verbose text only when marked', () => {
    expect(numericValue('so the answer is 42.')).toBe(42);
    expect(numericValue('He was born in 1990 in Lyon')).toBeNull();
  });

  it('compares code ignoring fences and blank lines', () => {
    expect(answerKey('```python\ndef f():\n\n    return 1   \n```', 'code')).toBe(
      answerKey('def f():\n    return 1\n', 'code'),
    );
  });

  it('gives every canonical integer its own key (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        (n) => normaliseAnswer(n.toLocaleString('en-US')) === String(n),
      ),
    );
  });
});

describe('pluralityVote', () => {
  it.each([
    [['a', 'b', 'a'], { key: 'a', count: 2, index: 0 }],
    [['b', 'a', 'a', 'b'], { key: 'b', count: 2, index: 0 }],
    [['x'], { key: 'x', count: 1, index: 0 }],
  ])('%j', (keys, expected) => {
    expect(pluralityVote(keys)).toEqual(expected);
  });

  it('is null for no keys', () => {
    expect(pluralityVote([])).toBeNull();
  });
});

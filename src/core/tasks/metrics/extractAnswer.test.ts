import { describe, expect, it } from 'vitest';
import type { MetricName, Task } from '../types.ts';
import { extractAnswer, extractMathAnswer, extractQaAnswer } from './extractAnswer.ts';

const task = (metric: MetricName, choices?: string[]): Task => ({
  id: 't',
  source: 's',
  type: metric === 'f1' ? 'qa' : metric,
  metric,
  question: 'q',
  gold: ['x'],
  difficulty: 0,
  distractors: [],
  ...(choices ? { choices } : {}),
});

describe('extractMathAnswer', () => {
  it.each([
    ['So the result is \\boxed{\\frac{1}{2}}.', '\\frac{1}{2}'],
    ['\\boxed{3} at first, then \\boxed{4}', '4'],
    ['She makes 9 * 2 = 18 dollars.\n#### 18', '18'],
    ['Thus, the answer is $18$.', '18'],
    ['Final answer: 3/4', '3/4'],
    ['The answer is 1,234. It was easy.', '1,234'],
    ['**Answer:** 42 apples', '42 apples'],
    ['Adding them up: 5 + 7 = 12', '12'],
    ['We get 5 apples and then 7 pears remain', '7'],
    ['I am not sure.', null],
  ])('%j → %j', (text, want) => {
    expect(extractMathAnswer(text)).toBe(want);
  });
});

describe('extractQaAnswer', () => {
  it.each([
    ['Answer: Marta Reyna', 'Marta Reyna'],
    ['THOUGHT: the founder is named first.\nANSWER: Kestrel Works', 'Kestrel Works'],
    ['The answer is 1991.', '1991'],
    ['Paris, because it is the capital.', 'Paris'],
    ['Redridge\nShe was born there in 1961.', 'Redridge'],
    ['"River Calder" - it runs through the town', 'River Calder'],
    ['Ashford; the company moved later', 'Ashford'],
    ['   ', null],
  ])('%j → %j', (text, want) => {
    expect(extractQaAnswer(text)).toBe(want);
  });
});

describe('extractAnswer', () => {
  it('dispatches on the metric', () => {
    expect(extractAnswer(task('math'), 'so x = 5')).toBe('5');
    expect(extractAnswer(task('f1'), 'Answer: Ivywell.')).toBe('Ivywell');
    expect(extractAnswer(task('mc', ['1', '2', '3']), 'The correct option is (B).')).toBe('b');
    expect(extractAnswer(task('mc', ['1', '2', '3']), 'The correct option is (D).')).toBeNull();
    expect(extractAnswer(task('code'), 'Here:\n```python\ndef f():\n    return 1\n```\nDone.')).toBe(
      'def f():\n    return 1\n',
    );
    expect(extractAnswer(task('code'), 'def f():\n    return 2')).toBe('def f():\n    return 2\n');
    expect(extractAnswer(task('code'), '')).toBeNull();
  });
});

describe('bare answers and initials (found by the dataset self-check)', () => {
  it.each([
    ['\\frac{12}{7}', '\\frac{12}{7}'],
    ['(7,6)', '(7,6)'],
    ['$\\sqrt{2}$', '\\sqrt{2}'],
    ['x^2 + 1', 'x^2 + 1'],
    ['Let me count: 3 boxes of 12 is 36, then 4 more', '4'],
  ])('math: %s → %s', (text, expected) => {
    expect(extractMathAnswer(text)).toBe(expected);
  });

  it.each([
    ['M. Night Shyamalan', 'M. Night Shyamalan'],
    ['St. Louis Cardinals', 'St. Louis Cardinals'],
    ['Paris. It is the capital of France.', 'Paris'],
  ])('qa: %s → %s', (text, expected) => {
    expect(extractQaAnswer(text)).toBe(expected);
  });
});

describe('prose is not a bare answer', () => {
  it('falls back to the last number when a short reply is a sentence', () => {
    expect(extractMathAnswer('It is 42')).toBe('42');
  });
});

describe('equations', () => {
  it.each([
    ['x = 5', '5'],
    ['5x - 7y + 11z + 4 = 0', '5x - 7y + 11z + 4 = 0'],
  ])('%s → %s', (text, expected) => {
    expect(extractMathAnswer(text)).toBe(expected);
  });
});

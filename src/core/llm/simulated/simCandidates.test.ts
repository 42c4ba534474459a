import { describe, expect, it } from 'vitest';
import type { Task } from '../../tasks/types.ts';
import { guessAnswerSpan, identifyAnswer, taskCandidates } from './simCandidates.ts';
import { makeSimTestTask } from './simTestTasks.ts';

const math: Task = { ...makeSimTestTask('math', 0), gold: ['36'], distractors: ['12', '48', '1036'] };
const frac: Task = { ...makeSimTestTask('math', 0), gold: ['\\frac{1}{2}'], distractors: ['2', '1/4'] };
const qa = makeSimTestTask('qa', 0);
const nested: Task = { ...qa, gold: ['France'], distractors: ['Paris, France', 'Spain'] };
const mc = makeSimTestTask('mc', 0);
const code = makeSimTestTask('code', 0);
const solution = code.code?.solution ?? '';
const buggy = code.code?.buggy[1] ?? '';

describe('identifyAnswer', () => {
  it.each<[string, Task, string | null, string | null]>([
    ['a bare number', math, '36', '36'],
    ['a decimal form', math, '36.0', '36'],
    ['thousands separators', math, '1,036', '1036'],
    ['"the answer is"', math, 'First 12 boxes, then more. So the answer is 48.', '48'],
    ['"Final answer:"', math, 'We get 12 and then 36.\nFinal answer: 36', '36'],
    ['a boxed answer', math, 'Thus $\\boxed{12}$.', '12'],
    [
      'the last candidate mentioned',
      math,
      'Working it through gives 36 in total, 5 more than the 31 we had.',
      '36',
    ],
    ['an unknown number', math, '99', null],
    ['an empty answer', math, '   ', null],
    ['no answer', math, null, null],
    ['a LaTeX fraction by value', frac, '0.5', '\\frac{1}{2}'],
    ['a slash fraction', frac, 'The answer is 1/4.', '1/4'],
    ['a span with an article', qa, 'The answer is the city of Paris.', 'the city of Paris'],
    ['a span in prose', qa, 'The passage points to Lyon here; it is mentioned later.', 'Lyon'],
    ['a longer candidate that contains the gold', nested, 'It was Paris, France.', 'Paris, France'],
    ['the gold alone', nested, 'It was France.', 'France'],
    ['an mc letter', mc, 'B', 'B'],
    ['an mc letter in prose', mc, 'Between (C) and (B), (B) fits the question best.', 'B'],
    ['an mc marker', mc, 'Comparing the options, (A) fits.\nThe answer is A.', 'A'],
  ])('reads %s', (_label, task, text, expected) => {
    expect(identifyAnswer(task, text)?.text ?? null).toBe(expected);
  });

  it('compares code after removing whitespace and finds it among several blocks', () => {
    const reindented = solution.replace(/ {4}/g, '  ').replace(/\n/g, '\n\n');
    expect(identifyAnswer(code, reindented)).toMatchObject({ correct: true });
    const prose = `Here it is:\n\`\`\`python\n${buggy}\`\`\`\nFor example:\n\`\`\`python\nprint(combine_0(1, 2))\n\`\`\``;
    expect(identifyAnswer(code, prose)).toMatchObject({ correct: false, wrongIndex: 1 });
    expect(identifyAnswer(code, 'def combine_0(a, b):\n    return 0\n')).toBeNull();
  });

  it('marks gold variants correct and distractors by index', () => {
    expect(identifyAnswer(qa, 'Paris')).toEqual({ text: 'Paris', correct: true, wrongIndex: -1 });
    expect(identifyAnswer(qa, 'Marseille')).toEqual({ text: 'Marseille', correct: false, wrongIndex: 1 });
  });
});

describe('taskCandidates', () => {
  it('uses reference and buggy code for code tasks', () => {
    expect(taskCandidates(code)).toEqual({ correct: solution, gold: [solution], wrong: code.code?.buggy });
  });

  it('falls back when a task ships no distractors or no buggy code', () => {
    expect(taskCandidates({ ...math, distractors: [] }).wrong).toEqual(['37', '72']);
    expect(taskCandidates({ ...qa, distractors: ['', 'paris'] }).wrong).toEqual([
      'unknown',
      'none of the above',
    ]);
    const bare: Task = { ...code, code: { ...(code.code as NonNullable<Task['code']>), buggy: [] } };
    const [broken] = taskCandidates(bare).wrong;
    expect(broken).toContain('def combine_0(*args, **kwargs):\n    return None');
  });
});

describe('guessAnswerSpan', () => {
  it.each<[Task, string, string]>([
    [math, 'So the answer is 99.', '99'],
    [math, 'We add 3 and get 1,099 apples', '1099'],
    [qa, 'Some sentence.\nAnother line about Rome', 'Another line about Rome'],
  ])('extracts a concise guess from %#', (task, text, expected) => {
    expect(guessAnswerSpan(task, text)).toBe(expected);
  });
});

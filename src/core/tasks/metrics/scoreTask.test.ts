import { describe, expect, it, vi } from 'vitest';
import { FlowSteerError } from '../../errors.ts';
import type { MetricName, Task } from '../types.ts';
import { scoreTask } from './scoreTask.ts';

const task = (metric: MetricName, gold: string[]): Task => ({
  id: 't',
  source: 's',
  type: metric === 'f1' ? 'qa' : metric,
  metric,
  question: 'q',
  gold,
  difficulty: 0,
  distractors: [],
});

describe('scoreTask', () => {
  it('scores math by equivalence, extracting from verbose text', async () => {
    const t = task('math', ['\\frac{1}{2}']);
    expect(await scoreTask(t, 'Halving gives 0.5, so the answer is 0.5.')).toMatchObject({
      score: 1,
      em: 1,
      extracted: '0.5',
    });
    expect(await scoreTask(t, '\\boxed{0.6}')).toMatchObject({
      score: 0,
      extracted: '0.6',
      detail: 'expected \\frac{1}{2}',
    });
  });

  it('scores QA by SQuAD F1 and reports EM', async () => {
    const t = task('f1', ['Eiffel Tower']);
    expect(await scoreTask(t, 'Answer: the Eiffel Tower')).toMatchObject({
      score: 1,
      em: 1,
      extracted: 'the Eiffel Tower',
    });
    const partial = await scoreTask(t, 'Answer: Eiffel Tower in Paris');
    expect(partial.score).toBeCloseTo(2 / 3);
    expect(partial.em).toBe(0);
  });

  it('scores multiple choice by letter', async () => {
    expect((await scoreTask(task('mc', ['c']), 'The answer is (C).')).score).toBe(1);
    expect((await scoreTask(task('mc', ['c']), 'The answer is (A).')).score).toBe(0);
  });

  it('scores code through the hidden-test runner: 1 only when every hidden test passes', async () => {
    const t = task('code', ['def f(): pass']);
    const runHiddenTests = vi.fn(async (code: string) => (code.includes('return 1') ? 1 : 0.5));
    const good = await scoreTask(t, 'Sure:\n```python\ndef f():\n    return 1\n```', { runHiddenTests });
    expect(good).toMatchObject({ score: 1, extracted: 'def f():\n    return 1\n' });
    expect(runHiddenTests).toHaveBeenCalledWith('def f():\n    return 1\n');
    expect(await scoreTask(t, 'def f():\n    return 2', { runHiddenTests })).toMatchObject({
      score: 0,
      detail: 'hidden tests passed: 50%',
    });
  });

  it('fails clearly when a code task has no hidden-test runner', async () => {
    const err = await scoreTask(task('code', ['x']), 'def f(): pass').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlowSteerError);
    expect((err as FlowSteerError).code).toBe('E_SANDBOX_UNAVAILABLE');
    expect((err as FlowSteerError).message).toContain('runHiddenTests');
  });

  it('gives 0 to a null answer and to text with nothing to extract', async () => {
    expect(await scoreTask(task('math', ['1']), null)).toEqual({
      score: 0,
      em: 0,
      extracted: null,
      detail: 'no answer',
    });
    expect((await scoreTask(task('math', ['1']), 'no idea')).score).toBe(0);
    expect((await scoreTask(task('code', ['x']), null)).score).toBe(0);
  });
});

describe('SQuAD v2 abstention', () => {
  const unanswerable: Task = {
    id: 'squad/x',
    source: 'squad_v2',
    type: 'qa',
    metric: 'f1',
    question: 'What is unknowable?',
    context: 'A passage.',
    gold: [''],
    difficulty: 0.5,
    distractors: ['a passage'],
  };
  it('scores an empty answer 1 against an empty gold, and a span 0', async () => {
    expect((await scoreTask(unanswerable, '')).score).toBe(1);
    expect((await scoreTask(unanswerable, 'unanswerable')).score).toBe(1);
    expect((await scoreTask(unanswerable, 'a passage')).score).toBe(0);
    expect((await scoreTask(unanswerable, null)).score).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSplits } from './buildSplits.ts';

const task = (question: string) => ({
  source: 's',
  type: 'math' as const,
  metric: 'math' as const,
  question,
  gold: ['1'],
  difficulty: 0,
  distractors: [],
});

describe('buildSplits', () => {
  it('fills the test split first, then the training pool, skipping repeated keys and texts', () => {
    const keys = ['a', 'b', 'a', 'c', 'd', 'e'];
    const texts = ['q1', 'q2', 'q3', 'q2', 'q4', 'q5'];
    const { test, train } = buildSplits(
      'demo',
      (i) => (i < keys.length ? { key: keys[i] ?? '', task: task(texts[i] ?? '') } : null),
      { testSize: 2, trainSize: 2 },
    );
    expect(test.map((t) => [t.id, t.question])).toEqual([
      ['demo/test/000', 'q1'],
      ['demo/test/001', 'q2'],
    ]);
    expect(train.map((t) => [t.id, t.question])).toEqual([
      ['demo/train/000', 'q4'],
      ['demo/train/001', 'q5'],
    ]);
  });

  it('throws when the generator cannot supply enough distinct tasks', () => {
    expect(() =>
      buildSplits('tiny', () => ({ key: 'same', task: task('same') }), { testSize: 2, trainSize: 0 }),
    ).toThrow(/only 1 distinct tasks, wanted 2/);
  });
});

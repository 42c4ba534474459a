import { describe, expect, it } from 'vitest';
import type { Task } from '../core/tasks/types.ts';
import { checkDataset } from './checkDataset.ts';

const mathTask = (id: string, gold: string, distractors: string[] = []): Task => ({
  id,
  source: 'test',
  type: 'math',
  metric: 'math',
  question: 'q',
  gold: [gold],
  difficulty: 0.5,
  distractors,
});

describe('checkDataset', () => {
  it('passes gold that scores 1, fails gold the metric cannot read, flags distractors that score 1', async () => {
    const seen: string[] = [];
    const report = await checkDataset(
      [
        mathTask('ok', '42', ['41']),
        mathTask('unreadable', 'no number here'),
        mathTask('same', '0.5', ['1/2']),
      ],
      { timeoutMs: 1000, onTask: (id, outcome) => seen.push(`${id}:${outcome}`) },
    );
    expect(report).toMatchObject({ kind: 'metric', checked: 3, passed: 2, failed: 1, errors: 0, skipped: 0 });
    expect(report.failures).toEqual([
      expect.objectContaining({
        id: 'unreadable',
        outcome: 'failed',
        message: expect.stringContaining('read as null'),
      }),
    ]);
    expect(report.distractorsScoringOne).toEqual([{ id: 'same', distractor: '1/2' }]);
    expect(seen).toEqual(['ok:passed', 'unreadable:failed', 'same:passed']);
  });

  it('skips a code task without a reference solution without touching a sandbox', async () => {
    const task: Task = {
      ...mathTask('apps/1', ''),
      type: 'code',
      metric: 'code',
      code: { format: 'stdio', publicTests: [], hiddenTests: [], solution: '', buggy: [] },
    };
    const report = await checkDataset([task], { timeoutMs: 1000 });
    expect(report).toMatchObject({ kind: 'reference', checked: 1, passed: 0, skipped: 1 });
    expect(report.failures[0]?.message).toBe('no reference solution');
  });
});

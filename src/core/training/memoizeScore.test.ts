import { describe, expect, it } from 'vitest';
import { testTask } from '../canvas/canvasTestKit.ts';
import type { RunResult } from '../canvas/types.ts';
import { memoizeScore } from './memoizeScore.ts';

const run = {} as RunResult;

describe('memoizeScore', () => {
  it('scores each (task, answer) once, concurrent calls included, and forgets failures', async () => {
    let calls = 0;
    let fail = true;
    const score = memoizeScore(async (_task, answer) => {
      calls += 1;
      if (answer === 'boom' && fail) throw new Error('sandbox down');
      return answer === '42' ? 1 : 0;
    }, 2);
    const a = testTask({ id: 'a' });
    const b = testTask({ id: 'b' });
    expect(await Promise.all([score(a, '42', run), score(a, '42', run)])).toEqual([1, 1]);
    expect(await score(b, '42', run)).toBe(1);
    expect(calls).toBe(2);
    await expect(score(a, 'boom', run)).rejects.toThrow('sandbox down');
    fail = false;
    expect(await score(a, 'boom', run)).toBe(0);
    // The memo holds 2 entries: the oldest (a, 42) was evicted.
    await score(a, '42', run);
    expect(calls).toBe(5);
  });
});

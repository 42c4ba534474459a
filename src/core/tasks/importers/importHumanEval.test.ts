import { describe, expect, it } from 'vitest';
import { HUMANEVAL_WRONG_EXAMPLES, importHumanEval } from './importHumanEval.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importHumanEval(sampleText('humaneval/HumanEval.jsonl'));
const byId = new Map(result.tasks.map((t) => [t.id, t]));

describe('importHumanEval', () => {
  it('imports all 164 problems with the check() text as the hidden test', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(164);
    for (const t of result.tasks) {
      expect(t.code?.format).toBe('humaneval');
      expect(t.code?.hiddenTests).toHaveLength(1);
      expect(t.code?.hiddenTests[0]).toContain('def check(candidate)');
      expect(t.code?.solution.startsWith(t.question)).toBe(true);
      expect(t.code?.starter).toBe(t.question);
    }
  });

  it('turns docstring examples into public asserts (134 of 164 tasks have some)', () => {
    const first = byId.get('humaneval/0');
    expect(first?.code?.entryPoint).toBe('has_close_elements');
    expect(first?.code?.publicTests).toEqual([
      'assert has_close_elements([1.0, 2.0, 3.0], 0.5) == False',
      'assert has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3) == True',
    ]);
    expect(result.tasks.filter((t) => (t.code?.publicTests.length ?? 0) > 0)).toHaveLength(134);
    expect(byId.get('humaneval/77')?.code?.publicTests).toContain('assert iscube(1) == True');
  });

  it('leaves out the docstring examples known to contradict the reference', () => {
    expect(byId.get('humaneval/47')?.code?.publicTests).toEqual(['assert median([3, 1, 2, 4, 5]) == 3']);
    expect(byId.get('humaneval/130')?.code?.publicTests).toEqual(['assert tri(3) == [1, 3, 2, 8]']);
    expect(Object.keys(HUMANEVAL_WRONG_EXAMPLES)).toHaveLength(2);
  });

  it('mutates the body only, so every buggy variant keeps the prompt', () => {
    for (const t of result.tasks) {
      for (const bug of t.code?.buggy ?? []) {
        expect(bug.startsWith(t.question)).toBe(true);
        expect(bug).not.toBe(t.code?.solution);
      }
    }
  });
});

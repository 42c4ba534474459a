import { describe, expect, it } from 'vitest';
import { importMbpp, mbppEntryPoint, mbppSplit } from './importMbpp.ts';
import { sampleText } from './readSample.testutil.ts';

const sanitized = importMbpp(sampleText('mbpp/sanitized-mbpp.json'));
const full = importMbpp(sampleText('mbpp/mbpp.jsonl'));

describe('importMbpp', () => {
  it('imports 200 sanitized and 200 full records as assert-tested code tasks', () => {
    expect(sanitized.problems).toEqual([]);
    expect(full.problems).toEqual([]);
    expect(sanitized.tasks).toHaveLength(200);
    expect(full.tasks).toHaveLength(200);
    expect(
      sanitized.tasks.every((t) => t.meta?.['variant'] === 'sanitized' && t.id.startsWith('mbpp/sanitized/')),
    ).toBe(true);
    expect(full.tasks.every((t) => t.meta?.['variant'] === 'full' && /^mbpp\/\d+$/.test(t.id))).toBe(true);
    for (const t of [...sanitized.tasks, ...full.tasks]) {
      expect([t.type, t.metric, t.code?.format]).toEqual(['code', 'code', 'asserts']);
      expect(t.gold).toEqual([t.code?.solution]);
      expect(t.distractors).toEqual(t.code?.buggy);
    }
  });

  it('makes the first assert public and scores on every assert', () => {
    const first = sanitized.tasks[0];
    expect(first?.question).toBe('Write a function to find the shared elements from the given two lists.');
    expect(first?.code?.entryPoint).toBe('similar_elements');
    expect(first?.code?.publicTests).toEqual([
      'assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))',
    ]);
    expect(first?.code?.hiddenTests).toHaveLength(3);
    for (const t of full.tasks) {
      expect(t.code?.publicTests).toHaveLength(1);
      expect(t.code?.hiddenTests[0]).toBe(t.code?.publicTests[0]);
    }
  });

  it('normalises the full file’s \\r\\n code and keeps test_imports as setup', () => {
    const minCost = full.tasks[0];
    expect(minCost?.code?.solution).toMatch(/^R = 3\nC = 3\ndef min_cost/);
    expect(minCost?.code?.solution).not.toContain('\r');
    expect(minCost?.meta).toMatchObject({ split: 'prompt', record: 1 });
    expect(sanitized.tasks.find((t) => t.id === 'mbpp/sanitized/82')?.code?.setup).toBe('import math');
    expect(full.tasks.find((t) => t.id === 'mbpp/11')?.meta?.['challengeTests']).toBe(2);
  });

  it('finds the tested function and the official split', () => {
    expect(mbppEntryPoint('def helper(x):\n  pass\ndef main(a):\n  pass', ['assert main(1) == 2'])).toBe(
      'main',
    );
    expect(mbppEntryPoint('x = 1', ['assert f(1)'])).toBeUndefined();
    expect([1, 11, 510, 511, 601].map(mbppSplit)).toEqual(['prompt', 'test', 'test', 'validation', 'train']);
  });

  it('reports a record missing test_list by its array index', () => {
    const records = JSON.parse(sampleText('mbpp/sanitized-mbpp.json')) as Record<string, unknown>[];
    const broken = records.slice(0, 3);
    delete broken[1]?.['test_list'];
    const out = importMbpp(JSON.stringify(broken));
    expect(out.tasks).toHaveLength(2);
    expect(out.problems[0]).toMatchObject({ index: 1 });
    expect(out.problems[0]?.message).toMatch(/test_list/);
  });
});

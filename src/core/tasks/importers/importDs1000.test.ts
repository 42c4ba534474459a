import { describe, expect, it } from 'vitest';
import { ds1000PublicHarness, importDs1000 } from './importDs1000.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importDs1000(sampleText('ds1000/ds1000.jsonl'));

describe('importDs1000', () => {
  it('imports 200 problems with the library counts of the sample', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(200);
    const counts: Record<string, number> = {};
    for (const t of result.tasks)
      counts[String(t.meta?.['library'])] = (counts[String(t.meta?.['library'])] ?? 0) + 1;
    expect(counts).toEqual({
      Pandas: 59,
      Numpy: 44,
      Matplotlib: 31,
      Sklearn: 23,
      Scipy: 21,
      Pytorch: 13,
      Tensorflow: 9,
    });
    expect(result.tasks.filter((t) => t.meta?.['usesTestString'] === true)).toHaveLength(28);
  });

  it('keeps prompt, reference code and harness; the public harness runs only the first case', () => {
    const first = result.tasks[0];
    expect(first?.id).toBe('ds1000/0');
    expect(first?.question).toMatch(/^Problem:\nI have the following DataFrame/);
    expect(first?.code?.format).toBe('ds1000');
    expect(first?.code?.solution).toBe(
      'def g(df, List):\n    return df.iloc[List]\n\nresult = g(df.copy(), List)\n',
    );
    expect(first?.code?.publicTests).toEqual(first?.code?.hiddenTests);
    const multi = result.tasks.find((t) => t.id === 'ds1000/5');
    expect(multi?.meta?.['testCases']).toBe(2);
    expect(multi?.code?.hiddenTests[0]).toContain('for i in range(2):');
    expect(multi?.code?.publicTests[0]).toContain('for i in range(1):');
    expect(multi?.code?.publicTests[0]).not.toContain('for i in range(2):');
  });

  it('leaves a harness without the loop unchanged and rates perturbations', () => {
    expect(ds1000PublicHarness('def test_execution(s):\n    pass\n')).toBe(
      'def test_execution(s):\n    pass\n',
    );
    expect(result.tasks.find((t) => t.meta?.['perturbation'] === 'Difficult-Rewrite')?.difficulty).toBe(0.75);
    expect(result.tasks[0]?.difficulty).toBe(0.4);
  });
});

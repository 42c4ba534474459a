import { describe, expect, it } from 'vitest';
import { importApps } from './importApps.ts';
import { sampleFolder, sampleText } from './readSample.testutil.ts';

const train = importApps(sampleFolder('apps/train'));
const test = importApps(sampleText('apps/apps_test_10.jsonl'));

describe('importApps', () => {
  it('imports the 5 train problems from folders and the 10 test problems from JSON Lines', () => {
    expect(train.problems).toEqual([]);
    expect(test.problems).toEqual([]);
    expect(train.tasks.map((t) => t.id)).toEqual([
      'apps/0001',
      'apps/0111',
      'apps/2287',
      'apps/2404',
      'apps/4184',
    ]);
    expect(test.tasks).toHaveLength(10);
    expect(test.tasks.map((t) => t.id)).toContain('apps/1079');
  });

  it('tells stdin/stdout problems from call-based ones by fn_name', () => {
    const byId = new Map(train.tasks.map((t) => [t.id, t]));
    const stdio = byId.get('apps/0001')?.code;
    expect(stdio?.format).toBe('stdio');
    expect(stdio?.io).toEqual({
      inputs: ['3\n2 2 3\n4 3 7\n10 1 9\n'],
      outputs: ['1\n6\n-1\n'],
      publicCount: 1,
    });
    expect([stdio?.publicTests, stdio?.hiddenTests]).toEqual([[], []]);
    expect(stdio?.starter).toBeUndefined();
    const leet = byId.get('apps/2404')?.code;
    expect(leet?.format).toBe('call');
    expect(leet?.io?.fnName).toBe('findKthPositive');
    expect(leet?.entryPoint).toBe('findKthPositive');
    expect(leet?.starter).toMatch(/^class Solution:/);
    expect(byId.get('apps/4184')?.code?.io?.outputs[0]).toEqual([false]);
    expect(byId.get('apps/2287')?.difficulty).toBe(0.9);
    expect(byId.get('apps/2287')?.meta).toMatchObject({
      cases: 3,
      difficulty: 'competition',
    });
  });

  it('uses the first solution as reference and mutates it; test records without solutions have none', () => {
    for (const t of train.tasks) {
      expect(t.code?.solution.length).toBeGreaterThan(0);
      expect(t.code?.buggy.length).toBeGreaterThanOrEqual(2);
    }
    for (const t of test.tasks) {
      expect(t.code?.format).toBe('stdio');
      expect(t.code?.solution).toBe('');
      expect(t.gold).toEqual([]);
      expect(t.code?.io?.inputs.length).toBe(t.code?.io?.outputs.length);
    }
  });

  it('reports a record whose input_output is not JSON', () => {
    const lines = sampleText('apps/apps_test_10.jsonl').split('\n').slice(0, 2);
    const record = JSON.parse(lines[1] ?? '{}') as Record<string, unknown>;
    lines[1] = JSON.stringify({ ...record, input_output: '{"inputs": [' });
    const out = importApps(lines.join('\n'));
    expect(out.tasks).toHaveLength(1);
    expect(out.problems).toEqual([{ line: 2, message: "field 'input_output' is not valid JSON" }]);
  });
});

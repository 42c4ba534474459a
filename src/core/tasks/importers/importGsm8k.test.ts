import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../../errors.ts';
import { importGsm8k } from './importGsm8k.ts';
import { sampleText } from './readSample.testutil.ts';

const text = sampleText('gsm8k/test.jsonl');
const result = importGsm8k(text);

describe('importGsm8k', () => {
  it('imports all 300 sample records as math tasks', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(300);
    expect(new Set(result.tasks.map((t) => t.id)).size).toBe(300);
    for (const t of result.tasks) {
      expect([t.type, t.metric, t.source]).toEqual(['math', 'math', 'gsm8k']);
      expect(t.gold[0]).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('takes the gold answer after ####: the first record is 18 (Janet’s ducks)', () => {
    const first = result.tasks[0];
    expect(first?.id).toBe('gsm8k/0');
    expect(first?.question).toMatch(/^Janet’s ducks lay 16 eggs/);
    expect(first?.gold).toEqual(['18']);
    expect(first?.programs?.correct).toBe('def solve():\n    return 18\n');
    expect(first?.programs?.wrong).toHaveLength(first?.distractors.length ?? -1);
  });

  it('removes thousands commas and reads difficulty from the number of steps', () => {
    const line = JSON.stringify({ question: 'q', answer: 'a\nb\nc\n#### 1,234' });
    const task = importGsm8k(line).tasks[0];
    expect(task?.gold).toEqual(['1234']);
    expect(task?.difficulty).toBeCloseTo(0.25);
  });

  it('reports a broken line in the middle by number and keeps the other records', () => {
    const lines = text.split('\n').slice(0, 5);
    lines[2] = '{"question": "broken", "answer": ';
    lines[3] = '{"question": "no answer field"}';
    const partial = importGsm8k(lines.join('\n'));
    expect(partial.tasks.map((t) => t.id)).toEqual(['gsm8k/0', 'gsm8k/1', 'gsm8k/4']);
    expect(partial.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(partial.problems[1]?.message).toMatch(/'answer'/);
  });

  it('rejects a file of the wrong shape with E_DATASET naming the dataset', () => {
    const squad = sampleText('squad_v2/dev-v2.0.json');
    expect(() => importGsm8k(squad)).toThrow(FlowSteerError);
    expect(() => importGsm8k('not json at all')).toThrow(/gsm8k: expected GSM8K/);
    expect(() => importGsm8k('{"question":"q","answer":"no marker"}')).toThrow(/no record could be imported/);
  });
});

import { describe, expect, it } from 'vitest';
import { importHotpotQa } from './importHotpotQa.ts';
import { sampleText } from './readSample.testutil.ts';

const text = sampleText('hotpotqa/hotpotqa_validate.jsonl');
const result = importHotpotQa(text);

describe('importHotpotQa', () => {
  it('imports the 200 sample questions with their 10 titled paragraphs as context', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(200);
    const first = result.tasks[0];
    expect(first?.id).toBe('hotpotqa/5a7613c15542994ccc9186bf');
    expect(first?.gold).toEqual(['Gesellschaft mit beschränkter Haftung']);
    expect(first?.context?.split('\n\n')).toHaveLength(10);
    expect(first?.context).toMatch(/^Constantin Medien: Constantin Medien AG/);
    expect(first?.context).toContain('VIVA Poland: VIVA Polska (earlier "VIVApolska!") is a Polish');
    expect(first?.meta).toMatchObject({ level: 'hard', questionType: 'bridge', supportingFacts: 2 });
  });

  it('accepts numeric _id values and the official JSON array form', () => {
    expect(result.tasks.filter((t) => /^hotpotqa\/\d+$/.test(t.id)).length).toBeGreaterThan(0);
    const array = `[${text.split('\n').slice(0, 2).join(',')}]`;
    expect(importHotpotQa(array).tasks.map((t) => t.id)).toEqual(result.tasks.slice(0, 2).map((t) => t.id));
  });

  it('rates hard comparison questions above hard bridge questions', () => {
    const comparison = result.tasks.find((t) => t.meta?.['questionType'] === 'comparison');
    expect(comparison?.difficulty).toBe(0.75);
    expect(result.tasks[0]?.difficulty).toBe(0.7);
  });
});

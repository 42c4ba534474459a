import { describe, expect, it } from 'vitest';
import { importNqOpen } from './importNqOpen.ts';
import { sampleText } from './readSample.testutil.ts';

const text = sampleText('nq_open/NQ-open.dev.jsonl');
const result = importNqOpen(text);

describe('importNqOpen', () => {
  it('imports 200 questions with every accepted answer as gold', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(200);
    expect(result.tasks[0]?.question).toBe('when was the last time anyone was on the moon');
    expect(result.tasks[0]?.gold).toEqual(['14 December 1972 UTC', 'December 1972']);
    expect(result.tasks[0]?.difficulty).toBe(0.45);
    expect(result.tasks.every((t) => t.type === 'qa' && t.metric === 'f1' && t.context === undefined)).toBe(
      true,
    );
  });

  it('reports an answer that is not a list by its line', () => {
    const lines = text.split('\n').slice(0, 3);
    lines[1] = '{"question": "q", "answer": "a string"}';
    const out = importNqOpen(lines.join('\n'));
    expect(out.tasks).toHaveLength(2);
    expect(out.problems[0]).toMatchObject({ line: 2 });
  });
});

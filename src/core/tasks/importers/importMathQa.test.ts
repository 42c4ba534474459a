import { describe, expect, it } from 'vitest';
import { importMathQa } from './importMathQa.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importMathQa(sampleText('mathqa/test.json'));

describe('importMathQa', () => {
  it('imports 200 multiple-choice tasks with parsed choices and an upper-case gold letter', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(200);
    const first = result.tasks[0];
    expect([first?.type, first?.metric]).toEqual(['mc', 'mc']);
    expect(first?.choices).toEqual(['38', '27.675', '30', 'data inadequate', 'none of these']);
    expect(first?.gold).toEqual(['A']);
    expect(first?.meta).toMatchObject({ correct: 'a', category: 'gain' });
    for (const t of result.tasks) expect(t.choices).toHaveLength(5);
  });

  it('reads the list-string options form too', () => {
    const listForm = result.tasks.find((t) => t.choices?.[0] === '2 : 3');
    expect(listForm?.choices).toEqual(['2 : 3', '4 : 5', '16 : 9', '7 : 9', '8 : 5']);
  });

  it('draws 3 other letters as distractors, with solve() programs returning letters', () => {
    for (const t of result.tasks) {
      expect(t.distractors).toHaveLength(3);
      expect(t.distractors).not.toContain(t.gold[0]);
      expect(t.distractors.every((d) => /^[A-E]$/.test(d))).toBe(true);
    }
    expect(result.tasks[0]?.programs?.correct).toBe('def solve():\n    return "A"\n');
  });

  it('reports a correct letter beyond the options', () => {
    const bad = [
      { Problem: 'p', options: 'a ) 1 , b ) 2', correct: 'e' },
      { Problem: 'p', options: 'a ) 1 , b ) 2', correct: 'b' },
    ];
    const out = importMathQa(JSON.stringify(bad));
    expect(out.tasks).toHaveLength(1);
    expect(out.problems).toEqual([{ index: 0, message: "field 'correct': 'e' is not among the options" }]);
  });
});

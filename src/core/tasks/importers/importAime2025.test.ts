import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../../errors.ts';
import { aimeDifficulty, importAime2025 } from './importAime2025.ts';
import { sampleFolder } from './readSample.testutil.ts';

const folder = sampleFolder('aime2025');
const result = importAime2025(folder);

describe('importAime2025', () => {
  it('imports 30 problems, 15 per paper, with integer answers', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(30);
    expect(result.tasks.filter((t) => t.meta?.['paper'] === 'I')).toHaveLength(15);
    expect(result.tasks.filter((t) => t.meta?.['paper'] === 'II')).toHaveLength(15);
    for (const t of result.tasks) {
      expect(t.gold[0]).toMatch(/^\d{1,3}$/);
      for (const d of t.distractors) expect(d).toMatch(/^\d{1,3}$/);
    }
  });

  it('pairs each .tex with its answers.csv row, in problem order', () => {
    const first = result.tasks[0];
    expect(first?.id).toBe('aime2025/I-1');
    expect(first?.question).toBe(
      'Find the sum of all integer bases $b>9$ for which $17_b$ is a divisor of $97_b.$',
    );
    expect(first?.gold).toEqual(['70']);
    expect(result.tasks[1]?.id).toBe('aime2025/I-2');
    expect(result.tasks.find((t) => t.id === 'aime2025/II-1')?.gold).toEqual(['468']);
    expect(aimeDifficulty(1)).toBe(0.6);
    expect(aimeDifficulty(15)).toBe(1);
  });

  it('reports a problem without an answer row, and a folder without answers.csv is an error', () => {
    const partial = { ...folder, 'aime_2025_I/answers.csv': 'id,answer\n1,70\n' };
    const out = importAime2025(partial);
    expect(out.tasks).toHaveLength(16);
    expect(out.problems).toHaveLength(14);
    expect(out.problems[0]?.message).toMatch(/problems\/2\.tex: no row 2/);
    expect(() => importAime2025({ 'x/problems/1.tex': 'p' })).toThrow(FlowSteerError);
  });

  it('also reads the Hugging Face JSON Lines form', () => {
    const text = [
      JSON.stringify({ problem_idx: 1, problem: 'P1', answer: 70 }),
      JSON.stringify({ problem_idx: 16, problem: 'P16', answer: '468' }),
      JSON.stringify({ problem_idx: 17, problem: 'P17', answer: 'x' }),
    ].join('\n');
    const out = importAime2025(text);
    expect(out.tasks.map((t) => [t.id, t.gold[0]])).toEqual([
      ['aime2025/I-1', '70'],
      ['aime2025/II-1', '468'],
    ]);
    expect(out.problems[0]).toMatchObject({ line: 3 });
  });
});

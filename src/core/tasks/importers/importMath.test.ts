import { describe, expect, it } from 'vitest';
import { importMath, mathLevelDifficulty } from './importMath.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importMath(sampleText('math/test.jsonl'));
const byId = new Map(result.tasks.map((t) => [t.id, t]));

describe('importMath', () => {
  it('imports the 200 sample problems, each with a boxed gold answer', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(200);
    for (const t of result.tasks) expect(t.gold[0]?.length).toBeGreaterThan(0);
  });

  it('keeps nested braces of the last \\boxed{…}', () => {
    expect(byId.get('math/0')?.gold).toEqual(['2']);
    const golds = result.tasks.map((t) => t.gold[0]);
    expect(golds).toContain('\\frac{1}{10}');
    expect(golds).toContain('\\begin{pmatrix} -5 \\\\ 2 \\end{pmatrix}');
    expect(golds).toContain('\\left( -\\frac{2}{3}, -\\frac{7}{3}, \\frac{14}{9} \\right)');
  });

  it('maps level to difficulty and keeps subject and level in meta', () => {
    expect(byId.get('math/0')?.difficulty).toBe(0.5);
    expect(byId.get('math/0')?.meta).toMatchObject({ level: 'Level 3', subject: 'Algebra' });
    expect(new Set(result.tasks.map((t) => t.difficulty))).toEqual(new Set([0, 0.25, 0.5, 0.75, 1]));
    expect(mathLevelDifficulty('Level ?')).toBe(0.5);
  });

  it('gives string programs for non-numeric answers', () => {
    const frac = result.tasks.find((t) => t.gold[0] === '\\frac{1}{10}');
    expect(frac?.programs?.correct).toBe('def solve():\n    return "\\\\frac{1}{10}"\n');
  });

  it('reports a solution without \\boxed as a problem', () => {
    const lines = [
      JSON.stringify({ problem: 'p', level: 'Level 1', type: 'Algebra', solution: 'so $\\boxed{3}$' }),
      JSON.stringify({ problem: 'p', level: 'Level 1', type: 'Algebra', solution: 'no box' }),
    ];
    const out = importMath(lines.join('\n'));
    expect(out.tasks).toHaveLength(1);
    expect(out.problems).toEqual([{ line: 2, message: "field 'solution' has no \\boxed{…} answer" }]);
  });
});

import { describe, expect, it } from 'vitest';
import { mathEquivalent } from '../../metrics/mathEquivalent.ts';
import { MATH_TEMPLATES, createMathSuite } from './createMathSuite.ts';

const suite = createMathSuite();
const all = [...suite.test, ...suite.train];

describe('builtin:math', () => {
  it('has a fixed test split of at least 100 and a training pool of at least 400', () => {
    expect(suite.test.length).toBeGreaterThanOrEqual(100);
    expect(suite.train.length).toBeGreaterThanOrEqual(400);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  it('keeps the splits disjoint by content: no question or problem (template + numbers) in both', () => {
    const key = (t: (typeof all)[number]): string =>
      `${String(t.meta?.template)}|${t.programs?.correct ?? ''}`;
    const testQuestions = new Set(suite.test.map((t) => t.question));
    const testKeys = new Set(suite.test.map(key));
    expect(suite.train.filter((t) => testQuestions.has(t.question))).toEqual([]);
    expect(suite.train.filter((t) => testKeys.has(key(t)))).toEqual([]);
  });

  it('is deterministic for a seed and changes with it', () => {
    const again = createMathSuite();
    expect(again.test.map((t) => t.question)).toEqual(suite.test.map((t) => t.question));
    const other = createMathSuite({ seed: 'another', testSize: 10, trainSize: 5 });
    expect(other.test.map((t) => t.question)).not.toEqual(suite.test.slice(0, 10).map((t) => t.question));
  });

  it('uses every template, each in the test split', () => {
    expect(MATH_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    const inTest = new Set(suite.test.map((t) => t.meta?.template));
    expect(MATH_TEMPLATES.filter((tpl) => !inTest.has(tpl.id)).map((tpl) => tpl.id)).toEqual([]);
  });

  it('gives each task one gold, 2–3 distinct distractors never equivalent to it, and one program per answer', () => {
    for (const t of all) {
      expect(t.type).toBe('math');
      expect(t.metric).toBe('math');
      expect(t.gold).toHaveLength(1);
      expect(t.distractors.length).toBeGreaterThanOrEqual(2);
      expect(t.distractors.length).toBeLessThanOrEqual(3);
      const gold = t.gold[0] ?? '';
      expect(t.distractors.filter((d) => mathEquivalent(d, gold))).toEqual([]);
      expect(new Set(t.distractors).size).toBe(t.distractors.length);
      expect(t.programs?.wrong).toHaveLength(t.distractors.length);
      expect(t.programs?.correct).toMatch(
        /^(?:import math\n|from fractions import Fraction\n|\n)*def solve\(\):\n/,
      );
      expect(t.difficulty).toBeGreaterThanOrEqual(0);
      expect(t.difficulty).toBeLessThanOrEqual(1);
    }
  });

  it('writes natural questions: no placeholders, single spaces, ending with a question', () => {
    for (const t of all) {
      expect(t.question).not.toMatch(/undefined|NaN|null|\[object|\$\{|\s{2}| \.|\.\./);
      expect(t.question).toMatch(/^[A-Z].*\?(?: Give the answer as a fraction\.| \([^)]*\))?$/s);
    }
  });

  it('spreads difficulty: more steps and bigger numbers make a task harder', () => {
    const ds = all.map((t) => t.difficulty);
    expect(Math.min(...ds)).toBeLessThan(0.3);
    expect(Math.max(...ds)).toBeGreaterThan(0.65);
    const steps = (t: (typeof all)[number]): number =>
      (t.programs?.correct.match(/\n {4}\w+ = .*[a-z_]\w* [-+*/]/g) ?? []).length;
    const long = all.filter((t) => steps(t) >= 4);
    const short = all.filter((t) => steps(t) <= 2);
    const mean = (xs: typeof all): number => xs.reduce((s, t) => s + t.difficulty, 0) / xs.length;
    expect(mean(long)).toBeGreaterThan(mean(short));
  });

  it('names every distractor after the mistake that produced it', () => {
    const kinds = new Set(all.flatMap((t) => String(t.meta?.mistakes).split(', ')));
    for (const kind of ['omitted step', 'wrong operation', 'off by one', 'rounding slip', 'unit slip']) {
      expect(kinds).toContain(kind);
    }
  });
});

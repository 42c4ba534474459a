import { describe, expect, it } from 'vitest';
import { squadEM } from '../../metrics/squadF1.ts';
import { createQaSuite, qaDifficulty } from './createQaSuite.ts';

const suite = createQaSuite();
const all = [...suite.test, ...suite.train];
const meanDifficulty = (kind: string): number => {
  const xs = all.filter((t) => t.meta?.kind === kind);
  return xs.reduce((s, t) => s + t.difficulty, 0) / xs.length;
};

describe('builtin:qa', () => {
  it('has at least 100 test and 400 training tasks, disjoint by passage and question', () => {
    expect(suite.test.length).toBeGreaterThanOrEqual(100);
    expect(suite.train.length).toBeGreaterThanOrEqual(400);
    const testPassages = new Set(suite.test.map((t) => t.context));
    const testContent = new Set(suite.test.map((t) => `${t.context ?? ''}|${t.question}`));
    expect(suite.train.filter((t) => testPassages.has(t.context))).toEqual([]);
    expect(suite.train.filter((t) => testContent.has(`${t.context ?? ''}|${t.question}`))).toEqual([]);
  });

  it('takes gold and distractors from the passage, 2–3 distractors that never match the gold', () => {
    for (const t of all) {
      expect(t.metric).toBe('f1');
      const context = t.context ?? '';
      expect(t.gold.every((g) => context.includes(g))).toBe(true);
      expect(t.distractors.every((d) => context.includes(d))).toBe(true);
      expect(t.distractors.length).toBeGreaterThanOrEqual(2);
      expect(t.distractors.length).toBeLessThanOrEqual(3);
      expect(t.distractors.filter((d) => squadEM(d, t.gold) === 1)).toEqual([]);
    }
  });

  it('draws distractors of the same kind as the gold (a year for a year, a person for a person)', () => {
    const isYear = (s: string): boolean => /^\d{4}$/.test(s);
    for (const t of all) {
      const gold = t.gold[0] ?? '';
      expect(t.distractors.every((d) => isYear(d) === isYear(gold))).toBe(true);
      if (t.meta?.template === 'born-first' || t.meta?.template === 'older-founder') {
        const named = t.question.match(/[A-Z][a-z]+ [A-Z][a-z]+/g) ?? [];
        if (t.meta.template === 'born-first') expect(named).toContain(gold);
        expect(t.distractors.some((d) => t.question.includes(d) || t.context?.includes(d))).toBe(true);
      }
    }
  });

  it('mixes single-hop, bridge and comparison questions, harder with more hops', () => {
    const kinds = new Set(all.map((t) => t.meta?.kind));
    expect([...kinds].sort()).toEqual(['bridge', 'comparison', 'single']);
    expect(new Set(suite.test.map((t) => t.meta?.kind)).size).toBe(3);
    expect(meanDifficulty('bridge')).toBeGreaterThan(meanDifficulty('single'));
    expect(new Set(all.map((t) => t.meta?.template)).size).toBeGreaterThanOrEqual(15);
  });

  it('scores difficulty from hops and passage length', () => {
    expect(qaDifficulty(1, 60)).toBeCloseTo(0.1);
    expect(qaDifficulty(2, 90)).toBeGreaterThan(qaDifficulty(1, 90));
    expect(qaDifficulty(1, 240)).toBeGreaterThan(qaDifficulty(1, 120));
    expect(qaDifficulty(3, 400)).toBeLessThanOrEqual(1);
  });

  it('is deterministic', () => {
    expect(createQaSuite({ testSize: 5, trainSize: 5 }).test.map((t) => t.context)).toEqual(
      suite.test.slice(0, 5).map((t) => t.context),
    );
  });
});

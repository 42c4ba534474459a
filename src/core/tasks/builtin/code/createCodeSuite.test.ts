import { describe, expect, it } from 'vitest';
import { CODE_FAMILIES } from './codeFamilies.ts';
import { createCodeSuite, toAssert } from './createCodeSuite.ts';
import { dict, tuple } from './toPyLiteral.ts';

const suite = createCodeSuite();
const all = [...suite.test, ...suite.train];

describe('builtin:code', () => {
  it('has at least 30 families, 100 test tasks and 400 training tasks', () => {
    expect(CODE_FAMILIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CODE_FAMILIES.map((f) => f.id)).size).toBe(CODE_FAMILIES.length);
    expect(suite.test.length).toBeGreaterThanOrEqual(100);
    expect(suite.train.length).toBeGreaterThanOrEqual(400);
  });

  it('covers every family in the test split and keeps the splits disjoint by content', () => {
    expect(new Set(suite.test.map((t) => t.meta?.family)).size).toBe(CODE_FAMILIES.length);
    const testSettings = new Set(suite.test.map((t) => t.meta?.setting));
    expect(suite.train.filter((t) => testSettings.has(t.meta?.setting))).toEqual([]);
    const testQuestions = new Set(suite.test.map((t) => t.question));
    const testHidden = new Set(suite.test.map((t) => t.code?.hiddenTests.join('\n')));
    expect(suite.train.filter((t) => testQuestions.has(t.question))).toEqual([]);
    expect(suite.train.filter((t) => testHidden.has(t.code?.hiddenTests.join('\n')))).toEqual([]);
  });

  it('gives every task the asserts format, 2–3 public and at least 5 hidden asserts, 2–3 bugs', () => {
    for (const t of all) {
      const spec = t.code;
      expect(spec?.format).toBe('asserts');
      if (!spec?.entryPoint) throw new Error(`${t.id}: no entry point`);
      expect(spec.publicTests.length).toBeGreaterThanOrEqual(2);
      expect(spec.publicTests.length).toBeLessThanOrEqual(3);
      expect(spec.hiddenTests.length).toBeGreaterThanOrEqual(5);
      expect(spec.buggy.length).toBeGreaterThanOrEqual(2);
      expect(spec.buggy.length).toBeLessThanOrEqual(3);
      for (const line of [...spec.publicTests, ...spec.hiddenTests]) {
        expect(line.startsWith(`assert ${spec.entryPoint}(`)).toBe(true);
        expect(line).not.toContain('\n');
      }
      expect(t.gold).toEqual([spec.solution]);
      expect(t.distractors).toEqual(spec.buggy);
      expect(spec.solution).toContain(`def ${spec.entryPoint}(`);
      expect(new Set([spec.solution, ...spec.buggy]).size).toBe(spec.buggy.length + 1);
      expect(t.question).toContain(spec.starter ?? '?');
      expect(t.difficulty).toBeGreaterThanOrEqual(0);
      expect(t.difficulty).toBeLessThanOrEqual(1);
    }
  });

  it('writes Python that is indented consistently (4 spaces, no tabs, no stray indentation)', () => {
    for (const t of all) {
      for (const code of [t.code?.solution ?? '', ...(t.code?.buggy ?? [])]) {
        expect(code).not.toMatch(/\t/);
        for (const line of code.split('\n')) expect((/^ */.exec(line)?.[0].length ?? 0) % 4).toBe(0);
        expect(code.startsWith('def ')).toBe(true);
      }
    }
  });

  it('prints test cases as Python asserts', () => {
    expect(toAssert('f', { args: ['a"b', [1, 2], null], expected: true })).toBe(
      'assert f("a\\"b", [1, 2], None) == True',
    );
    expect(toAssert('g', { args: [tuple(1)], expected: dict({ x: [] }) })).toBe(
      'assert g((1,)) == {"x": []}',
    );
  });

  it('is deterministic', () => {
    expect(createCodeSuite({ testSize: 10, trainSize: 0 }).test.map((t) => t.code?.hiddenTests)).toEqual(
      suite.test.slice(0, 10).map((t) => t.code?.hiddenTests),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { initialStageState } from '../operators/types.ts';
import type { OperatorContext } from '../operators/types.ts';
import { FIXTURE_TEMPLATE_IDS, createFixtureRegistry, fixtureOperator } from './fixtureRegistry.ts';

const BUILT_INS = [
  'Plan',
  'Decompose',
  'Custom',
  'AnswerGenerate',
  'Programmer',
  'Test',
  'Review',
  'Verify',
  'Revise',
  'ScEnsemble',
  'Aggregate',
  'Format',
];

describe('createFixtureRegistry', () => {
  const registry = createFixtureRegistry();

  it('registers the 12 built-in types in palette order', () => {
    expect(registry.list().map((d) => d.type)).toEqual(BUILT_INS);
  });

  it('gives every operator the templates default, concise, stepwise (default first)', () => {
    for (const def of registry.list())
      expect(def.templates.map((t) => t.id)).toEqual([...FIXTURE_TEMPLATE_IDS]);
  });

  it.each([
    ['isSolver', ['Custom', 'AnswerGenerate', 'Programmer', 'Revise', 'Aggregate']],
    ['isChecker', ['Test', 'Review', 'Verify']],
    ['runsTests', ['Test']],
    ['isEnsemble', ['ScEnsemble', 'Aggregate']],
    ['isFormatter', ['Format']],
    ['needsSandbox', ['Programmer', 'Test']],
    ['needsLlm', BUILT_INS],
  ] as const)('sets %s exactly on %j', (flag, types) => {
    const flagged = registry
      .list()
      .filter((d) => d.descriptor[flag])
      .map((d) => d.type);
    expect(flagged).toEqual(types);
  });

  it('returns its input unchanged with summary "fixture"', async () => {
    const input = { ...initialStageState(), answer: '42' };
    const result = await registry.get('Plan')?.run({ input } as unknown as OperatorContext);
    expect(result).toEqual({ output: input, summary: 'fixture', signals: {} });
  });
});

describe('fixtureOperator', () => {
  it('declares a 13th operator with descriptor overrides', () => {
    const critic = fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false });
    expect(critic.descriptor).toMatchObject({ category: 'verification', isChecker: true, isSolver: false });
    expect(createFixtureRegistry().extend([critic]).has('Critic')).toBe(true);
  });

  it('keeps the agreed descriptor of a built-in type unless overridden', () => {
    expect(fixtureOperator('Verify').descriptor.isChecker).toBe(true);
  });

  it('refuses overrides that break the category invariants', () => {
    expect(() => fixtureOperator('Critic', { isChecker: true })).toThrow(/verification/);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { decomposeOperator } from './index.ts';

const SUBS = '1. How many apples are in the boxes?\n2. How many are left after eating 2?';

describe('Decompose', () => {
  it('sets the sub-problems as the plan and appends itself to planners', async () => {
    const { result, llm } = await runOperator(decomposeOperator, {
      task: fixtures.math(),
      llm: { decompose: SUBS },
    });
    expect(llm.requests.map((r) => r.purpose)).toEqual(['decompose']);
    expect(textsOf(llm.requests[0]).user).toContain('3 boxes of 14 apples');
    expect(result.output.plan).toBe(SUBS);
    expect(result.output.planners).toEqual(['Decompose']);
    expect(result.summary).toBe('Decompose: 2 sub-problems');
  });

  it('keeps an earlier plan and adds the sub-problems after it', async () => {
    const { result, llm } = await runOperator(decomposeOperator, {
      task: fixtures.math(),
      input: stage({ plan: 'Multiply, then subtract.', planners: ['Plan'] }),
      llm: { decompose: SUBS },
    });
    expect(textsOf(llm.requests[0]).user).toContain('Multiply, then subtract.');
    expect(result.output.plan).toBe(`Multiply, then subtract.\n\nSub-problems:\n${SUBS}`);
    expect(result.output.planners).toEqual(['Plan', 'Decompose']);
  });

  it('accepts unnumbered text but says so', async () => {
    const { result } = await runOperator(decomposeOperator, {
      task: fixtures.math(),
      llm: { decompose: 'First count, then subtract.' },
    });
    expect(result.output.plan).toBe('First count, then subtract.');
    expect(result.summary).toMatch(/unnumbered/);
  });
});

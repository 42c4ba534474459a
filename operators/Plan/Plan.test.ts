import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { planOperator } from './index.ts';

describe('Plan', () => {
  it('asks for a numbered plan with the question and passage, and records itself as a planner', async () => {
    const { result, llm } = await runOperator(planOperator, {
      task: fixtures.qa(),
      input: stage({ planners: ['Decompose'] }),
      llm: { plan: '1. Find the rivers in the passage.\n2. Exclude the Rhône.' },
    });
    const request = llm.callsFor('plan')[0];
    const { system, user } = textsOf(request);
    expect(system).toContain(planOperator.templates[0]?.text);
    expect(system).toMatch(/numbered list/);
    expect(user).toContain(fixtures.qa().question);
    expect(user).toContain('confluence of the Rhône');
    expect(request?.hints.planners).toEqual(['Decompose']);
    expect(result.output.plan).toBe('1. Find the rivers in the passage.\n2. Exclude the Rhône.');
    expect(result.output.planners).toEqual(['Decompose', 'Plan']);
    expect(result.summary).toBe('Plan: 2 steps');
    expect(result.failed).toBeUndefined();
  });

  it('uses a free-text prompt and shows an earlier plan', async () => {
    const { llm } = await runOperator(planOperator, {
      task: fixtures.math(),
      input: stage({ plan: 'Old plan' }),
      llm: { plan: 'Just multiply.' },
      prompt: { kind: 'text', text: 'Plan it like a physicist.' },
    });
    const { system, user } = textsOf(llm.requests[0]);
    expect(system.startsWith('Plan it like a physicist.')).toBe(true);
    expect(user).toContain('Old plan');
    expect(llm.requests[0]?.promptKey).toMatch(/^text:/);
  });

  it('fails on an empty reply and leaves the stage as it was', async () => {
    const input = stage({ answer: '3' });
    const { result } = await runOperator(planOperator, {
      task: fixtures.math(),
      input,
      llm: { plan: '  \n' },
    });
    expect(result.failed?.code).toBe('E_OPERATOR_FAILED');
    expect(result.signals.errorType).toBe('llm');
    expect(result.output).toEqual(input);
  });
});

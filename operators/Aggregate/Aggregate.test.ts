import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { aggregateOperator } from './index.ts';

describe('Aggregate', () => {
  it.each([
    [['40', 'So the answer is 40.', '42'], '40', 2 / 3],
    [['40', '42', 'I am not sure'], '40', 1 / 3],
    [['0.1', '1/10', 'ten percent'], '0.1', 2 / 3],
  ])('takes the numeric majority of %j without an LLM call', async (candidates, answer, agreement) => {
    const { result, llm } = await runOperator(aggregateOperator, {
      task: fixtures.math(),
      input: stage({ candidates }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.answer).toBe(answer);
    expect(result.signals.agreement).toBeCloseTo(agreement);
    expect(result.output.candidates).toBeNull();
  });

  it('combines text answers with one LLM call', async () => {
    const candidates = ['The Rhône', 'The Saône', 'Saône river'];
    const { result, llm } = await runOperator(aggregateOperator, {
      task: fixtures.qa(),
      input: stage({ candidates, plan: 'Check the passage.' }),
      llm: { combine: 'Two of three name the Saône. Final answer: Saône' },
    });
    const request = llm.callsFor('combine')[0];
    expect(request?.hints.candidates).toEqual(candidates);
    expect(textsOf(request).user).toContain('### Answer C\nSaône river');
    expect(textsOf(request).user).toContain('Check the passage.');
    expect(result.output.answer).toBe('Two of three name the Saône. Final answer: Saône');
  });

  it('passes a single value through without an LLM call', async () => {
    const { result, llm } = await runOperator(aggregateOperator, {
      task: fixtures.qa(),
      input: stage({ answer: 'Saône' }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.answer).toBe('Saône');
  });

  it('fails with nothing to combine', async () => {
    const { result } = await runOperator(aggregateOperator, { task: fixtures.qa() });
    expect(result.failed?.message).toContain('nothing to combine');
  });

  it('fails on an empty combination and keeps the candidates', async () => {
    const input = stage({ candidates: ['a', 'b'] });
    const { result } = await runOperator(aggregateOperator, {
      task: fixtures.qa(),
      input,
      llm: { combine: ' ' },
    });
    expect(result.failed).toBeDefined();
    expect(result.output).toEqual(input);
  });
});

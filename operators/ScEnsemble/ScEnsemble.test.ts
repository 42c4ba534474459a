import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { scEnsembleOperator } from './index.ts';

describe('ScEnsemble', () => {
  it.each([
    [['The answer is 40.', '40', '42'], 'The answer is 40.', 2 / 3],
    [['1,200', '1200.0', '$1200'], '1,200', 1],
    [['Paris', ' paris ', 'Lyon'], 'Paris', 2 / 3],
  ])('takes a strict majority of %j without an LLM call', async (candidates, answer, agreement) => {
    const { result, llm } = await runOperator(scEnsembleOperator, {
      task: fixtures.math(),
      input: stage({ answer: candidates[0] ?? null, candidates }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.answer).toBe(answer);
    expect(result.output.candidates).toBeNull();
    expect(result.signals.agreement).toBeCloseTo(agreement);
    expect(result.summary).toContain('majority');
  });

  it('asks the LLM to select when there is no strict majority', async () => {
    const candidates = ['42', '40', '38'];
    const { result, llm } = await runOperator(scEnsembleOperator, {
      task: fixtures.math(),
      input: stage({ answer: '42', candidates }),
      llm: { select: 'B is the only one subtracting the eaten apples.\nSELECTED: B' },
    });
    const request = llm.callsFor('select')[0];
    expect(request?.hints.candidates).toEqual(candidates);
    expect(textsOf(request).user).toContain('### Solution B\n40');
    expect(textsOf(request).system).toContain('SELECTED: X');
    expect(result.output.answer).toBe('40');
    expect(result.signals.agreement).toBeCloseTo(1 / 3);
    expect(result.summary).toContain('selected B');
  });

  it('takes the first candidate when the selection is unreadable', async () => {
    const { result } = await runOperator(scEnsembleOperator, {
      task: fixtures.math(),
      input: stage({ candidates: ['42', '40'] }),
      llm: { select: 'They all look good. SELECTED: Z' },
    });
    expect(result.output.answer).toBe('42');
    expect(result.summary).toContain('unreadable selection');
  });

  it.each([
    ['a single answer', stage({ answer: '40' })],
    ['a one-item list', stage({ candidates: ['40'] })],
  ])('passes %s through without an LLM call', async (_name, input) => {
    const { result, llm } = await runOperator(scEnsembleOperator, { task: fixtures.math(), input });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.answer).toBe('40');
    expect(result.failed).toBeUndefined();
  });

  it('fails with nothing to select from', async () => {
    const { result, llm } = await runOperator(scEnsembleOperator, { task: fixtures.math() });
    expect(llm.requests).toHaveLength(0);
    expect(result.signals.errorType).toBe('input');
  });

  it('votes on code by its fenced block and sets the code', async () => {
    const a = '```python\ndef add(a, b):\n    return a + b\n```';
    const { result } = await runOperator(scEnsembleOperator, {
      task: fixtures.code(),
      input: stage({
        candidates: [
          `Here:\n${a}`,
          'def add(a, b):\n    return a + b\n',
          'def add(a, b):\n    return a - b\n',
        ],
      }),
    });
    expect(result.output.code).toBe('def add(a, b):\n    return a + b\n');
  });
});

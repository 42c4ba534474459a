import { describe, expect, it } from 'vitest';
import { printVerdict } from '../../src/core/operators/protocol.ts';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { verifyOperator } from './index.ts';

describe('Verify', () => {
  it('returns a verdict with its suggested answer and passes the answer through', async () => {
    const reply = printVerdict({
      passed: false,
      confidence: 0.82,
      answer: '40',
      feedback: 'Subtract the 2 eaten apples.',
    });
    const input = stage({ answer: 'The answer is 42.', candidates: ['42', '40'] });
    const { result, llm } = await runOperator(verifyOperator, {
      task: fixtures.math(),
      input,
      llm: { verify: reply },
    });
    const { system, user } = textsOf(llm.callsFor('verify')[0]);
    expect(system).toContain('ANSWER: your own final answer');
    expect(system).toContain(verifyOperator.templates[0]?.text);
    expect(user).toContain('The answer is 42.');
    expect(result.output.answer).toBe('The answer is 42.');
    expect(result.output.candidates).toEqual(['42', '40']);
    expect(result.output.check).toEqual({
      checker: 'Verify',
      passed: false,
      confidence: 0.82,
      feedback: 'Subtract the 2 eaten apples.',
      suggested: '40',
      testPassRatio: null,
    });
    expect(result.summary).toBe('Verify: FAIL (0.82) — suggests 40');
  });

  it('has no suggestion when the reply gives no ANSWER line', async () => {
    const { result } = await runOperator(verifyOperator, {
      task: fixtures.math(),
      input: stage({ answer: '40' }),
      llm: { verify: 'VERDICT: PASS\nCONFIDENCE: 0.9\nFEEDBACK: agrees' },
    });
    expect(result.output.check).toMatchObject({ passed: true, suggested: null });
  });

  it('fails with nothing to check when there is no answer', async () => {
    const { result, llm } = await runOperator(verifyOperator, { task: fixtures.qa() });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.check).toMatchObject({
      checker: 'Verify',
      passed: false,
      feedback: 'nothing to check',
    });
    expect(result.failed).toBeDefined();
  });

  it('treats a malformed reply as a pass with confidence 0', async () => {
    const { result } = await runOperator(verifyOperator, {
      task: fixtures.qa(),
      input: stage({ answer: 'Saône' }),
      llm: { verify: '' },
    });
    expect(result.output.check).toMatchObject({ passed: true, confidence: 0, suggested: null });
    expect(result.signals.confidence).toBe(0);
  });
});

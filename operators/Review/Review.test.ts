import { describe, expect, it } from 'vitest';
import { printVerdict } from '../../src/core/operators/protocol.ts';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { reviewOperator } from './index.ts';

describe('Review', () => {
  it.each([
    [
      printVerdict({ passed: true, confidence: 0.9, answer: null, feedback: 'Correct.' }),
      true,
      0.9,
      'Review: PASS (0.90)',
    ],
    [
      printVerdict({
        passed: false,
        confidence: 0.75,
        answer: null,
        feedback: 'The eaten apples were ignored.',
      }),
      false,
      0.75,
      'Review: FAIL (0.75) — The eaten apples were ignored.',
    ],
    ['**Verdict:** fail\n**Confidence:** 80\nFeedback: wrong', false, 0.8, 'Review: FAIL (0.80) — wrong'],
  ])('reads a verdict and passes the answer through (%#)', async (reply, passed, confidence, summary) => {
    const input = stage({ answer: '42', plan: 'p' });
    const { result, llm } = await runOperator(reviewOperator, {
      task: fixtures.math(),
      input,
      llm: { review: reply },
    });
    const request = llm.callsFor('review')[0];
    const { system, user } = textsOf(request);
    expect(system).toContain('VERDICT: PASS or FAIL');
    expect(user).toContain('## Proposed answer\n42');
    expect(user).toContain('3 boxes of 14 apples');
    expect(request?.hints).toMatchObject({ inputAnswer: '42', feedback: null });
    expect(result.output).toEqual({
      ...input,
      check: expect.objectContaining({
        checker: 'Review',
        passed,
        confidence,
        suggested: null,
        testPassRatio: null,
      }),
    });
    expect(result.summary).toBe(summary);
    expect(result.signals).toEqual({ verdict: passed ? 'pass' : 'fail', confidence });
  });

  it('treats an unreadable reply as a pass with confidence 0 and says so', async () => {
    const { result } = await runOperator(reviewOperator, {
      task: fixtures.math(),
      input: stage({ answer: '42' }),
      llm: { review: 'Looks fine to me I guess' },
    });
    expect(result.output.check).toMatchObject({ passed: true, confidence: 0 });
    expect(result.summary).toMatch(/unreadable verdict/);
    expect(result.failed).toBeUndefined();
  });

  it('fails with nothing to check when there is no answer, without calling the LLM', async () => {
    const { result, llm } = await runOperator(reviewOperator, {
      task: fixtures.math(),
      input: stage({ plan: 'p' }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.failed?.message).toContain('nothing to check');
    expect(result.output.check).toEqual({
      checker: 'Review',
      passed: false,
      confidence: 0,
      feedback: 'nothing to check',
      suggested: null,
      testPassRatio: null,
    });
    expect(result.signals).toMatchObject({ verdict: 'fail', errorType: 'input' });
  });

  it('reviews the code on a code task with no answer text', async () => {
    const { llm } = await runOperator(reviewOperator, {
      task: fixtures.code(),
      input: stage({ code: 'def add(a, b):\n    return a + b\n' }),
      llm: { review: 'VERDICT: PASS' },
    });
    expect(textsOf(llm.requests[0]).user).toContain('return a + b');
  });
});

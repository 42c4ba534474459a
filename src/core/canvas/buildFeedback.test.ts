import { describe, expect, it } from 'vitest';
import { initialStageState } from '../operators/types.ts';
import { buildFeedback, feedbackSignals, isConciseAnswer, truncateText } from './buildFeedback.ts';
import type { RunResult } from './types.ts';

const run = (fields: Partial<RunResult> = {}): RunResult => ({
  runId: 'r',
  status: 'succeeded',
  answer: '42',
  finalState: initialStageState(),
  nodes: {},
  trace: [],
  signals: {},
  tokens: { prompt: 0, completion: 0 },
  workflowTokens: { prompt: 0, completion: 0 },
  costUsd: 0,
  durationMs: 0,
  llmCalls: 0,
  sandboxCalls: 0,
  sandboxMs: 0,
  ...fields,
});

describe('isConciseAnswer', () => {
  it.each([
    ['42', true],
    ['  Paris  ', true],
    ['x'.repeat(50), true],
    ['x'.repeat(51), false],
    ['41\n42', false],
    ['Step 3 gives 42', false],
    ['because 6*7=42', false],
    ['Stepwise', true],
  ])('%j → %s', (answer, expected) => expect(isConciseAnswer(answer)).toBe(expected));
});

describe('buildFeedback', () => {
  it('truncates the final output to 300 characters', () => {
    expect(truncateText('a'.repeat(400))).toHaveLength(300);
    expect(buildFeedback(run({ answer: 'b'.repeat(1000) }), { ok: true }).finalOutput).toHaveLength(300);
    expect(truncateText('short')).toBe('short');
  });

  it('reads verdict, confidence and test pass ratio from signals, else from the last check', () => {
    const check = {
      checker: 'Test',
      passed: false,
      confidence: 0.4,
      feedback: '',
      suggested: null,
      testPassRatio: 0.5,
    };
    expect(feedbackSignals(run({ finalState: { ...initialStageState(), check } }))).toEqual({
      answerPresent: true,
      answerConcise: true,
      verdict: 'fail',
      confidence: 0.4,
      testPassRatio: 0.5,
      agreement: null,
      errorType: null,
    });
    const signals = {
      verdict: 'pass' as const,
      confidence: 0.9,
      agreement: 2 / 3,
      errorType: 'runtime' as const,
    };
    expect(feedbackSignals(run({ signals, answer: null }))).toMatchObject({
      ...signals,
      answerPresent: false,
    });
    expect(feedbackSignals(null)).toMatchObject({ answerPresent: false, verdict: null, testPassRatio: null });
  });

  it('puts a refusal, a finish or the run status first', () => {
    const failedNode = {
      status: 'failed' as const,
      summary: 'nothing to check',
      signals: {},
      cached: false,
      durationMs: 1,
      tokens: { prompt: 0, completion: 0 },
      error: { code: 'E_OPERATOR_FAILED' as const, message: 'x' },
    };
    const r = run({ nodes: { n1: failedNode } as RunResult['nodes'], error: failedNode.error });
    const refused = buildFeedback(r, { ok: false, code: 'E_BAD_COUNT', message: 'Use 1 to 5.' });
    expect(refused).toMatchObject({
      status: 'refused',
      errorCode: 'E_BAD_COUNT',
      message: 'Use 1 to 5.',
      perNode: { n1: 'failed' },
    });
    expect(buildFeedback(r, { ok: true }, true).status).toBe('finished');
    const ran = buildFeedback(r, { ok: true });
    expect(ran).toMatchObject({ status: 'succeeded', errorCode: 'E_OPERATOR_FAILED' });
    expect(ran.message).toContain('n1 failed (E_OPERATOR_FAILED): nothing to check');
  });
});

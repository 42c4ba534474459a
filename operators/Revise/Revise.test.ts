import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { reviseOperator } from './index.ts';

const check = {
  checker: 'Verify',
  passed: false,
  confidence: 0.8,
  feedback: 'Subtract the eaten apples.',
  suggested: '40',
  testPassRatio: null,
};

describe('Revise', () => {
  it('rewrites with the feedback and suggestion, then clears the check', async () => {
    const { result, llm } = await runOperator(reviseOperator, {
      task: fixtures.math(),
      input: stage({ answer: '42', check }),
      llm: { revise: '42 - 2 = 40. Final answer: 40' },
    });
    const request = llm.callsFor('revise')[0];
    const { user } = textsOf(request);
    expect(user).toContain('## Current solution\n42');
    expect(user).toContain('Subtract the eaten apples.');
    expect(user).toContain('Verify suggests: 40');
    expect(request?.hints).toMatchObject({ inputAnswer: '42', feedback: 'Subtract the eaten apples.' });
    expect(result.output.answer).toBe('42 - 2 = 40. Final answer: 40');
    expect(result.output.check).toBeNull();
    expect(result.summary).toMatch(/^Revise \(from feedback\)/);
  });

  it('solves from scratch when there is no answer', async () => {
    const { result, llm } = await runOperator(reviseOperator, {
      task: fixtures.math(),
      input: stage({ check: { ...check, feedback: 'nothing to check', suggested: null } }),
      llm: { revise: 'Final answer: 40' },
    });
    const request = llm.requests[0];
    expect(request?.purpose).toBe('revise');
    expect(request?.hints.inputAnswer).toBeNull();
    expect(textsOf(request).user).toContain('(none yet: solve the problem)');
    expect(result.output.answer).toBe('Final answer: 40');
  });

  it('mentions a passed check without sending it as feedback', async () => {
    const { llm, result } = await runOperator(reviseOperator, {
      task: fixtures.math(),
      input: stage({ answer: '40', check: { ...check, passed: true, feedback: 'Looks right.' } }),
      llm: { revise: '40' },
    });
    expect(llm.requests[0]?.hints.feedback).toBeNull();
    expect(textsOf(llm.requests[0]).user).toContain('Verify found no error: Looks right.');
    expect(result.summary).toMatch(/without feedback/);
  });

  it('updates the code on a code task', async () => {
    const { result } = await runOperator(reviseOperator, {
      task: fixtures.code(),
      input: stage({ answer: 'def add(a, b): return a - b', code: 'def add(a, b): return a - b\n' }),
      llm: { revise: 'Fixed:\n```python\ndef add(a, b):\n    return a + b\n```' },
    });
    expect(result.output.code).toBe('def add(a, b):\n    return a + b\n');
  });
});

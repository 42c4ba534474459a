import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { customOperator } from './index.ts';

const failedCheck = {
  checker: 'Verify',
  passed: false,
  confidence: 0.9,
  feedback: 'You forgot the eaten apples.',
  suggested: '40',
  testPassRatio: null,
};

describe('Custom', () => {
  it('solves from problem, plan, previous result and failed-check feedback', async () => {
    const { result, llm } = await runOperator(customOperator, {
      task: fixtures.math(),
      input: stage({ plan: '1. Multiply 3 by 14.', answer: '42', check: failedCheck }),
      llm: { solve: '3 * 14 = 42 and 42 - 2 = 40, so the answer is 40.' },
    });
    const request = llm.callsFor('solve')[0];
    const { user, system } = textsOf(request);
    expect(user).toContain('3 boxes of 14 apples');
    expect(user).toContain('1. Multiply 3 by 14.');
    expect(user).toContain('## Previous result\n42');
    expect(user).toContain('You forgot the eaten apples.');
    expect(user).toContain('Verify suggests: 40');
    expect(system).toMatch(/Final answer:/);
    expect(request?.hints).toMatchObject({ inputAnswer: '42', feedback: 'You forgot the eaten apples.' });
    expect(result.output.answer).toBe('3 * 14 = 42 and 42 - 2 = 40, so the answer is 40.');
    expect(result.output.check).toBeNull();
    expect(result.output.formatted).toBe(false);
  });

  it('on a code task keeps the verbose answer and extracts the code', async () => {
    const reply = 'Here it is:\n```python\ndef add(a, b):\n    return a + b\n```\nDone.';
    const { result, llm } = await runOperator(customOperator, {
      task: fixtures.code(),
      llm: { solve: reply },
    });
    const { user, system } = textsOf(llm.requests[0]);
    expect(user).toContain('define a function named `add`');
    expect(user).toContain('assert add(1, 2) == 3');
    expect(system).toContain('```python');
    expect(result.output.answer).toBe(reply);
    expect(result.output.code).toBe('def add(a, b):\n    return a + b\n');
  });

  it('keeps the previous code when a code-task reply has none', async () => {
    const { result } = await runOperator(customOperator, {
      task: fixtures.code(),
      input: stage({ code: 'def add(a, b): return a + b\n' }),
      llm: { solve: 'I cannot improve on this.' },
    });
    expect(result.output.code).toBe('def add(a, b): return a + b\n');
  });

  it('lists the options of a multiple-choice task', async () => {
    const { llm } = await runOperator(customOperator, { task: fixtures.mc(), llm: { solve: 'B' } });
    expect(textsOf(llm.requests[0]).user).toContain('B. Carbon dioxide');
  });

  it('fails on an empty reply', async () => {
    const { result } = await runOperator(customOperator, { task: fixtures.math(), llm: { solve: '' } });
    expect(result.failed).toBeDefined();
    expect(result.signals.errorType).toBe('llm');
  });
});

import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { formatOperator } from './index.ts';

describe('Format', () => {
  it.each([
    ['math', fixtures.math(), '3*14 - 2 = 40, so the answer is 40.', '40', '40', /single number/],
    ['math verbose reply', fixtures.math(), 'The final answer is 40.', '40', '40', /single number/],
    ['qa', fixtures.qa(), 'It is the Saône.', '**Saône**', 'Saône', /shortest span/],
    ['mc letter', fixtures.mc(), 'Plants take in carbon dioxide: (b).', '(b)', 'B', /letter/],
    ['mc option text', fixtures.mc(), 'carbon dioxide', 'Carbon dioxide', 'B', /letter/],
  ])(
    '%s: asks for the final answer only and reads it',
    async (_name, task, answer, reply, expected, instruction) => {
      const { result, llm } = await runOperator(formatOperator, {
        task,
        input: stage({ answer }),
        llm: { format: reply },
      });
      const request = llm.callsFor('format')[0];
      const { system, user } = textsOf(request);
      expect(system).toMatch(instruction);
      expect(system).toContain('Do not solve the problem again');
      expect(user).toContain(`## Solution\n${answer}`);
      expect(request?.hints.inputAnswer).toBe(answer);
      expect(result.output.answer).toBe(expected);
      expect(result.output.formatted).toBe(true);
    },
  );

  it('takes the code block on a code task', async () => {
    const { result, llm } = await runOperator(formatOperator, {
      task: fixtures.code(),
      input: stage({ answer: 'Prose\ndef add(a, b): return a + b', code: 'def add(a, b): return a + b\n' }),
      llm: { format: '```python\ndef add(a, b):\n    return a + b\n```' },
    });
    expect(textsOf(llm.requests[0]).system).toContain('```python');
    expect(result.output.answer).toBe('def add(a, b):\n    return a + b\n');
    expect(result.output.code).toBe(result.output.answer);
    expect(result.output.formatted).toBe(true);
  });

  it('keeps the original code when the reply has none', async () => {
    const { result } = await runOperator(formatOperator, {
      task: fixtures.code(),
      input: stage({ answer: 'Here:\n```python\ndef add(a, b):\n    return a + b\n```\nBye.' }),
      llm: { format: 'Sorry, I cannot.' },
    });
    expect(result.output.answer).toBe('def add(a, b):\n    return a + b\n');
    expect(result.summary).toContain('kept the original code');
  });

  it('keeps the answer when the reply is empty', async () => {
    const { result } = await runOperator(formatOperator, {
      task: fixtures.math(),
      input: stage({ answer: '40' }),
      llm: { format: '' },
    });
    expect(result.output.answer).toBe('40');
    expect(result.summary).toContain('empty reply');
  });

  it('returns nothing when there is no answer', async () => {
    const { result, llm } = await runOperator(formatOperator, {
      task: fixtures.math(),
      input: stage({ plan: 'p' }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.answer).toBeNull();
    expect(result.failed?.message).toContain('nothing to format');
  });
});

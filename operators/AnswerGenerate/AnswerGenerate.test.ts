import { describe, expect, it } from 'vitest';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { answerGenerateOperator } from './index.ts';

describe('AnswerGenerate', () => {
  it.each([
    ['THOUGHT: The passage names both rivers.\nANSWER: Saône', 'Saône', false],
    ['**Thought:** rivers\n**Answer:** Saône', 'Saône', false],
    ['It is the Saône.', 'It is the Saône.', true],
  ])('reads %j', async (reply, answer, noted) => {
    const { result, llm } = await runOperator(answerGenerateOperator, {
      task: fixtures.qa(),
      input: stage({ plan: 'Look at the first sentence.' }),
      llm: { answer: reply },
    });
    const { system, user } = textsOf(llm.callsFor('answer')[0]);
    expect(system).toContain('THOUGHT:');
    expect(system).toContain('ANSWER:');
    expect(user).toContain('Look at the first sentence.');
    expect(result.output.answer).toBe(answer);
    expect(result.summary.includes('kept the whole reply')).toBe(noted);
  });

  it('answers with the program on a code task', async () => {
    const reply = 'THOUGHT: add them\n```python\ndef add(a, b):\n    return a + b\n```';
    const { result } = await runOperator(answerGenerateOperator, {
      task: fixtures.code(),
      llm: { answer: reply },
    });
    expect(result.output.code).toBe('def add(a, b):\n    return a + b\n');
    expect(result.output.answer).toBe(result.output.code);
  });
});

import { describe, expect, it } from 'vitest';
import type { LlmRequest } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { createFakeLlm } from './FakeLlm.ts';

const task = {
  id: 't',
  source: 's',
  type: 'math',
  metric: 'math',
  question: 'q',
  gold: [],
  difficulty: 0,
  distractors: [],
} as Task;
const request = (purpose: LlmRequest['purpose'], content = 'hello world!'): LlmRequest => ({
  operator: 'Custom',
  purpose,
  promptKey: 'k',
  messages: [{ role: 'user', content }],
  hints: { task, inputAnswer: null, feedback: null, branch: 0, attempt: 0, planners: [] },
});

describe('createFakeLlm', () => {
  it('replies per purpose: fixed text, a list in order, a function, or the default', async () => {
    const llm = createFakeLlm({
      plan: 'a plan',
      code: ['first', 'second'],
      verify: (r, i) => `${r.operator}#${i}`,
      default: 'fallback',
    });
    const texts = [];
    for (const p of ['plan', 'code', 'code', 'verify', 'verify', 'format'] as const) {
      texts.push((await llm.complete(request(p))).text);
    }
    expect(texts).toEqual(['a plan', 'first', 'second', 'Custom#0', 'Custom#1', 'fallback']);
    expect(llm.requests).toHaveLength(6);
    expect(llm.callsFor('code')).toHaveLength(2);
  });

  it('counts usage at about 4 characters per token', async () => {
    const llm = createFakeLlm({ solve: '12345678' });
    const response = await llm.complete(request('solve', 'x'.repeat(40)));
    expect(response.usage).toEqual({ promptTokens: 10, completionTokens: 2 });
    expect(llm.usage).toEqual({ promptTokens: 10, completionTokens: 2, calls: 1 });
  });

  it('throws on an unscripted purpose, an exhausted list and an aborted signal', async () => {
    const llm = createFakeLlm({ code: ['only'] });
    await expect(llm.complete(request('plan'))).rejects.toThrow(/no reply scripted/);
    await llm.complete(request('code'));
    await expect(llm.complete(request('code'))).rejects.toThrow(/only 1 replies/);
    const controller = new AbortController();
    controller.abort();
    await expect(llm.complete({ ...request('code'), signal: controller.signal })).rejects.toThrow(/stopped/);
  });
});

import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../errors.ts';
import type { LlmRequest } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import { hashHex } from '../util/hash.ts';
import { createOperatorContext, resolvePrompt } from './createOperatorContext.ts';
import { initialStageState, type StageState } from './types.ts';

const task: Task = {
  id: 't',
  source: 'test',
  type: 'math',
  metric: 'math',
  question: '1+1?',
  gold: ['2'],
  difficulty: 0,
  distractors: ['3'],
};
const operator = {
  type: 'Custom',
  templates: [
    { id: 'a', title: 'A', text: 'Template A text' },
    { id: 'b', title: 'B', text: 'Template B text' },
    { id: 'c', title: 'C', text: 'Template C text' },
  ],
};
const state = (fields: Partial<StageState> = {}): StageState => ({ ...initialStageState(), ...fields });
const failed = {
  checker: 'Verify',
  passed: false,
  confidence: 0.8,
  feedback: 'off by one',
  suggested: '3',
  testPassRatio: null,
};

function make(input: StageState, extra: Partial<Parameters<typeof createOperatorContext>[0]> = {}) {
  const llm = createFakeLlm({ default: 'ok' });
  const usage: number[] = [];
  const ctx = createOperatorContext({
    operator,
    task,
    input,
    llm,
    sandbox: createFakeSandbox(),
    sandboxTimeoutMs: 1000,
    onUsage: (u) => usage.push(u.promptTokens + u.completionTokens),
    ...extra,
  });
  return { ctx, llm, usage };
}

describe('resolvePrompt', () => {
  it.each([
    [{ kind: 'template', id: 'b' } as const, 'Template B text', 'b'],
    [
      { kind: 'text', text: 'Be brief please' } as const,
      'Be brief please',
      `text:${hashHex('Be brief please')}`,
    ],
  ])('resolves %j', (ref, prompt, key) => {
    expect(resolvePrompt(operator, ref)).toEqual({ ok: true, value: { prompt, promptKey: key } });
  });

  it('returns a typed error for an unknown template', () => {
    const result = resolvePrompt(operator, { kind: 'template', id: 'zz' });
    expect(result).toMatchObject({ ok: false, code: 'E_UNKNOWN_TEMPLATE' });
  });
});

describe('createOperatorContext', () => {
  it('defaults to the first template and throws a coded error for an unknown one', () => {
    expect(make(state()).ctx.promptKey).toBe('a');
    expect(() => make(state(), { prompt: { kind: 'template', id: 'nope' } })).toThrow(FlowSteerError);
  });

  it('fills hints from the stage and passes operator, purpose and prompt key', async () => {
    const input = state({ answer: '3', planners: ['Plan'], check: failed });
    const { ctx, llm, usage } = make(input, { branch: 2, prompt: { kind: 'template', id: 'c' } });
    await ctx.llm({ purpose: 'revise', messages: [{ role: 'user', content: 'hi' }] });
    const request = llm.requests[0] as LlmRequest;
    expect(request).toMatchObject({ operator: 'Custom', purpose: 'revise', promptKey: 'c' });
    expect(request.hints).toEqual({
      task,
      inputAnswer: '3',
      feedback: 'off by one',
      branch: 2,
      attempt: 0,
      planners: ['Plan'],
    });
    expect(usage).toHaveLength(1);
  });

  it('lets a call override input answer, feedback (even with null), attempt and candidates', async () => {
    const { ctx, llm } = make(state({ answer: '3', check: failed }));
    await ctx.llm({
      purpose: 'reflect',
      messages: [],
      attempt: 2,
      inputAnswer: null,
      feedback: null,
      candidates: ['1', '2'],
    });
    expect(llm.requests[0]?.hints).toMatchObject({
      inputAnswer: null,
      feedback: null,
      attempt: 2,
      candidates: ['1', '2'],
    });
  });

  it('gives no feedback when the last check passed', async () => {
    const { ctx, llm } = make(state({ answer: '2', check: { ...failed, passed: true } }));
    await ctx.llm({ purpose: 'solve', messages: [] });
    expect(llm.requests[0]?.hints.feedback).toBeNull();
  });

  it('refuses to call the LLM once the signal has aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { ctx, llm } = make(state(), { signal: controller.signal });
    await expect(ctx.llm({ purpose: 'solve', messages: [] })).rejects.toThrow();
    expect(llm.requests).toHaveLength(0);
  });

  it('reports sandbox runs', async () => {
    const runs: boolean[] = [];
    const { ctx } = make(state(), { onSandboxRun: (r) => runs.push(r.ok) });
    await ctx.sandbox.run({ code: 'print(1)', timeoutMs: 10 });
    expect(runs).toEqual([true]);
  });
});

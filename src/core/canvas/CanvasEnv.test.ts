import { describe, expect, it } from 'vitest';
import type { CanvasAction } from '../actions/types.ts';
import { toNodeId } from '../graph/types.ts';
import { systemClock } from '../llm/systemClock.ts';
import type { LlmRequest } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import type { CanvasEnvOptions } from './CanvasEnv.ts';
import { createCanvasEnv, taskHasTests } from './CanvasEnv.ts';
import { createTestRegistry, opNode, testTask, workflowOf } from './canvasTestKit.ts';
import { createNodeCache } from './createNodeCache.ts';
import type { CanvasEvent } from './events.ts';
import type { RunResult } from './types.ts';

const add = (operator: string): CanvasAction => ({ type: 'addOperator', operator });
const replies = {
  plan: 'Multiply.',
  solve: 'Step 1: 6 * 7.\nSo the answer is 42',
  review: 'FAIL: show the number only',
  revise: (r: LlmRequest) => `${r.hints.inputAnswer ?? ''}!`,
};

function setup(extra: Partial<CanvasEnvOptions> = {}) {
  const llm = createFakeLlm(replies);
  const scored: Array<{ answer: string; result: RunResult }> = [];
  const env = createCanvasEnv({
    registry: createTestRegistry(),
    llm,
    sandbox: createFakeSandbox(),
    clock: systemClock,
    score: (_task, answer, result) => {
      scored.push({ answer, result });
      return Promise.resolve(/\b42\b/.test(answer) ? 1 : 0);
    },
    ...extra,
  });
  const events: CanvasEvent[] = [];
  env.subscribe((e) => events.push(e));
  return { env, llm, scored, events };
}

/** Plan → [Custom, Custom] → ScEnsemble → Review ? Revise : done → Format: 7 operators with structures. */
const fullWorkflow: CanvasAction[] = [
  add('Plan'),
  { type: 'addParallel', operators: ['Custom', 'Custom'] },
  add('ScEnsemble'),
  { type: 'addConditional', checker: 'Review', fix: 'Revise', otherwise: null },
  add('Format'),
];

describe('CanvasEnv', () => {
  it('resets to an empty workflow', async () => {
    const { env, events } = setup();
    const obs = await env.reset(testTask());
    expect(obs).toMatchObject({ turn: 0, maxTurns: 12, done: false, lastFeedback: null, lastRun: null });
    expect(obs.workflow.nodes).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['reset']);
  });

  it('executes the workflow after each edit and reports feedback with signals', async () => {
    const { env, events } = setup();
    await env.reset(testTask());
    await env.step(add('Plan'));
    const step = await env.step(add('Custom'));
    expect(step.done).toBe(false);
    expect(step.feedback.status).toBe('succeeded');
    expect(step.feedback.perNode).toEqual({ n1: 'succeeded', n2: 'succeeded' });
    expect(step.feedback.finalOutput).toBe(replies.solve);
    expect(step.feedback.signals).toMatchObject({ answerPresent: true, answerConcise: false, verdict: null });
    expect(step.observation.turn).toBe(2);
    expect(step.observation.lastRun?.answer).toBe(replies.solve);
    expect(events.filter((e) => e.type === 'executed')).toHaveLength(2);
    expect(events.some((e) => e.type === 'run' && e.event.type === 'nodeFinished')).toBe(true);
    const formatted = await env.step(add('Format'));
    expect(formatted.feedback.signals.answerConcise).toBe(true);
  });

  it('does not re-run unchanged upstream nodes between turns', async () => {
    const { env, llm } = setup();
    await env.reset(testTask());
    await env.step(add('Plan'));
    await env.step(add('Custom'));
    await env.step(add('Review'));
    expect(llm.requests.map((r) => r.operator)).toEqual(['Plan', 'Custom', 'Review']);
  });

  it('spends the turn on an illegal action and leaves the canvas unchanged', async () => {
    const { env, events } = setup();
    await env.reset(testTask());
    await env.step(add('Custom'));
    const before = env.state().workflow;
    const step = await env.step({ type: 'deleteNode', target: toNodeId('n99') });
    expect(step.outcome.ok).toBe(false);
    expect(step.feedback.status).toBe('refused');
    expect(step.feedback.errorCode).toBe('E_UNKNOWN_NODE');
    expect(step.feedback.perNode).toEqual({ n1: 'succeeded' });
    expect(step.observation.turn).toBe(2);
    expect(env.state().workflow).toEqual(before);
    expect(events.at(-1)).toMatchObject({ type: 'refused', code: 'E_UNKNOWN_NODE' });
  });

  it('refuses finish under the finish rule, and names the reason', async () => {
    const { env } = setup();
    await env.reset(testTask());
    await env.step(add('Custom'));
    const step = await env.step({ type: 'finish' });
    expect(step.done).toBe(false);
    expect(step.feedback.errorCode).toBe('E_FINISH_REFUSED');
  });

  it('asks for Format when the last answer was long', async () => {
    const { env } = setup();
    await env.reset(testTask());
    for (const action of fullWorkflow.slice(0, 4)) await env.step(action);
    expect((await env.step({ type: 'finish' })).feedback.message).toMatch(/long/);
    await env.step(fullWorkflow[4] as CanvasAction);
    expect((await env.step({ type: 'finish' })).done).toBe(true);
  });

  it('scores the final answer and computes the reward on an accepted finish', async () => {
    const { env, scored, events } = setup();
    await env.reset(testTask());
    for (const action of fullWorkflow) await env.step(action);
    const step = await env.step({ type: 'finish' });
    expect(step).toMatchObject({ done: true, finishReason: 'finish', correctness: 1 });
    expect(step.feedback.status).toBe('finished');
    // 7 operators with a structure, a checker and Format: R_div = 1 releases c, so R = −1 + 1 + 1.
    expect(step.reward).toMatchObject({ rDiv: 1, released: true, total: 1, costPenalty: 0 });
    expect(step.run).toBeNull();
    expect(scored).toHaveLength(1);
    // Review failed the ensemble's answer, Revise marked it, Format kept the last line.
    expect(scored[0]?.answer).toBe('So the answer is 42!');
    expect(events.at(-1)).toMatchObject({ type: 'finished', reason: 'finish', correctness: 1 });
    const after = await env.step(add('Plan'));
    expect(after.feedback.errorCode).toBe('E_EPISODE_OVER');
    expect(after.observation.turn).toBe(6);
  });

  it('charges the final workflow’s tokens, one run as if uncached, when the reward has a cost weight', async () => {
    const cache = createNodeCache();
    const episode = async () => {
      const { env, llm } = setup({ rules: { finishRule: false }, reward: { costLambda: 1 }, cache });
      await env.reset(testTask());
      await env.step(add('Plan'));
      const before = llm.usage.promptTokens + llm.usage.completionTokens;
      await env.step(add('Custom'));
      const step = await env.step({ type: 'finish' });
      const spent = llm.usage.promptTokens + llm.usage.completionTokens;
      return { env, step, spent, lastRunSpent: spent - before };
    };
    const cold = await episode();
    // The episode logs what it spent: Plan ran once, Custom once (Plan came from the cache at turn 2).
    expect(cold.env.state().episodeTokens.prompt + cold.env.state().episodeTokens.completion).toBe(
      cold.spent,
    );
    const run = cold.env.state().lastRun;
    const full = (run?.workflowTokens.prompt ?? 0) + (run?.workflowTokens.completion ?? 0);
    expect(full).toBe(cold.spent);
    expect(full).toBeGreaterThan(cold.lastRunSpent);
    expect(cold.step.reward?.costPenalty).toBeCloseTo(full / 1000);
    expect(cold.step.reward?.released).toBe(false);
    // A second episode served entirely from the cache spends nothing but pays the same cost.
    const warm = await episode();
    expect(warm.spent).toBe(0);
    expect(warm.step.reward?.costPenalty).toBeCloseTo(full / 1000);
  });

  it('ends after maxTurns and still scores the last answer', async () => {
    const { env, scored } = setup({ maxTurns: 2 });
    await env.reset(testTask());
    expect((await env.step(add('Custom'))).done).toBe(false);
    const last = await env.step({ type: 'deleteNode', target: toNodeId('n7') });
    expect(last).toMatchObject({ done: true, finishReason: 'maxTurns', correctness: 1 });
    expect(last.feedback.message).toMatch(/turn limit/);
    expect(scored.map((s) => s.answer)).toEqual([replies.solve]);
  });

  it('accepts any finish with the finish rule off and scores an empty canvas as 0', async () => {
    const { env, scored } = setup({ rules: { finishRule: false } });
    await env.reset(testTask());
    const step = await env.step({ type: 'finish' });
    expect(step).toMatchObject({ done: true, correctness: 0 });
    expect(step.run?.status).toBe('failed');
    expect(scored).toHaveLength(0);
  });

  it('reports an aborted run when the step is aborted', async () => {
    const llm = createFakeLlm({ solve: (r) => systemClock.sleep(10_000, r.signal).then(() => 'never') });
    const { env } = setup({ llm });
    await env.reset(testTask());
    const controller = new AbortController();
    const pending = env.step(add('Custom'), { signal: controller.signal });
    await systemClock.sleep(10);
    controller.abort();
    expect((await pending).feedback.status).toBe('aborted');
  });

  it('resets to a given workflow and turn (a fork point), running it once for its feedback', async () => {
    const { env, llm, events } = setup();
    await env.reset(testTask());
    for (const action of [add('Plan'), add('Custom')]) await env.step(action);
    const forkPoint = env.state().workflow;
    const calls = llm.requests.length;
    const obs = await env.reset(testTask(), { workflow: forkPoint, turn: 2 });
    expect(obs).toMatchObject({ turn: 2, done: false });
    expect(obs.workflow).toEqual(forkPoint);
    expect(obs.lastRun?.answer).toBe(replies.solve);
    expect(obs.lastFeedback?.status).toBe('succeeded');
    // The node cache is shared with the earlier run, so nothing is asked again.
    expect(llm.requests).toHaveLength(calls);
    const next = await env.step(add('Format'));
    expect(next.observation.turn).toBe(3);
    expect(next.observation.workflow.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(events.filter((e) => e.type === 'reset')).toHaveLength(2);
  });

  it('keeps a plain reset empty and refuses a start turn outside the episode', async () => {
    const { env } = setup({ maxTurns: 4 });
    await env.reset(testTask(), { workflow: workflowOf(opNode('Plan', 'n1')), turn: 1 });
    const fresh = await env.reset(testTask());
    expect(fresh).toMatchObject({ turn: 0, lastRun: null, lastFeedback: null });
    expect(fresh.workflow.nodes).toEqual([]);
    await expect(env.reset(testTask(), { turn: 4 })).rejects.toThrow(RangeError);
    await expect(env.reset(testTask(), { turn: 1.5 })).rejects.toThrow(/whole number from 0 to 3/);
  });
});

describe('taskHasTests', () => {
  const code = (publicTests: string[]): Task =>
    testTask({
      type: 'code',
      code: { format: 'asserts', publicTests, hiddenTests: [], solution: '', buggy: [] },
    });
  it.each([
    { task: testTask(), expected: false },
    { task: code([]), expected: false },
    { task: code(['assert f() == 1']), expected: true },
  ])('is $expected', ({ task, expected }) => expect(taskHasTests(task)).toBe(expected));
});

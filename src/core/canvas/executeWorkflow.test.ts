import { describe, expect, it } from 'vitest';
import { systemClock } from '../llm/systemClock.ts';
import type { LlmRequest } from '../ports/LlmClient.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import {
  conditionalNode,
  createTestRegistry,
  loopNode,
  opNode,
  parallelNode,
  testOperator,
  testTask,
  workflowOf,
} from './canvasTestKit.ts';
import type { ExecutorEvent } from './events.ts';
import type { ExecuteOptions } from './executeWorkflow.ts';
import { executeWorkflow, runWorkflow } from './executeWorkflow.ts';
import type { Workflow } from '../graph/types.ts';

const registry = createTestRegistry();
const replies = {
  plan: 'Multiply.',
  solve: (r: LlmRequest) => `Step 1: think (branch ${r.hints.branch}).\n42`,
  review: 'FAIL: the units are missing',
  revise: (r: LlmRequest) => `fixed(${r.hints.inputAnswer ?? 'none'})`,
};

function setup(workflow: Workflow, extra: Partial<ExecuteOptions> = {}) {
  const llm = createFakeLlm(replies);
  const events: ExecutorEvent[] = [];
  const options: ExecuteOptions = {
    workflow,
    task: testTask(),
    registry,
    llm,
    sandbox: createFakeSandbox(),
    clock: systemClock,
    ...extra,
  };
  return { llm, events, run: () => runWorkflow(options, (e) => events.push(e)) };
}

describe('executeWorkflow', () => {
  it('runs top-level nodes left to right and streams typed events', async () => {
    const { llm, events, run } = setup(
      workflowOf(opNode('Plan', 'n1'), opNode('Custom', 'n2'), opNode('Format', 'n3')),
    );
    const result = await run();
    expect(result.status).toBe('succeeded');
    expect(result.answer).toBe('42');
    expect(result.finalState.plan).toBe('Multiply.');
    expect(result.finalState.formatted).toBe(true);
    expect(events[0]?.type).toBe('runStarted');
    expect(events.at(-1)).toEqual({ type: 'runFinished', runId: result.runId, result });
    const finished = events.flatMap((e) => (e.type === 'nodeFinished' ? [e.nodeId] : []));
    expect(finished).toEqual(['n1', 'n2', 'n3']);
    expect(events.filter((e) => e.type === 'llmCalled')).toHaveLength(2);
    expect(events.some((e) => e.type === 'tokensStreamed' && e.nodeId === 'n2')).toBe(true);
    expect(result.tokens).toEqual({ prompt: llm.usage.promptTokens, completion: llm.usage.completionTokens });
    expect(result.llmCalls).toBe(2);
    expect(Object.keys(result.nodes)).toEqual(['n1', 'n2', 'n3']);
    expect(result.nodes['n2' as never]?.status).toBe('succeeded');
  });

  it('runs parallel branches concurrently on the same input and merges their answers', async () => {
    const slow = createFakeLlm({
      solve: async (r) => {
        await systemClock.sleep(100, r.signal);
        return `answer ${r.hints.branch}`;
      },
    });
    const { run } = setup(workflowOf(parallelNode(['Custom', 'Custom'], 'p1'), opNode('ScEnsemble')), {
      llm: slow,
    });
    const started = systemClock.now();
    const result = await run();
    const elapsed = systemClock.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(190);
    expect(slow.requests.map((r) => r.hints.branch).sort()).toEqual([0, 1]);
    expect(result.finalState.candidates).toEqual(['answer 0', 'answer 1']);
    expect(result.nodes['p1' as never]?.status).toBe('succeeded');
  });

  it.each([
    { reply: 'FAIL: wrong', otherwise: 'Format', ran: 'fix' },
    { reply: 'FAIL: wrong', otherwise: null, ran: 'fix' },
    { reply: 'PASS', otherwise: 'Format', ran: 'otherwise' },
    { reply: 'PASS', otherwise: null, ran: 'none' },
  ])('conditional with $reply and otherwise $otherwise runs $ran', async ({ reply, otherwise, ran }) => {
    const llm = createFakeLlm({ ...replies, solve: 'Because.\n7', review: reply });
    const cond = conditionalNode('Review', 'Revise', otherwise, 'c1');
    const { events, run } = setup(workflowOf(opNode('Custom'), cond), { llm });
    const result = await run();
    const fix = result.nodes[cond.fix.id];
    expect(fix?.status).toBe(ran === 'fix' ? 'succeeded' : 'skipped');
    if (cond.otherwise)
      expect(result.nodes[cond.otherwise.id]?.status).toBe(ran === 'otherwise' ? 'succeeded' : 'skipped');
    if (ran === 'fix') {
      // The fix receives the checker's feedback and works on the checked answer.
      expect(llm.callsFor('revise')[0]?.hints.feedback).toBe(reply);
      expect(result.answer).toBe('fixed(Because.\n7)');
    } else {
      expect(llm.callsFor('revise')).toHaveLength(0);
      expect(result.answer).toBe(ran === 'otherwise' ? '7' : 'Because.\n7');
    }
    expect(events.filter((e) => e.type === 'nodeSkipped')).toHaveLength(
      otherwise === null ? (ran === 'fix' ? 0 : 1) : 1,
    );
    expect(events.find((e) => e.type === 'structureFinished')).toMatchObject({
      nodeId: 'c1',
      kind: 'conditional',
    });
  });

  it('runs a loop count times, each pass feeding the next', async () => {
    const { llm, run } = setup(workflowOf(opNode('Custom'), loopNode(['Revise'], 3, 'l1')));
    const result = await run();
    expect(llm.callsFor('revise')).toHaveLength(3);
    expect(result.answer).toBe('fixed(fixed(fixed(Step 1: think (branch 0).\n42)))');
    expect(result.trace.filter((t) => t.operator === 'Revise').map((t) => t.pass)).toEqual([0, 1, 2]);
  });

  it('reports a failed result and a thrown error as nodeFailed and carries on', async () => {
    const { events, run } = setup(
      workflowOf(opNode('Broken', 'b1'), opNode('Boom', 'b2'), opNode('Custom', 'b3')),
    );
    const result = await run();
    const failed = events.flatMap((e) => (e.type === 'nodeFailed' ? [[e.nodeId, e.code]] : []));
    expect(failed).toEqual([
      ['b1', 'E_OPERATOR_FAILED'],
      ['b2', 'E_OPERATOR_FAILED'],
    ]);
    expect(result.nodes['b2' as never]?.error?.message).toContain('kaboom');
    expect(result.nodes['b1' as never]?.signals).toEqual({ errorType: 'input' });
    expect(result.status).toBe('succeeded');
    expect(result.error?.code).toBe('E_OPERATOR_FAILED');
  });

  it('fails the run only when no answer comes out', async () => {
    const { run } = setup(workflowOf(opNode('Plan'), opNode('Boom')));
    expect((await run()).status).toBe('failed');
    expect((await setup(workflowOf()).run()).status).toBe('failed');
  });

  it('fails a node with an unknown operator or template without throwing', async () => {
    const { run } = setup(
      workflowOf(
        opNode('Nope', 'u1'),
        opNode('Custom', 'u2', { kind: 'template', id: 'missing' }),
        opNode('Custom'),
      ),
    );
    const result = await run();
    expect(result.nodes['u1' as never]?.error?.code).toBe('E_UNKNOWN_OPERATOR');
    expect(result.nodes['u2' as never]?.error?.code).toBe('E_UNKNOWN_TEMPLATE');
    expect(result.status).toBe('succeeded');
  });

  it('times a slow node out, aborting its signal, and goes on', async () => {
    let observed = false;
    const llm = createFakeLlm({
      ...replies,
      plan: async (r) => {
        await systemClock.sleep(5_000, r.signal).catch((e: unknown) => {
          observed = r.signal?.aborted === true;
          throw e;
        });
        return 'never';
      },
    });
    const { run } = setup(workflowOf(opNode('Plan', 's1'), opNode('Custom', 's2')), {
      llm,
      nodeTimeoutMs: 30,
    });
    const result = await run();
    expect(result.nodes['s1' as never]?.error?.code).toBe('E_NODE_TIMEOUT');
    expect(result.nodes['s2' as never]?.status).toBe('succeeded');
    await systemClock.sleep(5);
    expect(observed).toBe(true);
  });

  it('stops promptly on abort, and the pending LLM call observes it', async () => {
    let observed = false;
    const llm = createFakeLlm({
      solve: async (r) => {
        await systemClock.sleep(10_000, r.signal).catch((e: unknown) => {
          observed = true;
          throw e;
        });
        return 'never';
      },
    });
    const controller = new AbortController();
    const { run } = setup(workflowOf(opNode('Custom', 'a1'), opNode('Format', 'a2')), {
      llm,
      signal: controller.signal,
    });
    const started = systemClock.now();
    const pending = run();
    await systemClock.sleep(20);
    controller.abort();
    const result = await pending;
    expect(systemClock.now() - started).toBeLessThan(1_000);
    expect(result.status).toBe('aborted');
    expect(result.nodes['a1' as never]?.status).toBe('aborted');
    expect(result.nodes['a2' as never]?.status).toBe('skipped');
    expect(observed).toBe(true);
  });

  it('aborts pending calls when the consumer leaves the stream early', async () => {
    let observed = false;
    const llm = createFakeLlm({
      solve: (r) =>
        new Promise<string>((_, reject) =>
          r.signal?.addEventListener('abort', () => ((observed = true), reject(new Error('x')))),
        ),
    });
    const stream = executeWorkflow({
      workflow: workflowOf(opNode('Custom')),
      task: testTask(),
      registry,
      llm,
      sandbox: createFakeSandbox(),
      clock: systemClock,
    });
    for await (const event of stream) if (event.type === 'nodeStarted') break;
    await systemClock.sleep(5);
    expect(observed).toBe(true);
  });

  it('answers a code task with its code when there is no answer text', async () => {
    const coder = testOperator('Coder', (ctx) =>
      Promise.resolve({
        output: { ...ctx.input, code: 'def f():\n    return 1\n' },
        summary: 'coded',
        signals: {},
      }),
    );
    const { run } = setup(workflowOf(opNode('Coder')), {
      registry: registry.extend([coder]),
      task: testTask({ type: 'code', metric: 'code' }),
    });
    expect((await run()).answer).toBe('def f():\n    return 1\n');
  });

  it('counts sandbox calls and their time', async () => {
    const runner = testOperator('Runner', async (ctx) => {
      const r = await ctx.sandbox.run({ code: 'print(1)', timeoutMs: ctx.sandboxTimeoutMs });
      return { output: { ...ctx.input, answer: r.stdout }, summary: 'ran', signals: {} };
    });
    const sandbox = createFakeSandbox(async () => {
      await systemClock.sleep(10);
      return '1';
    });
    const { events, run } = setup(workflowOf(opNode('Runner')), {
      registry: registry.extend([runner]),
      sandbox,
      sandboxTimeoutMs: 777,
    });
    const result = await run();
    expect(result.sandboxCalls).toBe(1);
    expect(result.sandboxMs).toBeGreaterThanOrEqual(5);
    expect(sandbox.requests[0]?.timeoutMs).toBe(777);
    expect(sandbox.requests[0]?.signal).toBeDefined();
    expect(events.some((e) => e.type === 'sandboxCalled' && e.ok)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Workflow } from '../graph/types.ts';
import { initialStageState } from '../operators/types.ts';
import { systemClock } from '../llm/systemClock.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import { createTestRegistry, opNode, parallelNode, testTask, workflowOf } from './canvasTestKit.ts';
import { createNodeCache, nodeCacheKey } from './createNodeCache.ts';
import type { NodeCache } from './createNodeCache.ts';
import type { ExecutorEvent } from './events.ts';
import { runWorkflow } from './executeWorkflow.ts';

const entry = (answer: string) => ({
  output: { ...initialStageState(), answer },
  summary: answer,
  signals: {},
});

describe('createNodeCache', () => {
  it('evicts the least recently used entry past maxEntries', () => {
    const cache = createNodeCache({ maxEntries: 2 });
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    expect(cache.get('a')?.summary).toBe('a');
    cache.set('c', entry('c'));
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keys on every part: operator, prompt, input, backend, task and branch', () => {
    const base = {
      operator: 'Custom',
      promptKey: 'default',
      inputHash: 'h',
      backendId: 'sim',
      taskId: 't',
      branch: 0,
    };
    const variants = [
      { operator: 'Revise' },
      { promptKey: 'text:1' },
      { inputHash: 'h2' },
      { backendId: 'openai' },
      { taskId: 't2' },
      { branch: 1 },
    ];
    const keys = new Set([nodeCacheKey(base), ...variants.map((v) => nodeCacheKey({ ...base, ...v }))]);
    expect(keys.size).toBe(variants.length + 1);
    expect(nodeCacheKey({ ...base })).toBe(nodeCacheKey(base));
  });
});

describe('the executor with a node cache', () => {
  const registry = createTestRegistry();
  const replies = { plan: 'Multiply.', solve: 'Because 6*7.\n42', review: 'PASS', revise: 'fixed' };

  async function execute(workflow: Workflow, cache: NodeCache, llm = createFakeLlm(replies)) {
    const events: ExecutorEvent[] = [];
    const options = {
      workflow,
      task: testTask(),
      registry,
      llm,
      sandbox: createFakeSandbox(),
      clock: systemClock,
      cache,
    };
    const result = await runWorkflow(options, (e) => events.push(e));
    return { result, events, calls: llm.requests.map((r) => r.operator) };
  }

  it('re-executes only a node appended to an unchanged workflow', async () => {
    const cache = createNodeCache();
    const first = [opNode('Plan', 'n1'), opNode('Custom', 'n2')];
    expect((await execute(workflowOf(...first), cache)).calls).toEqual(['Plan', 'Custom']);
    const again = await execute(workflowOf(...first, opNode('Review', 'n3')), cache);
    expect(again.calls).toEqual(['Review']);
    const finished = again.events.flatMap((e) => (e.type === 'nodeFinished' ? [[e.nodeId, e.cached]] : []));
    expect(finished).toEqual([
      ['n1', true],
      ['n2', true],
      ['n3', false],
    ]);
    expect(again.result.nodes['n1' as never]).toMatchObject({ cached: true, durationMs: 0 });
    expect(again.result.tokens.prompt).toBeGreaterThan(0);
    expect(again.result.llmCalls).toBe(1);
  });

  it('re-runs a node whose prompt changed and everything downstream, not upstream', async () => {
    const cache = createNodeCache();
    const llm = createFakeLlm({ ...replies, solve: (r) => `answer for ${r.promptKey}` });
    await execute(
      workflowOf(opNode('Plan', 'n1'), opNode('Custom', 'n2'), opNode('Review', 'n3')),
      cache,
      llm,
    );
    const edited = workflowOf(
      opNode('Plan', 'n1'),
      opNode('Custom', 'n2', { kind: 'text', text: 'Answer with a number only.' }),
      opNode('Review', 'n3'),
    );
    const before = llm.requests.length;
    await execute(edited, cache, llm);
    expect(llm.requests.slice(before).map((r) => r.operator)).toEqual(['Custom', 'Review']);
  });

  it('caches parallel branches apart and never caches failures', async () => {
    const cache = createNodeCache();
    const workflow = workflowOf(parallelNode(['Custom', 'Custom']), opNode('Boom'));
    expect((await execute(workflow, cache)).calls).toEqual(['Custom', 'Custom']);
    expect(cache.size).toBe(2);
    const again = await execute(workflow, cache);
    expect(again.calls).toEqual([]);
    expect(again.events.filter((e) => e.type === 'nodeFailed')).toHaveLength(1);
  });

  it('misses on another backend', async () => {
    const cache = createNodeCache();
    await execute(workflowOf(opNode('Custom')), cache);
    const other = createFakeLlm(replies, { id: 'fake:other' });
    expect((await execute(workflowOf(opNode('Custom')), cache, other)).calls).toEqual(['Custom']);
  });
});

import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { createSimulatedLlm, getSimProfile } from '../../core/llm/simulated/index.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import { createMemoryCheckpointStore } from '../../core/policy/createMemoryCheckpointStore.ts';
import { createUntrainedPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import { evaluateWorkflow } from '../../core/training/evaluateWorkflow.ts';
import { createFakeSandbox } from '../../core/testing/FakeSandbox.ts';
import { importDataset as sampleImport } from '../../core/tasks/importers/importDataset.ts';
import { sampleText } from '../../core/tasks/importers/readSample.testutil.ts';
import { createEvaluationApi } from './createEvaluationApi.ts';
import type { ContenderSpec, EvaluationEvent, EvaluationRequest } from './evaluationTypes.ts';

const registry = createBuiltinRegistry();

function setUp(store: CheckpointStore | null = null) {
  const sandbox = createFakeSandbox();
  const api = createEvaluationApi({
    registry,
    sandbox,
    clock: systemClock,
    loadTf: () => Promise.resolve({ createUntrainedPolicy, loadTfPolicy }),
    checkpoints: () => Promise.resolve(store),
  });
  return { api, sandbox };
}

const workflow: ContenderSpec = {
  kind: 'workflow',
  id: 'cf',
  label: 'Custom + Format',
  group: 'baseline',
  dsl: 'Custom -> Format',
};
const heuristic: ContenderSpec = {
  kind: 'policy',
  id: 'heuristic',
  label: 'Heuristic',
  group: 'baseline',
  policy: 'heuristic',
};

const request = (contenders: ContenderSpec[], limits = { math: 2, qa: 1 }): EvaluationRequest => ({
  taskSets: [
    { suite: 'builtin:math', limit: limits.math },
    { suite: 'builtin:qa', limit: limits.qa },
  ],
  contenders,
  seed: 5,
  profile: 'default',
  maxTurns: 8,
});

describe('createEvaluationApi', () => {
  it('evaluates a workflow and a policy on the same 3 tasks, streaming every task', async () => {
    const { api, sandbox } = setUp();
    const events: EvaluationEvent[] = [];
    const outcome = await api.evaluate(request([workflow, heuristic]), (e) => events.push(e));
    expect(outcome).toMatchObject({ status: 'done', failures: [], done: 6, total: 6 });
    expect(outcome.results.map((r) => r.id)).toEqual(['cf', 'heuristic']);
    expect(events[0]).toEqual({ type: 'started', total: 6, tasks: 3, contenders: 2 });
    const done = events.flatMap((e) => (e.type === 'taskDone' ? [e.done] : []));
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.filter((e) => e.type === 'contenderFinished')).toHaveLength(2);
    for (const r of outcome.results) {
      expect(r.n).toBe(3);
      expect(r.perSuite['builtin:math']?.n).toBe(2);
      expect(r.perSuite['builtin:qa']?.n).toBe(1);
      expect(r.overall.low).toBeLessThanOrEqual(r.overall.mean);
      expect(r.overall.high).toBeGreaterThanOrEqual(r.overall.mean);
      expect(r.tokensPerTask).toBeGreaterThan(0);
    }
    const [fixed, policy] = outcome.results;
    expect(fixed?.meanTurns).toBeNull();
    expect(fixed?.shortcutRate).toBe(1);
    expect(fixed?.detail).toBe('Custom -> Format');
    expect(policy?.meanTurns).toBeGreaterThan(1);
    expect(policy?.detail).not.toBe('');

    // The row is the real measurement: the same workflow evaluated directly gives the same numbers.
    const parsed = parseWorkflow('Custom -> Format', registry);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const direct = await evaluateWorkflow({
      workflow: parsed.workflow,
      tasks: [...getSuite('builtin:math').test.slice(0, 2), ...getSuite('builtin:qa').test.slice(0, 1)],
      registry,
      llm: createSimulatedLlm({ seed: 5, profile: getSimProfile('default') }),
      sandbox,
      clock: systemClock,
      cache: createNodeCache(),
      score: createRunScorer(sandbox),
    });
    expect(fixed?.overall).toEqual(direct.interval);
    expect(fixed?.tokensPerTask).toBe(direct.tokens.total / 3);
  });

  it('evaluates an imported set from the tasks the request carries, by their dataset', async () => {
    const { api } = setUp();
    const tasks = sampleImport('gsm8k', sampleText('gsm8k/test.jsonl')).tasks.slice(0, 3);
    const outcome = await api.evaluate(
      { ...request([workflow]), taskSets: [{ suite: 'dataset:gsm8k:1', limit: 2, tasks }] },
      () => undefined,
    );
    const row = outcome.results[0];
    expect(row?.n).toBe(2);
    expect(Object.keys(row?.perSuite ?? {})).toEqual([tasks[0]?.source]);
  });

  it('cancel stops the run: the partial contender is dropped and nothing is reported afterwards', async () => {
    const { api } = setUp();
    const events: EvaluationEvent[] = [];
    let afterCancel = 0;
    let cancelled = false;
    const outcome = await api.evaluate(request([workflow, heuristic], { math: 12, qa: 12 }), (e) => {
      if (cancelled) afterCancel += 1;
      events.push(e);
      if (e.type === 'taskDone' && e.done === 2) {
        cancelled = true;
        api.cancel();
      }
    });
    expect(outcome).toMatchObject({ status: 'cancelled', results: [], total: 48 });
    expect(outcome.done).toBeGreaterThanOrEqual(2);
    expect(outcome.done).toBeLessThan(24);
    expect(afterCancel).toBe(0);
    expect(events.some((e) => e.type === 'contenderStarted' && e.contenderId === 'heuristic')).toBe(false);
    // The API is free again.
    const next = await api.evaluate(request([workflow], { math: 1, qa: 1 }), () => {});
    expect(next.status).toBe('done');
  });

  it('reports a contender that fails and still runs the others; refuses a second run at once', async () => {
    const { api } = setUp();
    const broken: ContenderSpec = { ...workflow, id: 'bad', label: 'Broken', dsl: 'Custom -> Nope' };
    const unknown: ContenderSpec = { ...heuristic, id: 'x', label: 'X', policy: 'oracle' };
    const running = api.evaluate(request([broken, unknown, workflow], { math: 1, qa: 1 }), () => {});
    await expect(api.evaluate(request([workflow]), () => {})).rejects.toThrow(/already running/);
    const outcome = await running;
    expect(outcome.results.map((r) => r.id)).toEqual(['cf']);
    expect(outcome.failures.map((f) => f.contenderId)).toEqual(['bad', 'x']);
    expect(outcome.failures[1]?.message).toMatch(/Unknown policy "oracle"/);
    await expect(api.evaluate({ ...request([]) }, () => {})).rejects.toThrow(/at least one contender/);
  });

  it('lists saved checkpoints and evaluates one (and the untrained policy) through tfjs', async () => {
    const store = createMemoryCheckpointStore();
    const trained = createUntrainedPolicy({ registry, seed: 9 });
    await store.save('iter-0001', await trained.saveArtifacts({}));
    trained.dispose();
    const { api } = setUp(store);
    expect(await api.listCheckpoints()).toEqual(['iter-0001']);
    const contenders: ContenderSpec[] = [
      { kind: 'policy', id: 'ck', label: 'iter-0001', group: 'yours', policy: 'checkpoint:iter-0001' },
      { kind: 'policy', id: 'un', label: 'Untrained', group: 'baseline', policy: 'untrained' },
    ];
    const outcome = await api.evaluate(request(contenders, { math: 1, qa: 1 }), () => {});
    expect(outcome.failures).toEqual([]);
    expect(outcome.results.map((r) => r.n)).toEqual([2, 2]);
    expect(await setUp(null).api.listCheckpoints()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/types.ts';
import { createTabularPolicy } from './createTabularPolicy.ts';
import { evaluatePolicy, scoreOutcomes } from './evaluatePolicy.ts';
import type { PolicyTaskOutcome } from './evaluatePolicy.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';

const outcome = (correctness: number, source = 'a', workflow = 'Custom'): PolicyTaskOutcome => ({
  id: `${source}${correctness}`,
  source,
  correctness,
  shortcut: workflow === 'Custom',
  turns: 3,
  tokens: 10,
  finishReason: 'finish',
  workflow,
});

describe('scoreOutcomes', () => {
  it('gives the mean with its 95% interval, rates and the most common workflows', () => {
    const s = scoreOutcomes([outcome(1), outcome(0), outcome(1, 'a', 'Plan -> Custom'), outcome(1)]);
    expect(s.score).toBe(0.75);
    expect(s.n).toBe(4);
    // 1.96 · sd / √n with sd = 0.5 → half-width 0.49.
    expect(s.interval.low).toBeCloseTo(0.26, 6);
    expect(s.interval.high).toBe(1);
    expect(s.shortcutRate).toBe(0.75);
    expect(s.topWorkflows).toEqual([
      { workflow: 'Custom', count: 3 },
      { workflow: 'Plan -> Custom', count: 1 },
    ]);
  });
});

describe('evaluatePolicy', () => {
  const tasks = trainingTasks(6);

  async function evaluate(policy: Policy, list = tasks, seed = 3) {
    const kit = createTestEnvFactory();
    return evaluatePolicy({
      policy,
      tasks: list,
      createEnv: kit.createEnv,
      registry: kit.registry,
      seed,
      maxTurns: 6,
    });
  }

  it('scores every task once, per suite and overall, with intervals around the means', async () => {
    const r = await evaluate(createTabularPolicy());
    expect(r.n).toBe(6);
    expect(r.perTask.map((t) => t.id)).toEqual(tasks.map((t) => t.id));
    expect(Object.keys(r.perSuite)).toEqual(['test:math', 'test:qa']);
    for (const s of [r, ...Object.values(r.perSuite)]) {
      expect(s.interval.low).toBeLessThanOrEqual(s.score);
      expect(s.interval.high).toBeGreaterThanOrEqual(s.score);
    }
    expect(r.perSuite['test:math']?.n).toBe(3);
    expect(r.tokens).toBe(r.perTask.reduce((a, t) => a + t.tokens, 0));
    expect(r.meanTurns).toBeGreaterThan(0);
    expect(r.meanTurns).toBeLessThanOrEqual(6);
  });

  it("is seeded per task: a task's outcome does not depend on the order or the other tasks", async () => {
    const all = await evaluate(createTabularPolicy());
    const reversed = await evaluate(createTabularPolicy(), [...tasks].reverse());
    const one = await evaluate(createTabularPolicy(), [tasks[2]!]);
    const key = (t: PolicyTaskOutcome) => `${t.id}:${t.correctness}:${t.workflow}:${t.turns}`;
    expect(reversed.perTask.map(key).sort()).toEqual(all.perTask.map(key).sort());
    expect(one.perTask.map(key)).toEqual([key(all.perTask[2]!)]);
  });
});

import { describe, expect, it } from 'vitest';
import { createTestRegistry, opNode, workflowOf } from '../canvas/canvasTestKit.ts';
import { systemClock } from '../llm/systemClock.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFakeSandbox } from '../testing/FakeSandbox.ts';
import { evaluateWorkflow } from './evaluateWorkflow.ts';
import { trainingTasks } from './trainingTestKit.ts';

describe('evaluateWorkflow', () => {
  it('scores every task and reports each suite with its interval', async () => {
    const tasks = trainingTasks(6);
    const llm = createFakeLlm({
      solve: (r) => (r.messages.some((m) => m.content.includes('variant 1')) ? '41' : '42'),
    });
    const report = await evaluateWorkflow({
      workflow: workflowOf(opNode('Custom')),
      tasks,
      registry: createTestRegistry(),
      llm,
      sandbox: createFakeSandbox(),
      clock: systemClock,
      score: (_task, answer) => Promise.resolve(answer === '42' ? 1 : 0),
    });
    expect(report.perTask.map((t) => [t.id, t.source, t.score])).toEqual([
      ['t0', 'test:math', 1],
      ['t1', 'test:qa', 0],
      ['t2', 'test:math', 1],
      ['t3', 'test:qa', 1],
      ['t4', 'test:math', 1],
      ['t5', 'test:qa', 1],
    ]);
    expect(report.score).toBeCloseTo(5 / 6, 9);
    expect(report.perSuite['test:math']).toMatchObject({ mean: 1, low: 1, high: 1, n: 3 });
    expect(report.perSuite['test:qa']?.mean).toBeCloseTo(2 / 3, 9);
    expect(report.perSuite['test:qa']?.low).toBeLessThan(2 / 3);
  });
});

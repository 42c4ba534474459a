import { afterAll, describe, expect, it } from 'vitest';
import type { CanvasAction } from '../../core/actions/types.ts';
import { createCanvasEnv } from '../../core/canvas/CanvasEnv.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { toNodeId } from '../../core/graph/types.ts';
import { createSimulatedLlm } from '../../core/llm/simulated/index.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createNodePyodideSandbox } from './createNodePyodideSandbox.ts';

// The whole stack as the trainer will use it: real operators, simulated backend, Pyodide, metric and reward.
const sandbox = createNodePyodideSandbox();
afterAll(() => sandbox.dispose());

const makeEnv = () =>
  createCanvasEnv({
    registry: createBuiltinRegistry(),
    llm: createSimulatedLlm({ seed: 11 }),
    sandbox,
    clock: systemClock,
    cache: createNodeCache({ maxEntries: 10_000 }),
    score: createRunScorer(sandbox),
  });

const SPEC_EPISODE: CanvasAction[] = [
  { type: 'addOperator', operator: 'Plan' },
  { type: 'addParallel', operators: ['Programmer', 'Custom'] },
  { type: 'addOperator', operator: 'ScEnsemble' },
  { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
  { type: 'addOperator', operator: 'Format' },
  { type: 'finish' },
];

describe('a canvas episode on the real stack', () => {
  it('builds the SPEC example on a math task, finishes, and releases the answer credit', async () => {
    const env = makeEnv();
    const task = getSuite('builtin:math').test[0];
    if (!task) throw new Error('empty suite');
    await env.reset(task);
    const early = await env.step({ type: 'addOperator', operator: 'Plan' });
    // A plan alone gives no answer: the run "fails" and the feedback says so, which is what the policy learns from.
    expect(early.run?.status).toBe('failed');
    expect(early.feedback.signals.answerPresent).toBe(false);
    const refused = await env.step({ type: 'finish' });
    expect(refused.outcome).toMatchObject({ ok: false, code: 'E_FINISH_REFUSED' });
    let last = refused;
    for (const action of SPEC_EPISODE.slice(1)) last = await env.step(action);
    expect(last.done).toBe(true);
    expect(last.finishReason).toBe('finish');
    expect(printWorkflow(env.state().workflow, createBuiltinRegistry())).toBe(
      'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
    );
    expect(last.reward?.rDiv).toBe(1);
    expect(last.reward?.released).toBe(true);
    expect(last.reward?.total).toBeCloseTo(last.correctness ?? NaN, 10);
    expect(env.state().episodeTokens.prompt).toBeGreaterThan(0);
  }, 60_000);

  it('a shortcut (one solver) cannot finish under the finish rule and ends on max turns without credit', async () => {
    const env = makeEnv();
    const task = getSuite('builtin:code').test[0];
    if (!task) throw new Error('empty suite');
    await env.reset(task);
    await env.step({ type: 'addOperator', operator: 'Programmer' });
    let last = await env.step({ type: 'finish' });
    while (!last.done) last = await env.step({ type: 'finish' });
    expect(last.finishReason).toBe('maxTurns');
    expect(last.reward?.released).toBe(false);
    expect(last.reward?.total).toBeLessThan(0);
    // The illegal finishes spent turns but left the canvas unchanged.
    expect(env.state().workflow.nodes.map((n) => n.id)).toEqual([toNodeId('n1')]);
  }, 60_000);
});

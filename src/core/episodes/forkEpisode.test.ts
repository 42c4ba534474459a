import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { CanvasAction } from '../actions/types.ts';
import { createHeuristicPolicy } from '../policy/createHeuristicPolicy.ts';
import { createEpisodeSession } from './createEpisodeSession.ts';
import { builtinMathTask, episodeTestOptions, playToEnd } from './episodeTestKit.ts';
import { forkEpisode } from './forkEpisode.ts';
import type { ForkEpisodeOptions } from './forkEpisode.ts';
import { recordActions } from './recordActions.ts';
import { replayEpisode } from './replayEpisode.ts';
import { workflowAtStep } from './workflowAtStep.ts';

const registry = createBuiltinRegistry();
const task = builtinMathTask();
const original = await (async () => {
  const session = createEpisodeSession(episodeTestOptions(registry, task, { id: 'ep-original' }));
  await session.start();
  return playToEnd(session, createHeuristicPolicy());
})();
const n = original.steps.length;

const forkOptions = (): ForkEpisodeOptions => {
  const { llm, sandbox, clock, score } = episodeTestOptions(registry, task);
  return { registry, llm, sandbox, clock, score, actor: { kind: 'human', name: 'hand' }, id: 'ep-fork' };
};
const addReview: CanvasAction = { type: 'addOperator', operator: 'Review' };

describe('forkEpisode', () => {
  it('starts at the fork point with the kept steps, and re-runs only what changed', async () => {
    const fork = forkEpisode(original, 3, forkOptions());
    const start = await fork.start();
    expect(start.turn).toBe(3);
    expect(fork.workflow).toEqual(workflowAtStep(original, 3));
    expect(start.lastRun?.answer).toBe(original.steps[2]?.run?.answer);
    expect(fork.liveCalls()).toBe(0);
    const step = await fork.step(addReview, {});
    expect(step).toMatchObject({ turn: 4, actor: { kind: 'human', name: 'hand' }, outcome: { ok: true } });
    // A fresh run of the same four actions asks the backend for every node; the fork only for the new one.
    const fresh = await recordActions(episodeTestOptions(registry, task), [
      ...original.steps.slice(0, 3).map((s) => s.action),
      addReview,
    ]);
    expect(fork.liveCalls()).toBeGreaterThan(0);
    expect(fork.liveCalls()).toBeLessThan(Object.keys(fresh.responses).length);
    expect(fresh.steps.at(-1)?.feedback.finalOutput).toBe(step.feedback.finalOutput);

    const record = fork.record();
    expect(record.forkOf).toEqual({ episodeId: 'ep-original', atStep: 3 });
    expect(record.initialWorkflow).toEqual(workflowAtStep(original, 3));
    expect(record.steps.slice(0, 3)).toEqual(original.steps.slice(0, 3));
    expect(record.steps).toHaveLength(4);
    expect(record.backend).toEqual(original.backend);
    expect(record.actor).toEqual({ kind: 'human', name: 'hand' });
  });

  it('records a fork that can itself be stepped through, replayed and forked again', async () => {
    const fork = forkEpisode(original, 2, forkOptions());
    await fork.start();
    const workflows = [fork.workflow];
    await fork.step({ type: 'addOperator', operator: 'Verify' }, {});
    workflows.push(fork.workflow);
    const record = await playToEnd(fork, createHeuristicPolicy());
    expect(record.steps.at(-1)?.done).toBe(true);
    workflows.forEach((w, i) => expect(workflowAtStep(record, 2 + i)).toEqual(w));
    for (let k = 0; k <= 2; k++) expect(workflowAtStep(record, k)).toEqual(workflowAtStep(original, k));
    const { sandbox, clock, score } = episodeTestOptions(registry, task);
    expect(await replayEpisode(record, { registry, sandbox, clock, score })).toEqual({
      exact: true,
      steps: record.steps.length - 2,
    });
    const again = forkEpisode(record, 1, forkOptions());
    await again.start();
    expect(again.workflow).toEqual(workflowAtStep(original, 1));
    expect(again.record().steps).toEqual(original.steps.slice(0, 1));
  });

  it('forks at 0 from the empty canvas, and at the end of an unfinished episode', async () => {
    const zero = forkEpisode(original, 0, forkOptions());
    await zero.start();
    expect(zero.record()).toMatchObject({ steps: [], forkOf: { atStep: 0 }, initialWorkflow: { nodes: [] } });
    const partial = await recordActions(episodeTestOptions(registry, task), [
      { type: 'addOperator', operator: 'Custom' },
    ]);
    const tail = forkEpisode(partial, 1, forkOptions());
    expect((await tail.start()).turn).toBe(1);
  });

  it('refuses to fork after the last step of a finished episode, or outside it', () => {
    expect(() => forkEpisode(original, n, forkOptions())).toThrow(/ended at step \d+: there is nothing left/);
    expect(() => forkEpisode(original, n + 1, forkOptions())).toThrow(RangeError);
    expect(() => forkEpisode(original, -1, forkOptions())).toThrow(/outside episode ep-original/);
  });
});

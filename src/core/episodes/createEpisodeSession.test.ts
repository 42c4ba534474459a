import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { CanvasEvent } from '../canvas/events.ts';
import type { Workflow } from '../graph/types.ts';
import { createHeuristicPolicy } from '../policy/createHeuristicPolicy.ts';
import type { Policy } from '../policy/types.ts';
import { createRng } from '../util/createRng.ts';
import { createEpisodeSession } from './createEpisodeSession.ts';
import { builtinMathTask, episodeTestOptions, playToEnd } from './episodeTestKit.ts';
import { workflowAtStep } from './workflowAtStep.ts';

const registry = createBuiltinRegistry();
const task = builtinMathTask();

describe('createEpisodeSession', () => {
  it('records a heuristic episode on a builtin:math task, step by step', async () => {
    const session = createEpisodeSession(episodeTestOptions(registry, task, { id: 'ep-1' }));
    const events: CanvasEvent[] = [];
    const stop = session.subscribe((e) => events.push(e));
    const start = await session.start();
    expect(start).toMatchObject({ turn: 0, done: false });
    const workflows: Workflow[] = [session.workflow];
    const policy = createHeuristicPolicy();
    const rng = createRng(1);
    while (!session.done) {
      const step = await session.stepWithPolicy(policy, rng);
      workflows.push(session.workflow);
      expect(step.turn).toBe(workflows.length - 1);
      expect(step.ms).toBeGreaterThan(0);
    }
    stop();
    const record = session.record();
    expect(record).toMatchObject({ format: 'flowsteer-episode', version: 1, id: 'ep-1', maxTurns: 12 });
    expect(record.steps.length).toBeGreaterThanOrEqual(5);
    const last = record.steps.at(-1);
    expect(last).toMatchObject({ done: true, finishReason: 'finish', action: { type: 'finish' } });
    expect(last?.reward?.released).toBe(true);
    expect(last?.correctness).not.toBeNull();
    expect(record.steps.slice(0, -1).every((s) => s.reward === null && !s.done)).toBe(true);
    expect(record.steps.every((s) => s.actor.name === 'heuristic' && s.actor.seed === 1)).toBe(true);
    expect(record.steps[0]?.topActions?.[0]).toEqual({ action: record.steps[0]?.action, probability: 1 });
    expect(record.steps[0]?.run?.answer).toBeDefined();
    // Every backend answer is in the record, keyed like the record/replay cache.
    expect(Object.keys(record.responses).length).toBe(session.liveCalls());
    expect(session.liveCalls()).toBeGreaterThan(0);
    workflows.forEach((w, k) => expect(workflowAtStep(record, k)).toEqual(w));
    expect(events.some((e) => e.type === 'run' && e.event.type === 'nodeFinished')).toBe(true);
    expect(events.at(-1)?.type).toBe('finished');
  });

  it('hands out deep copies and refuses to step before start or after the end', async () => {
    const session = createEpisodeSession(episodeTestOptions(registry, task));
    expect(() => session.policyInput()).toThrow(/call start\(\) first/);
    await expect(session.step({ type: 'finish' }, {})).rejects.toThrow(/call start\(\) first/);
    const record = await (async () => {
      await session.start();
      return playToEnd(session, createHeuristicPolicy());
    })();
    record.steps.length = 0;
    record.responses = {};
    expect(session.record().steps.length).toBeGreaterThan(0);
    expect(Object.keys(session.record().responses).length).toBeGreaterThan(0);
    await expect(session.step({ type: 'finish' }, {})).rejects.toThrow(/has ended/);
    await expect(session.start()).rejects.toThrow(/already started/);
  });

  it('serves prior responses without calling the backend, and names who acted on each step', async () => {
    const first = createEpisodeSession(episodeTestOptions(registry, task));
    await first.start();
    const original = await playToEnd(first, createHeuristicPolicy());
    const again = createEpisodeSession(
      episodeTestOptions(registry, task, {
        responses: original.responses,
        actor: { kind: 'human', name: 'hand' },
      }),
    );
    await again.start();
    for (const [i, step] of original.steps.entries()) {
      const actor = i === 0 ? { kind: 'policy' as const, name: 'someone' } : undefined;
      const replayed = await again.step(step.action, actor ? { actor } : {});
      expect(replayed.diff).toEqual(step.diff);
      expect(replayed.actor).toEqual(actor ?? { kind: 'human', name: 'hand' });
    }
    expect(again.liveCalls()).toBe(0);
    expect(again.record().steps.at(-1)?.reward).toEqual(original.steps.at(-1)?.reward);
  });

  it('still steps when the policy cannot rank its actions', async () => {
    const session = createEpisodeSession(episodeTestOptions(registry, task));
    await session.start();
    const policy: Policy = {
      name: 'shy',
      decide: () => Promise.resolve({ action: { type: 'addOperator', operator: 'Custom' } }),
      topActions: () => Promise.reject(new Error('cannot rank')),
    };
    const step = await session.stepWithPolicy(policy, createRng(1));
    expect(step.topActions).toBeUndefined();
    expect(step.actor).toEqual({ kind: 'policy', name: 'shy' });
    expect(step.outcome).toEqual({ ok: true });
    expect(session.record().createdAt).toMatch(/^2026-01-02T/);
  });
});

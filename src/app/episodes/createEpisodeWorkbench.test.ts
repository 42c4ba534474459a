import { describe, expect, it } from 'vitest';
import { createEpisodeCanvas } from './createEpisodeCanvas.ts';
import { createEpisodeSession } from '../../core/episodes/createEpisodeSession.ts';
import {
  builtinMathTask,
  createProgramSandbox,
  createSteppingClock,
  episodeTestOptions,
  playToEnd,
} from '../../core/episodes/episodeTestKit.ts';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { workflowAtStep } from '../../core/episodes/workflowAtStep.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { createHeuristicPolicy } from '../../core/policy/createHeuristicPolicy.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { createEpisodeLibrary } from './createEpisodeLibrary.ts';
import { REPLAY_READ_ONLY } from './createEpisodeCanvas.ts';
import { CANVAS_BUSY, createEpisodeWorkbench, type EpisodeRuntime } from './createEpisodeWorkbench.ts';
import { episodeBackendLlm } from './episodeBackendLlm.ts';

const registry = createBuiltinRegistry();
const task = builtinMathTask();
const USER_DSL = 'Custom -> Format';

async function recordedEpisode(): Promise<EpisodeRecord> {
  const session = createEpisodeSession(episodeTestOptions(registry, task));
  await session.start();
  return playToEnd(session, createHeuristicPolicy(), 1);
}

function setup() {
  const store = createAppStore(registry, USER_DSL);
  store.getState().edit({ type: 'addOperator', operator: 'Plan', position: 0 });
  const library = createEpisodeLibrary();
  const sandbox = createProgramSandbox(task);
  const runtime: EpisodeRuntime = {
    registry,
    sandbox,
    clock: createSteppingClock(),
    score: createRunScorer(sandbox),
    llmFor: (backend) => episodeBackendLlm(backend),
    liveBackend: (seed) => {
      const backend = { kind: 'simulated', profile: 'default', seed } as const;
      return { backend, llm: episodeBackendLlm(backend) };
    },
  };
  const workbench = createEpisodeWorkbench({ store, library, runtime: () => Promise.resolve(runtime) });
  const dsl = () => printWorkflow(store.getState().workflow, registry);
  return { store, library, workbench, dsl };
}

describe('createEpisodeWorkbench', () => {
  it('replays read-only, then gives the user their workflow and undo history back', async () => {
    const episode = await recordedEpisode();
    const { store, workbench, dsl } = setup();
    const before = dsl();
    workbench.open(episode, 2);
    expect(dsl()).toBe(printWorkflow(workflowAtStep(episode, 2), registry));
    expect(store.getState().borrowed).toBe(true);
    expect(store.getState().edit({ type: 'addOperator', operator: 'Format' })).toBe(false);
    expect(store.getState().notice?.text).toBe(REPLAY_READ_ONLY);
    workbench.player.end();
    expect(dsl()).toBe(printWorkflow(workflowAtStep(episode, episode.steps.length), registry));
    workbench.close();
    expect(dsl()).toBe(before);
    expect(store.getState()).toMatchObject({ borrowed: false, readOnly: null });
    store.getState().undo();
    expect(dsl()).toBe(USER_DSL);
  });

  it('leaves the canvas alone while another borrower (the Watch tab) holds it, and says so', async () => {
    const episode = await recordedEpisode();
    const { store, workbench, dsl } = setup();
    const watchers = createEpisodeCanvas(store);
    watchers.enter();
    watchers.show(workflowAtStep(episode, 1));
    const shown = dsl();
    workbench.open(episode, 2);
    expect(dsl()).toBe(shown);
    expect(workbench.state.getState().error).toBe(CANVAS_BUSY);
    watchers.leave();
    expect(dsl()).toBe('Plan -> Custom -> Format');
  });

  it('a fork resumed by the same policy re-runs nothing; a hand edit re-runs only what changed', async () => {
    const episode = await recordedEpisode();
    const totalCalls = Object.keys(episode.responses).length;
    expect(totalCalls).toBeGreaterThan(0);
    const { store, library, workbench, dsl } = setup();
    const before = dsl();
    workbench.open(episode, 2);
    await workbench.fork();
    expect(workbench.state.getState()).toMatchObject({ mode: 'fork', atStep: 2, error: null });
    expect(store.getState().readOnly).toBeNull();
    await workbench.resume(createHeuristicPolicy(), 1, { kind: 'policy', name: 'heuristic', seed: 1 });
    const driver = workbench.state.getState().driver;
    const fork = driver?.state.getState().episode;
    expect(driver?.state.getState()).toMatchObject({ phase: 'done', liveCalls: 0 });
    expect(fork?.forkOf).toEqual({ episodeId: episode.id, atStep: 2 });
    expect(fork?.actor.name).toBe('heuristic');
    expect(fork?.steps.map((s) => s.action)).toEqual(episode.steps.map((s) => s.action));
    expect(library.getState().episodes.map((e) => e.id)).toEqual([fork?.id]);

    // Fork again at the start by hand: the edit and its run are new, so some calls are live, but fewer than all.
    workbench.open(episode, 0);
    await workbench.fork();
    expect(store.getState().edit({ type: 'addOperator', operator: 'AnswerGenerate' })).toBe(true);
    const handDriver = workbench.state.getState().driver;
    await handDriver?.settled();
    const hand = handDriver?.state.getState();
    expect(hand?.episode?.steps.map((s) => s.actor.kind)).toEqual(['human']);
    expect(hand?.liveCalls).toBeGreaterThan(0);
    await workbench.resume(createHeuristicPolicy(), 1, { kind: 'policy', name: 'heuristic', seed: 1 });
    const handFork = handDriver?.state.getState().episode;
    expect(handFork?.steps.at(-1)?.done).toBe(true);
    expect(handFork?.steps.slice(1).every((s) => s.actor.name === 'heuristic')).toBe(true);
    expect(library.getState().episodes).toHaveLength(2);
    workbench.close();
    expect(dsl()).toBe(before);
  });

  it('a finished episode cannot be forked at its last step, and says why', async () => {
    const episode = await recordedEpisode();
    const { workbench, store } = setup();
    workbench.open(episode, episode.steps.length);
    await workbench.fork();
    expect(workbench.state.getState().mode).toBe('replay');
    expect(workbench.state.getState().error).toMatch(/cannot be forked: .*earlier step/);
    expect(store.getState().readOnly).toBe(REPLAY_READ_ONLY);
  });

  it('records hand edits as human steps until an undo, which is not an episode action', async () => {
    const { store, library, workbench, dsl } = setup();
    await workbench.record(task);
    expect(workbench.state.getState().mode).toBe('record');
    store.getState().edit({ type: 'addOperator', operator: 'Review' });
    store.getState().edit({ type: 'deleteNode', target: store.getState().workflow.nodes[0]!.id });
    const driver = workbench.state.getState().driver;
    await driver?.settled();
    const recorded = library.getState().episodes[0];
    expect(recorded?.actor).toEqual({ kind: 'human', name: 'hand' });
    expect(recorded?.steps.map((s) => s.action.type)).toEqual(['addOperator', 'deleteNode']);
    expect(printWorkflow(workflowAtStep(recorded!, 2), registry)).toBe(dsl());
    store.getState().undo();
    await Promise.resolve();
    expect(driver?.state.getState()).toMatchObject({ phase: 'stopped' });
    expect(driver?.state.getState().message).toMatch(/undo/);
    store.getState().edit({ type: 'addOperator', operator: 'Format' });
    await driver?.settled();
    expect(library.getState().episodes[0]?.steps).toHaveLength(2);
  });

  it('a refused finish is a recorded step and the recording goes on', async () => {
    const { store, library, workbench } = setup();
    await workbench.record(task);
    const driver = workbench.state.getState().driver;
    await driver?.finish();
    expect(driver?.state.getState().lastStep?.feedback.status).toBe('refused');
    expect(driver?.state.getState().phase).toBe('ready');
    store.getState().edit({ type: 'addOperator', operator: 'Review' });
    await driver?.settled();
    expect(library.getState().episodes[0]?.steps.map((s) => s.feedback.status)).toEqual([
      'refused',
      'succeeded',
    ]);
  });
});

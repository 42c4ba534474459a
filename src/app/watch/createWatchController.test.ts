import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createFakeSandbox } from '../../core/testing/FakeSandbox.ts';
import { createEpisodeLibrary } from '../episodes/createEpisodeLibrary.ts';
import { createPolicyCatalog } from '../policies/createPolicyCatalog.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { createWatchController } from './createWatchController.ts';
import { WATCH_READ_ONLY, type WatchController } from './WatchController.ts';
import { openWatchSession } from './openWatchSession.ts';

const registry = createBuiltinRegistry();
const USER_DSL = 'Custom -> Format';

function setup() {
  const store = createAppStore(registry, USER_DSL);
  store.getState().edit({ type: 'addOperator', operator: 'Plan', position: 0 });
  const episodes = createEpisodeLibrary();
  const controller = createWatchController({
    store,
    catalog: createPolicyCatalog({ registry }),
    episodes,
    getSandbox: () => createFakeSandbox(),
    // Static, so fake timers need not wait on a module load.
    open: (request) => Promise.resolve(openWatchSession(request)),
  });
  return { store, episodes, controller };
}

/** Lets pending promise chains finish without moving the fake clock (so no new step starts). */
async function settle(controller: WatchController): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    await vi.advanceTimersByTimeAsync(0);
    const { busy, phase } = controller.state.getState();
    if (!busy && phase !== 'loading') return;
  }
  throw new Error('the watch controller never settled');
}

/** Plays at Instant until the episode is over. */
async function playToEnd(controller: WatchController): Promise<void> {
  controller.setSpeed('instant');
  controller.play();
  for (let i = 0; i < 100 && controller.state.getState().phase !== 'done'; i++) {
    await settle(controller);
    await vi.advanceTimersByTimeAsync(1);
  }
  await settle(controller);
  expect(controller.state.getState().phase).toBe('done');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createWatchController', () => {
  it('plays one step per pause at the chosen speed; pause holds; Step takes exactly one action', async () => {
    const { store, controller } = setup();
    const userWorkflow = store.getState().workflow;
    void controller.watch();
    await settle(controller);
    let s = controller.state.getState();
    expect(s.phase).toBe('playing');
    expect(s.task?.id).toBeTruthy();
    expect(s.preview).toMatchObject({ turn: 1, actions: [{ probability: 1 }] });
    expect(store.getState().workflow.nodes).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1199);
    expect(controller.state.getState().steps).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await settle(controller);
    s = controller.state.getState();
    expect(s.steps).toHaveLength(1);
    expect(s.narration).toMatch(/^Turn 1: add /);
    expect(s.preview?.turn).toBe(2);
    expect(store.getState().workflow.nodes.length).toBeGreaterThan(0);
    const firstId = store.getState().workflow.nodes[0]?.id ?? '';
    expect(store.getState().nodeStatus[firstId]).toBe('succeeded');

    controller.setSpeed('4');
    await vi.advanceTimersByTimeAsync(299);
    expect(controller.state.getState().steps).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle(controller);
    expect(controller.state.getState().steps).toHaveLength(2);

    controller.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(controller.state.getState()).toMatchObject({ phase: 'paused', steps: { length: 2 } });
    await controller.step();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(controller.state.getState()).toMatchObject({ phase: 'paused', steps: { length: 3 } });
    expect(controller.state.getState().steps.map((x) => x.turn)).toEqual([1, 2, 3]);
    // The canvas is the policy's while it plays: hand edits are refused with the reason.
    expect(store.getState().edit({ type: 'addOperator', operator: 'Review' })).toBe(false);
    expect(store.getState().notice?.text).toBe(WATCH_READ_ONLY);

    controller.restore();
    expect(store.getState().workflow).toBe(userWorkflow);
    // The policy's edits never entered the user's undo history.
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().readOnly).toBeNull();
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
    expect(controller.state.getState()).toMatchObject({ phase: 'idle', saved: false });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.getState().workflow).toBe(userWorkflow);
  });

  it('files the finished episode in the library, with the final reward, and restores the user’s workflow', async () => {
    const { store, episodes, controller } = setup();
    void controller.watch();
    await settle(controller);
    await playToEnd(controller);
    const s = controller.state.getState();
    const last = s.steps.at(-1);
    expect(last?.done).toBe(true);
    expect(last?.reward?.rDiv).toBeGreaterThan(0);
    expect(s.narration).toMatch(/reward -?\d\.\d\d\.$/);
    const filed = episodes.getState().episodes;
    expect(filed).toHaveLength(1);
    expect(filed[0]?.id).toBe(s.episodeId);
    expect(filed[0]?.steps).toHaveLength(s.steps.length);
    expect(filed[0]?.actor).toMatchObject({ kind: 'policy', name: 'heuristic', seed: 1 });
    controller.restore();
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
  });

  it('Keep this workflow adopts the policy’s result as one undoable step', async () => {
    const { store, controller } = setup();
    void controller.watch();
    await settle(controller);
    await playToEnd(controller);
    const policyDsl = store.getState().dslText;
    expect(policyDsl).not.toBe('Plan -> Custom -> Format');
    controller.keep();
    expect(store.getState().dslText).toBe(policyDsl);
    expect(store.getState().notice?.text).toMatch(/Kept the policy’s workflow/);
    store.getState().undo();
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
    store.getState().undo();
    expect(store.getState().dslText).toBe(USER_DSL);
  });

  it('restarts from turn 0 with the same seed and drops the old episode’s late results', async () => {
    const { store, controller } = setup();
    void controller.watch();
    await settle(controller);
    controller.pause();
    await controller.step();
    await controller.step();
    const first = controller.state.getState().steps.map((x) => x.action);
    void controller.restart();
    await settle(controller);
    controller.pause();
    expect(controller.state.getState().steps).toHaveLength(0);
    expect(store.getState().workflow.nodes).toHaveLength(0);
    await controller.step();
    await controller.step();
    expect(controller.state.getState().steps.map((x) => x.action)).toEqual(first);
    controller.restore();
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
  });

  it('says when a policy reports no probabilities (random), and reports a policy that cannot load', async () => {
    const { store, controller } = setup();
    controller.setPolicy('random');
    controller.setSeed(7);
    void controller.watch();
    await settle(controller);
    expect(controller.state.getState().preview).toEqual({ turn: 1, actions: null });
    controller.setPolicy('checkpoint:gone');
    void controller.restart();
    await settle(controller);
    expect(controller.state.getState()).toMatchObject({ phase: 'error', saved: true });
    expect(controller.state.getState().error).toMatch(/No checkpoint store/);
    controller.restore();
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
  });

  it('will not take the canvas from the episode player', async () => {
    const { store, controller } = setup();
    store.setState({ borrowed: true });
    await controller.watch();
    expect(controller.state.getState()).toMatchObject({ phase: 'error', saved: false });
    expect(controller.state.getState().error).toMatch(/close it there/);
    expect(store.getState().dslText).toBe('Plan -> Custom -> Format');
  });

  it('lists the catalog’s policies and keeps a valid pick', async () => {
    const { controller } = setup();
    controller.setPolicy('checkpoint:old');
    await controller.refreshChoices();
    const s = controller.state.getState();
    expect(s.choices.map((c) => c.id)).toEqual(['heuristic', 'random', 'untrained']);
    expect(s.policyId).toBe('heuristic');
  });
});

import { createStore } from 'zustand/vanilla';
import type { CanvasEvent } from '../../core/canvas/events.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { Rng } from '../../core/ports/Rng.ts';
import { createRng } from '../../core/util/createRng.ts';
import { createEpisodeCanvas } from '../episodes/createEpisodeCanvas.ts';
import type { LoadedPolicy } from '../policies/PolicyCatalog.ts';
import type { WatchSession, WatchSessionRequest } from './openWatchSession.ts';
import { WATCH_READ_ONLY, type WatchController, type WatchControllerDeps } from './WatchController.ts';
import { INITIAL_WATCH_STATE, type WatchState } from './watchState.ts';
import { actorFor, mirrorCanvasEvent } from './mirrorCanvasEvent.ts';
import { narrateStep } from './narrateStep.ts';
import { latencyScale, stepDelayMs } from './watchSpeeds.ts';
import { findImportedSet } from '../datasets/importedSets.ts';

interface Live extends WatchSession {
  policy: LoadedPolicy;
  rng: Rng;
  abort: AbortController;
  unsubscribe: () => void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The watch controller: owns one episode session and one loaded policy, steps on a timer at the chosen speed,
 * mirrors each edit and per-node run status onto the main canvas without touching the undo history, and files the
 * finished episode in the library. The user's workflow is saved when watching starts and comes back on restore.
 */
export function createWatchController(deps: WatchControllerDeps): WatchController {
  const state = createStore<WatchState>()(() => ({ ...INITIAL_WATCH_STATE }));
  const set = (patch: Partial<WatchState>): void => state.setState(patch);
  const { store } = deps;
  const open =
    deps.open ?? ((request) => import('./openWatchSession.ts').then((m) => m.openWatchSession(request)));
  // Simulated latency follows the speed chosen now, not the one at the start.
  const pacedClock: Clock = {
    now: () => systemClock.now(),
    sleep: (ms, signal) => systemClock.sleep(ms * latencyScale(state.getState().speed), signal),
  };
  const canvas = deps.canvas ?? createEpisodeCanvas(store);
  // Whether this controller borrowed the canvas (and so must give it back).
  let borrowed = false;
  let live: Live | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Bumped whenever the current episode is dropped, so late results of an old one are ignored.
  let generation = 0;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const close = (): void => {
    generation++;
    clearTimer();
    if (!live) return;
    live.abort.abort();
    live.unsubscribe();
    live.policy.dispose();
    live = null;
  };
  const schedule = (gen: number, delay: number): void => {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void runStep(gen);
    }, delay);
  };

  const onCanvasEvent =
    (gen: number) =>
    (event: CanvasEvent): void => {
      if (gen === generation) mirrorCanvasEvent(event, canvas, store);
    };

  const refreshPreview = async (gen: number, current: Live): Promise<void> => {
    const input = current.session.policyInput();
    const { policy } = current.policy;
    const actions = policy.topActions ? await policy.topActions(input, 5) : null;
    if (gen === generation) set({ preview: { turn: input.observation.turn + 1, actions } });
  };

  const fail = (error: unknown): void => {
    clearTimer();
    set({
      phase: 'error',
      busy: false,
      error: message(error),
      narration: `Watching stopped: ${message(error)}`,
    });
  };

  async function runStep(gen: number): Promise<void> {
    const current = live;
    if (!current || gen !== generation || state.getState().busy || current.session.done) return;
    set({ busy: true });
    try {
      const step = await current.session.stepWithPolicy(current.policy.policy, current.rng, {
        signal: current.abort.signal,
      });
      if (gen !== generation) return;
      set({ steps: [...state.getState().steps, step], narration: narrateStep(step) });
      if (step.done) {
        const record = current.session.record();
        deps.episodes.getState().add(record);
        set({ phase: 'done', busy: false, preview: null, episodeId: record.id });
        return;
      }
      await refreshPreview(gen, current);
    } catch (error) {
      if (gen === generation) fail(error);
      return;
    }
    if (gen !== generation) return;
    set({ busy: false });
    if (state.getState().phase === 'playing') schedule(gen, stepDelayMs(state.getState().speed));
  }

  async function watch(): Promise<void> {
    close();
    const gen = generation;
    const s = store.getState();
    if (!borrowed && s.borrowed) {
      // Another borrower (the episode player) holds the canvas; taking it over would lose track of the user's.
      fail(new Error('The canvas shows an episode from the Episode tab: close it there, then watch.'));
      return;
    }
    if (!borrowed) {
      canvas.enter();
      borrowed = true;
    }
    canvas.lock(WATCH_READ_ONLY);
    const { policyId, seed } = state.getState();
    set({
      phase: 'loading',
      busy: false,
      task: null,
      steps: [],
      preview: null,
      error: null,
      saved: true,
      episodeId: null,
      narration: `Loading the ${policyId} policy…`,
    });
    let policy: LoadedPolicy | null = null;
    try {
      const imported = findImportedSet(s.importedSets, s.suite);
      const request: WatchSessionRequest = {
        suite: s.suite,
        taskIndex: s.taskIndex,
        ...(imported ? { tasks: imported.tasks } : {}),
        registry: s.registry,
        sandbox: deps.getSandbox(),
        seed,
        actor: actorFor(policyId, seed),
        ...(deps.getLlm ? { llm: deps.getLlm(String(seed), pacedClock) } : {}),
        ...(deps.latencyMs ? { pacing: { clock: pacedClock, latencyMs: deps.latencyMs } } : {}),
      };
      // Policy and runtime load side by side; a policy loaded for a session that failed to open is freed.
      const loading = deps.catalog.load(policyId, seed);
      loading.catch(() => undefined);
      const opened = await open(request).catch((error: unknown) => {
        void loading.then(
          (p) => p.dispose(),
          () => undefined,
        );
        throw error;
      });
      const loaded = await loading;
      policy = loaded;
      if (gen !== generation) {
        loaded.dispose();
        return;
      }
      const unsubscribe = opened.session.subscribe(onCanvasEvent(gen));
      const current: Live = {
        ...opened,
        policy: loaded,
        rng: createRng(`watch:${seed}`),
        abort: new AbortController(),
        unsubscribe,
      };
      live = current;
      await opened.session.start();
      if (gen !== generation) return;
      const { task } = opened;
      set({
        task: { suite: s.suite, index: s.taskIndex, id: task.id, question: task.question },
        narration: `Watching ${loaded.policy.name}${loaded.backend ? ` (tfjs on ${loaded.backend})` : ''} on task ${task.id}.`,
      });
      await refreshPreview(gen, current);
      if (gen !== generation) return;
      set({ phase: 'playing' });
      schedule(gen, stepDelayMs(state.getState().speed));
    } catch (error) {
      if (gen !== generation) return;
      if (policy && live?.policy !== policy) policy.dispose();
      fail(error);
    }
  }

  /** Gives the canvas back with the user's workflow and history; false when it was not borrowed. */
  const putBack = (): boolean => {
    const was = borrowed;
    close();
    borrowed = false;
    if (was) canvas.leave();
    set({ phase: 'idle', busy: false, preview: null, saved: false });
    return was;
  };

  return {
    state,
    async refreshChoices() {
      const choices = await deps.catalog.list();
      set({ choices });
      if (!choices.some((c) => c.id === state.getState().policyId)) set({ policyId: choices[0]?.id ?? '' });
    },
    setPolicy: (policyId) => set({ policyId }),
    setSeed: (seed) => set({ seed: Number.isFinite(seed) ? Math.floor(seed) : 0 }),
    setSpeed(speed) {
      set({ speed });
      // A pending pause between steps follows the new speed at once.
      if (timer !== null) schedule(generation, stepDelayMs(speed));
    },
    watch,
    play() {
      const { phase, busy } = state.getState();
      if (!live || live.session.done || (phase !== 'paused' && phase !== 'playing')) return;
      set({ phase: 'playing' });
      if (!busy && timer === null) schedule(generation, 0);
    },
    pause() {
      if (state.getState().phase !== 'playing') return;
      clearTimer();
      set({ phase: 'paused' });
    },
    async step() {
      const { phase } = state.getState();
      if (phase === 'playing') {
        clearTimer();
        set({ phase: 'paused' });
      }
      if (phase === 'playing' || phase === 'paused') await runStep(generation);
    },
    restart: watch,
    restore() {
      if (putBack()) set({ narration: 'Back to your workflow.' });
    },
    keep() {
      const result = store.getState().workflow;
      if (!putBack()) return;
      store.getState().replaceWorkflow(result, {
        notice: { kind: 'info', text: 'Kept the policy’s workflow: undo (Ctrl+Z) brings yours back.' },
      });
      store.setState({ nodeStatus: {}, nodeMessages: {} });
      set({ narration: 'Kept the policy’s workflow.' });
    },
    dispose() {
      putBack();
    },
  };
}

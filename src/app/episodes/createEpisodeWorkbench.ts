import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_ACTION_RULES } from '../../core/actions/types.ts';
import type { ScoreAnswer } from '../../core/canvas/canvasEnvTypes.ts';
import {
  createEpisodeSession,
  forkEpisode,
  workflowAtStep,
  type EpisodeActor,
  type EpisodeBackend,
  type EpisodeRecord,
  type EpisodeSession,
} from '../../core/episodes/index.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { Policy } from '../../core/policy/types.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import type { Task } from '../../core/tasks/types.ts';
import { createRng } from '../../core/util/createRng.ts';
import type { AppState } from '../store/createAppStore.ts';
import type { EpisodeLibraryState } from './createEpisodeLibrary.ts';
import { createEpisodeCanvas, type EpisodeCanvas } from './createEpisodeCanvas.ts';
import { createEpisodeDriver, HAND_ACTOR, type EpisodeDriver } from './createEpisodeDriver.ts';
import { createEpisodePlayer, type EpisodePlayer } from './createEpisodePlayer.ts';

/** Turns a hand recording may take (the paper's limit; hand edits come one per turn, prompts included). */
export const HAND_MAX_TURNS = 20;

/** What sessions run on: operators, sandbox, clock, metric, and the backend for an episode's recorded backend. */
export interface EpisodeRuntime {
  registry: OperatorRegistry;
  sandbox: CodeSandbox;
  clock: Clock;
  score: ScoreAnswer;
  llmFor(backend: EpisodeBackend): LlmClient;
  /** The backend the settings choose now, for a new recording seeded by `seed` (the run uses the task id). */
  liveBackend(seed: string): { llm: LlmClient; backend: EpisodeBackend };
}

/** What the episode tab is doing: browsing the library, replaying, editing a fork, or recording by hand. */
export type WorkbenchMode = 'browse' | 'replay' | 'fork' | 'record';

/** The workbench's state; `original` and `atStep` describe the fork being edited. */
export interface WorkbenchState {
  mode: WorkbenchMode;
  original: EpisodeRecord | null;
  atStep: number;
  driver: EpisodeDriver | null;
  /** Something the user must read (a fork that cannot start, a policy that failed to load). */
  error: string | null;
}

/** What the workbench needs: the app store, the library, and the runtime (loaded when a session first starts). */
export interface EpisodeWorkbenchDeps {
  store: StoreApi<AppState>;
  library: StoreApi<EpisodeLibraryState>;
  runtime: () => Promise<EpisodeRuntime>;
  canvas?: EpisodeCanvas;
  policyStepMs?: number;
}

/** The episode tab's controller: the player, forks that continue by hand or by policy, and hand recordings. */
export interface EpisodeWorkbench {
  state: StoreApi<WorkbenchState>;
  player: EpisodePlayer;
  /** Opens an episode in the player (ending a fork or recording first). */
  open(episode: EpisodeRecord, step?: number): void;
  /** Closes the player or fork; the user's own workflow returns to the canvas. */
  close(): void;
  /** Forks the player's episode at its current step: the canvas becomes editable from there. */
  fork(): Promise<void>;
  /** Lets a policy play the rest of the fork (or of the hand recording). */
  resume(policy: Policy, seed: number, actor: EpisodeActor): Promise<void>;
  /** Starts recording hand edits of the current canvas workflow as an episode on `task`. */
  record(task: Task): Promise<void>;
  /** Stops recording or the fork's hand recording; the episode so far stays in the library. */
  stop(): void;
}

/** Shown when the Watch tab has the canvas. */
export const CANVAS_BUSY =
  'The canvas is showing a watched episode: press “Back to my workflow” in the Watch tab first.';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Makes the workbench; see {@link EpisodeWorkbench}. */
export function createEpisodeWorkbench(deps: EpisodeWorkbenchDeps): EpisodeWorkbench {
  const { store, library } = deps;
  const canvas = deps.canvas ?? createEpisodeCanvas(store);
  // The workbench borrows and returns the canvas; the player only shows steps on it.
  const player = createEpisodePlayer({
    canvas: { enter: () => undefined, show: (w) => canvas.show(w), leave: () => undefined },
    workflowAt: workflowAtStep,
  });
  const state = createStore<WorkbenchState>()(() => ({
    mode: 'browse',
    original: null,
    atStep: 0,
    driver: null,
    error: null,
  }));
  let session: EpisodeSession | null = null;

  const endDriver = (): void => {
    state.getState().driver?.end();
    session = null;
    state.setState({ driver: null });
  };
  /** Keeps an episode once it has a step of its own (a fork with no new step is just its original). */
  const keep = (minSteps: number) => (episode: EpisodeRecord) => {
    if (episode.steps.length > minSteps) library.getState().add(episode);
  };
  const drive = async (next: EpisodeSession, minSteps: number): Promise<void> => {
    const driver = createEpisodeDriver({
      store,
      onRecord: keep(minSteps),
      ...(deps.policyStepMs === undefined ? {} : { policyStepMs: deps.policyStepMs }),
    });
    session = next;
    state.setState({ driver, error: null });
    await driver.begin(next);
  };
  const forkSession = async (actor: EpisodeActor): Promise<EpisodeSession> => {
    const { original, atStep } = state.getState();
    if (!original) throw new Error('Open an episode and pick a step before forking.');
    const rt = await deps.runtime();
    const { registry, sandbox, clock, score } = rt;
    return forkEpisode(original, atStep, {
      registry,
      sandbox,
      clock,
      score,
      actor,
      llm: rt.llmFor(original.backend),
    });
  };

  // Another borrower (the Watch tab) holds the canvas: taking it too would save its episode as the user's work.
  const busyElsewhere = (): boolean => {
    if (!store.getState().borrowed || canvas.borrowed()) return false;
    state.setState({ error: CANVAS_BUSY });
    return true;
  };

  const workbench: EpisodeWorkbench = {
    state,
    player,
    open(episode, step = 0) {
      if (busyElsewhere()) return;
      endDriver();
      if (state.getState().mode === 'record') canvas.lock(null);
      canvas.enter();
      state.setState({ mode: 'replay', original: null, atStep: 0, error: null });
      player.open(episode, step);
    },
    close() {
      endDriver();
      player.close();
      canvas.leave();
      state.setState({ mode: 'browse', original: null, atStep: 0, error: null });
    },
    async fork() {
      const { episode, step } = player.state.getState();
      if (!episode) return;
      player.pause();
      state.setState({ original: episode, atStep: step });
      try {
        const next = await forkSession(HAND_ACTOR);
        endDriver();
        canvas.unlock(workflowAtStep(episode, step), episode.task.type);
        state.setState({ mode: 'fork' });
        await drive(next, step);
      } catch (error) {
        state.setState({ error: `This step cannot be forked: ${message(error)}` });
      }
    },
    async resume(policy, seed, actor) {
      const { driver, mode, atStep } = state.getState();
      if (!driver || !session || (mode !== 'fork' && mode !== 'record')) return;
      await driver.settled();
      // A fork nobody has touched yet belongs to the policy: record it as the policy's episode.
      const untouched = mode === 'fork' && (driver.state.getState().episode?.steps.length ?? 0) <= atStep;
      try {
        if (untouched) {
          const next = await forkSession(actor);
          endDriver();
          await drive(next, atStep);
        }
        await state.getState().driver?.runPolicy(policy, createRng(seed));
      } catch (error) {
        state.setState({ error: `The policy could not continue: ${message(error)}` });
      }
    },
    async record(task) {
      if (busyElsewhere()) return;
      if (state.getState().mode !== 'browse') workbench.close();
      const rt = await deps.runtime();
      const next = createEpisodeSession({
        task,
        registry: rt.registry,
        sandbox: rt.sandbox,
        clock: rt.clock,
        score: rt.score,
        ...rt.liveBackend(task.id),
        rules: DEFAULT_ACTION_RULES,
        maxTurns: HAND_MAX_TURNS,
        actor: HAND_ACTOR,
        initialWorkflow: store.getState().workflow,
      });
      state.setState({ mode: 'record', original: null, atStep: 0 });
      try {
        await drive(next, 0);
      } catch (error) {
        endDriver();
        state.setState({ mode: 'browse', error: `Recording could not start: ${message(error)}` });
      }
    },
    stop() {
      const { mode, driver } = state.getState();
      driver?.end('Recording stopped: the episode so far is in the library.');
      if (mode === 'record') {
        session = null;
        state.setState({ mode: 'browse' });
      }
    },
  };
  return workbench;
}

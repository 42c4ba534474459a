import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CanvasAction } from '../../core/actions/types.ts';
import type { EpisodeActor, EpisodeRecord, EpisodeSession, EpisodeStep } from '../../core/episodes/index.ts';
import type { Workflow } from '../../core/graph/types.ts';
import type { Policy } from '../../core/policy/types.ts';
import type { Rng } from '../../core/ports/Rng.ts';
import type { AppState } from '../store/createAppStore.ts';

/** The actor of hand-made steps. */
export const HAND_ACTOR: EpisodeActor = { kind: 'human', name: 'hand' };

/** Why the canvas is read-only while a policy continues an episode. */
export const POLICY_READ_ONLY =
  'A policy is editing the canvas: wait for it to finish, or press “Stop policy”.';

/** Where a driven session stands. */
export type DriverPhase = 'idle' | 'starting' | 'ready' | 'stepping' | 'policy' | 'done' | 'stopped';

/** What the panel shows of the session: its record so far, the last step, live calls, and why it stopped. */
export interface DriverState {
  phase: DriverPhase;
  episode: EpisodeRecord | null;
  lastStep: EpisodeStep | null;
  /** Backend calls not served from recorded responses (what "only changed nodes re-run" costs). */
  liveCalls: number;
  message: string | null;
}

/** What a driver needs: the app store (hand edits, the canvas) and where each step's record goes. */
export interface EpisodeDriverDeps {
  store: StoreApi<AppState>;
  /** Called after every step with the whole record so far (the library keeps it by id). */
  onRecord(episode: EpisodeRecord): void;
  /** Pause between policy steps so the canvas can be watched; default 0. */
  policyStepMs?: number;
}

/**
 * Drives one episode session from the studio: each accepted hand edit becomes a human step (in order, one at a
 * time), a policy can take over until the episode ends, and the canvas always shows the session's workflow.
 * Changes that are not episode actions (undo, typed text, an import) stop the recording rather than diverge.
 */
export interface EpisodeDriver {
  state: StoreApi<DriverState>;
  /** Starts the session and listens to hand edits. */
  begin(session: EpisodeSession): Promise<void>;
  /** Sends `finish` as a hand step (the finish rule may refuse it). */
  finish(): Promise<void>;
  /** Lets the policy act until the episode ends or {@link stopPolicy}. */
  runPolicy(policy: Policy, rng: Rng): Promise<void>;
  stopPolicy(): void;
  /** Stops listening; later edits are not recorded. Returns the record so far. */
  end(message?: string): EpisodeRecord | null;
  /** Resolves when every queued hand step has been recorded. */
  settled(): Promise<void>;
}

const sameWorkflow = (a: Workflow, b: Workflow): boolean => JSON.stringify(a) === JSON.stringify(b);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes a driver for one session; see {@link EpisodeDriver}. */
export function createEpisodeDriver(deps: EpisodeDriverDeps): EpisodeDriver {
  const { store } = deps;
  const state = createStore<DriverState>()(() => ({
    phase: 'idle',
    episode: null,
    lastStep: null,
    liveCalls: 0,
    message: null,
  }));
  let session: EpisodeSession | null = null;
  let queue: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void)[] = [];
  let mirroring = false;
  // New workflows not yet claimed by an accepted hand edit; one still unclaimed after the edit is not an action.
  const unclaimed = new Set<Workflow>();
  let policyAbort: AbortController | null = null;

  const listening = (): boolean => session !== null && unsubscribe.length > 0;
  const publish = (step: EpisodeStep | null): void => {
    if (!session) return;
    const episode = session.record();
    deps.onRecord(episode);
    state.setState({ episode, liveCalls: session.liveCalls(), ...(step ? { lastStep: step } : {}) });
  };
  /** Shows the session's workflow on the canvas without taking it for a hand edit. */
  const mirror = (): void => {
    if (!session) return;
    const workflow = session.workflow;
    if (sameWorkflow(store.getState().workflow, workflow)) return;
    mirroring = true;
    try {
      store.getState().replaceWorkflow(workflow, { record: false });
    } finally {
      mirroring = false;
    }
  };
  const afterStep = (step: EpisodeStep): void => {
    publish(step);
    if (session?.done) {
      driver.end('The episode is over: it is in the library.');
      state.setState({ phase: 'done' });
    }
  };
  const handStep = (action: CanvasAction): void => {
    queue = queue.then(async () => {
      if (!session || session.done) return;
      state.setState({ phase: 'stepping' });
      try {
        const step = await session.step(action, { actor: HAND_ACTOR });
        if (state.getState().phase === 'stepping') state.setState({ phase: 'ready' });
        afterStep(step);
        // The canvas judged the edit in the studio's context; when the episode's refuses it, they part ways here.
        if (!step.outcome.ok && action.type !== 'finish') {
          driver.end(`Recording stopped: the episode refused “${step.feedback.message}”`);
        }
      } catch (error) {
        driver.end(`Recording stopped: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };

  const driver: EpisodeDriver = {
    state,
    async begin(next) {
      session = next;
      state.setState({ phase: 'starting', message: null, lastStep: null });
      await next.start();
      publish(null);
      mirror();
      state.setState({ phase: next.done ? 'done' : 'ready' });
      unsubscribe = [
        store.getState().onEdit((action, workflow) => {
          unclaimed.delete(workflow);
          handStep(action);
        }),
        store.subscribe((s, previous) => {
          if (s.workflow === previous.workflow || mirroring) return;
          const changed = s.workflow;
          unclaimed.add(changed);
          // An accepted edit changes the workflow before its listeners run, so the claim comes a moment later.
          queueMicrotask(() => {
            const claimed = !unclaimed.delete(changed);
            if (claimed || !listening()) return;
            driver.end('Recording stopped: undo, typed text and imports are not episode actions.');
          });
        }),
      ];
    },
    finish() {
      handStep({ type: 'finish' });
      return driver.settled();
    },
    async runPolicy(policy, rng) {
      if (!session || session.done) return;
      await queue;
      const controller = new AbortController();
      policyAbort = controller;
      store.getState().setReadOnly(POLICY_READ_ONLY);
      state.setState({ phase: 'policy', message: null });
      try {
        while (session && !session.done && !controller.signal.aborted) {
          const step = await session.stepWithPolicy(policy, rng, { signal: controller.signal });
          mirror();
          afterStep(step);
          if (deps.policyStepMs && !session.done) await sleep(deps.policyStepMs);
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          state.setState({
            message: `The policy stopped: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      } finally {
        policyAbort = null;
        if (store.getState().readOnly === POLICY_READ_ONLY) store.getState().setReadOnly(null);
        const { phase } = state.getState();
        if (phase === 'policy') state.setState({ phase: session?.done ? 'done' : 'ready' });
      }
    },
    stopPolicy() {
      policyAbort?.abort();
    },
    end(message) {
      for (const stop of unsubscribe) stop();
      unsubscribe = [];
      policyAbort?.abort();
      const episode = session ? session.record() : null;
      if (state.getState().phase !== 'done') state.setState({ phase: 'stopped' });
      if (message !== undefined) state.setState({ message });
      return episode;
    },
    settled: () => queue,
  };
  return driver;
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ContenderResult,
  EvaluationEvent,
  EvaluationOutcome,
  EvaluationRequest,
} from '../../workers/evaluation/evaluationTypes.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import { DEFAULT_SELECTION } from './contenderCatalog.ts';

/** The evaluation worker as the view uses it (the comlink proxy, or the plain API in tests). */
export interface EvaluationPort {
  listCheckpoints(): Promise<string[]>;
  evaluate(
    request: EvaluationRequest,
    listener: (event: EvaluationEvent) => void,
  ): Promise<EvaluationOutcome>;
  cancel(): void;
}

/** The built-in task sets the view offers, in display order. */
export const TASK_SETS = ['builtin:math', 'builtin:qa', 'builtin:code'] as const;

/** Tasks per set by default: enough for an interval, quick on the simulated backend. */
export const DEFAULT_LIMIT = 30;

/** What the user picked in the form; kept in the session so switching views does not lose it. */
export interface EvaluationSetup {
  sets: Record<string, { selected: boolean; limit: number }>;
  contenders: string[];
  seed: number;
  profile: string;
}

/** Where an evaluation stands. */
export type EvaluationPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface EvaluationSessionState {
  setup: EvaluationSetup;
  checkpoints: string[];
  phase: EvaluationPhase;
  done: number;
  total: number;
  /** The contender being evaluated. */
  current: string | null;
  startedAt: number | null;
  /** The latest progress time, for the ETA. */
  updatedAt: number | null;
  results: ContenderResult[];
  failures: EvaluationOutcome['failures'];
  error: string | null;
  /** The request of the latest run (the table's columns and the exports describe it). */
  request: EvaluationRequest | null;
  seconds: number;
  setSetup(patch: Partial<EvaluationSetup>): void;
  refreshCheckpoints(): Promise<void>;
  run(request: EvaluationRequest): Promise<void>;
  cancel(): void;
}

const initialSetup = (): EvaluationSetup => ({
  sets: Object.fromEntries(
    TASK_SETS.map((s) => [s, { selected: s === 'builtin:math', limit: DEFAULT_LIMIT }]),
  ),
  contenders: [...DEFAULT_SELECTION],
  seed: 1,
  profile: 'default',
});

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The evaluation view's state and its link to the worker; one per page, so a run survives a view switch. */
export function createEvaluationSession(
  port: EvaluationPort,
  now: () => number = () => performance.now(),
): StoreApi<EvaluationSessionState> {
  return createStore<EvaluationSessionState>()((set, get) => {
    let runs = 0;
    const apply = (event: EvaluationEvent): void => {
      switch (event.type) {
        case 'started':
          set({ total: event.total, done: 0 });
          return;
        case 'contenderStarted':
          set({ current: event.label });
          return;
        case 'taskDone':
          set({ done: event.done, total: event.total, updatedAt: now() });
          return;
        case 'contenderFinished':
          set({ results: [...get().results.filter((r) => r.id !== event.result.id), event.result] });
          return;
        case 'contenderFailed':
          set({ failures: [...get().failures, event] });
          return;
        default:
          assertNever(event, 'evaluation event');
      }
    };
    return {
      setup: initialSetup(),
      checkpoints: [],
      phase: 'idle',
      done: 0,
      total: 0,
      current: null,
      startedAt: null,
      updatedAt: null,
      results: [],
      failures: [],
      error: null,
      request: null,
      seconds: 0,
      setSetup(patch) {
        set({ setup: { ...get().setup, ...patch } });
      },
      async refreshCheckpoints() {
        try {
          set({ checkpoints: await port.listCheckpoints() });
        } catch (error) {
          set({ error: `Could not list checkpoints: ${message(error)}` });
        }
      },
      async run(request) {
        if (get().phase === 'running') return;
        set({
          phase: 'running',
          done: 0,
          total: 0,
          current: null,
          startedAt: now(),
          updatedAt: null,
          results: [],
          failures: [],
          error: null,
          request,
          seconds: 0,
        });
        // Events travel on their own channel from the worker and may land after the outcome: only the live run's
        // events count, and only until its outcome arrives.
        const run = ++runs;
        const live = (event: EvaluationEvent): void => {
          if (run === runs && get().phase === 'running') apply(event);
        };
        try {
          const outcome = await port.evaluate(request, live);
          set({
            phase: outcome.status,
            results: outcome.results,
            failures: outcome.failures,
            seconds: outcome.seconds,
            done: outcome.done,
            total: outcome.total,
            current: null,
          });
        } catch (error) {
          set({ phase: 'failed', error: message(error), current: null });
        }
      },
      cancel() {
        if (get().phase === 'running') port.cancel();
      },
    };
  });
}

/** Seconds left, from the pace so far; null until a task has finished. */
export function etaSeconds(
  state: Pick<EvaluationSessionState, 'done' | 'total' | 'startedAt' | 'updatedAt'>,
) {
  const { done, total, startedAt, updatedAt } = state;
  if (startedAt === null || updatedAt === null || done === 0 || total === 0) return null;
  return (((updatedAt - startedAt) / done) * (total - done)) / 1000;
}

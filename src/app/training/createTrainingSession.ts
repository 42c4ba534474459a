import { proxy, type Remote } from 'comlink';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  IdbCheckpointStore,
  TrainingRunRecord,
} from '../../adapters/browser/createIdbCheckpointStore.ts';
import type { PolicyArtifacts } from '../../core/policy/types.ts';
import type { TrainerStartRequest } from '../../core/training/createTrainerApi.ts';
import type { TrainerAlgo } from '../../core/training/trainerConfig.ts';
import type { TrainerEvent } from '../../core/training/trainerTypes.ts';
import type {
  BackendInfo,
  BackendPreference,
  TrainerWorkerApi,
} from '../../workers/trainer/trainerWorkerApi.ts';
import { IDLE_TRAINING, reduceTrainingEvents } from './trainingViewModel.ts';
import type { TrainingViewModel } from './trainingViewModel.ts';

/** The built-in suites a run can train on; `all` is every one of them. */
export const TRAINING_SUITES = ['builtin:math', 'builtin:qa', 'builtin:code', 'all'] as const;
/** One entry of {@link TRAINING_SUITES}. */
export type TrainingSuiteChoice = (typeof TRAINING_SUITES)[number];

/** The training panel's settings. */
export interface TrainingForm {
  suite: TrainingSuiteChoice;
  algo: TrainerAlgo;
  groupSize: number;
  batchTasks: number;
  iterations: number;
  checkpointEvery: number;
  backend: BackendPreference;
  seed: number;
}

/** A short run that shows learning curves within a minute or two on a laptop. */
export const DEFAULT_TRAINING_FORM: TrainingForm = {
  suite: 'all',
  algo: 'cwrpo',
  groupSize: 8,
  batchTasks: 8,
  iterations: 40,
  checkpointEvery: 5,
  backend: 'auto',
  seed: 1,
};

/** The training screen's state: the form, the run's view model, the backend and the saved checkpoints. */
export interface TrainingSessionState {
  form: TrainingForm;
  vm: TrainingViewModel;
  /** The backend the worker runs on (null before the worker started). */
  backend: BackendInfo | null;
  /** True from Start until the worker confirms the run (tfjs and Pyodide may take a few seconds to load). */
  starting: boolean;
  /** The last run's record, when a reload can resume it. */
  lastRun: TrainingRunRecord | null;
  checkpoints: string[];
  /** A failure outside the run itself (the worker did not start, an import was refused). */
  message: string | null;
  setForm(patch: Partial<TrainingForm>): void;
  start(): Promise<void>;
  resumeFromCheckpoint(): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
  /** Reads the last run and the checkpoint list from the store again. */
  refresh(): Promise<void>;
  exportCheckpoint(name: string): Promise<PolicyArtifacts>;
  /** Saves a model read from model.json + weights.bin under `name` (refuses anything but this project's policy). */
  importCheckpoint(name: string, artifacts: PolicyArtifacts): Promise<void>;
}

/** What the session needs: the worker (created on first use) and the checkpoint store it shares with the worker. */
export interface TrainingSessionDeps {
  connect(): Remote<TrainerWorkerApi>;
  checkpoints: Pick<IdbCheckpointStore, 'list' | 'load' | 'save' | 'loadRun'>;
}

/** The suites a form choice trains on. */
export const suitesOf = (choice: TrainingSuiteChoice): string[] =>
  choice === 'all' ? TRAINING_SUITES.filter((s) => s !== 'all') : [choice];

/** Whether a saved run has iterations left to train. */
export const canResume = (run: TrainingRunRecord | null): run is TrainingRunRecord =>
  run !== null && run.state.iteration < run.state.config.iterations;

/** The form fields a saved run implies (its suites and config). */
export function formOf(run: TrainingRunRecord): Partial<TrainingForm> {
  const c = run.state.config;
  const all = suitesOf('all');
  const suite: TrainingSuiteChoice | undefined =
    run.suites.length === 1
      ? TRAINING_SUITES.find((s) => s === run.suites[0])
      : all.every((s) => run.suites.includes(s))
        ? 'all'
        : undefined;
  return {
    ...(suite ? { suite } : {}),
    algo: c.algo,
    groupSize: c.groupSize,
    batchTasks: c.batchTasks,
    iterations: c.iterations,
    checkpointEvery: c.checkpointEvery,
    ...(typeof c.seed === 'number' ? { seed: c.seed } : {}),
  };
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The training session store; the worker starts only with the first run, so tfjs stays out of the start-up. */
export function createTrainingSession(deps: TrainingSessionDeps): StoreApi<TrainingSessionState> {
  let remote: Remote<TrainerWorkerApi> | null = null;
  let backendFor: BackendPreference | null = null;
  const store = createStore<TrainingSessionState>()((set, get) => {
    const onEvents = (events: TrainerEvent[]): void => {
      set({ vm: reduceTrainingEvents(get().vm, events), starting: false });
      if (events.some((e) => e.type === 'checkpointSaved' || e.type === 'trainingFinished'))
        void get().refresh();
    };
    const worker = async (): Promise<Remote<TrainerWorkerApi>> => {
      if (remote) return remote;
      const r = deps.connect();
      await r.onEvent(proxy(onEvents));
      remote = r;
      return r;
    };
    const launch = async (request: TrainerStartRequest, backend: BackendPreference): Promise<void> => {
      set({ starting: true, message: null });
      try {
        const r = await worker();
        if (backendFor !== backend) {
          set({ backend: await r.useBackend(backend) });
          backendFor = backend;
        }
        await r.start(request);
      } catch (e) {
        set({ starting: false, message: `Training could not start: ${errorText(e)}` });
      }
    };
    return {
      form: DEFAULT_TRAINING_FORM,
      vm: IDLE_TRAINING,
      backend: null,
      starting: false,
      lastRun: null,
      checkpoints: [],
      message: null,
      setForm(patch) {
        set({ form: { ...get().form, ...patch } });
      },
      async start() {
        const f = get().form;
        await launch(
          {
            suites: suitesOf(f.suite),
            config: {
              algo: f.algo,
              groupSize: f.groupSize,
              batchTasks: f.batchTasks,
              iterations: f.iterations,
              checkpointEvery: f.checkpointEvery,
              seed: f.seed,
            },
          },
          f.backend,
        );
      },
      async resumeFromCheckpoint() {
        const run = get().lastRun;
        if (!canResume(run)) return;
        // The form shows the run being resumed (its saved config wins over the form's).
        set({ form: { ...get().form, ...formOf(run) } });
        await launch(
          { suites: run.suites, config: run.state.config, resumeFrom: run.checkpoint },
          get().form.backend,
        );
      },
      pause() {
        const vm = get().vm;
        if (vm.phase !== 'running' || !remote) return;
        set({ vm: { ...vm, phase: 'pausing' } });
        void remote.pause();
      },
      resume() {
        const vm = get().vm;
        if ((vm.phase !== 'paused' && vm.phase !== 'pausing') || !remote) return;
        set({ vm: { ...vm, phase: 'running' } });
        void remote.resume();
      },
      async stop() {
        const vm = get().vm;
        if (!remote || (vm.phase !== 'running' && vm.phase !== 'paused' && vm.phase !== 'pausing')) return;
        set({ vm: { ...vm, phase: 'stopping' } });
        await remote.stop();
      },
      async refresh() {
        try {
          const [lastRun, checkpoints] = await Promise.all([
            deps.checkpoints.loadRun(),
            deps.checkpoints.list(),
          ]);
          set({ lastRun, checkpoints });
        } catch (e) {
          set({ message: `The saved checkpoints could not be read: ${errorText(e)}` });
        }
      },
      exportCheckpoint: (name) => deps.checkpoints.load(name),
      async importCheckpoint(name, artifacts) {
        const topology = artifacts.modelJson['modelTopology'] as { class_name?: unknown } | undefined;
        if (topology?.class_name !== 'FlowSteerFactoredPolicy')
          throw new Error('This model.json is not a FlowSteer policy (modelTopology.class_name differs).');
        await deps.checkpoints.save(name, artifacts);
        await get().refresh();
      },
    };
  });
  return store;
}

import type { Remote } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { TrainingRunRecord } from '../../adapters/browser/createIdbCheckpointStore.ts';
import type { PolicyArtifacts } from '../../core/policy/types.ts';
import type { TrainerStartRequest } from '../../core/training/createTrainerApi.ts';
import { resolveTrainerConfig } from '../../core/training/trainerConfig.ts';
import type { TrainerEvent } from '../../core/training/trainerTypes.ts';
import type { TrainerWorkerApi } from '../../workers/trainer/trainerWorkerApi.ts';
import { canResume, createTrainingSession, formOf, suitesOf } from './createTrainingSession.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A stand-in for the comlink remote: records calls and lets the test emit events. */
function fakeWorker(options: { failStart?: string } = {}) {
  const calls: string[] = [];
  const requests: TrainerStartRequest[] = [];
  let listener: ((events: TrainerEvent[]) => void) | null = null;
  const remote = {
    onEvent: (l: (events: TrainerEvent[]) => void) => {
      listener = l;
      return Promise.resolve(1);
    },
    useBackend: (requested: string) => {
      calls.push(`useBackend:${requested}`);
      return Promise.resolve({ name: 'wasm', requested, skipped: [] });
    },
    start: (request: TrainerStartRequest) => {
      requests.push(request);
      if (options.failStart) return Promise.reject(new Error(options.failStart));
      return Promise.resolve();
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => {
      calls.push('stop');
      return Promise.resolve();
    },
  };
  return {
    remote: remote as unknown as Remote<TrainerWorkerApi>,
    calls,
    requests,
    emit: (events: TrainerEvent[]) => listener?.(events),
  };
}

const config = resolveTrainerConfig({ iterations: 6, groupSize: 4, batchTasks: 2, seed: 3, algo: 'grpo' });
const record = (iteration: number): TrainingRunRecord => ({
  checkpoint: `iter-000${iteration}`,
  suites: ['builtin:math'],
  state: {
    format: 'flowsteer-trainer-state',
    version: 1,
    iteration,
    totalEpisodes: 8 * iteration,
    elapsedSeconds: 1,
    config,
  },
  savedAt: '2026-01-01T00:00:00.000Z',
});

function setup(options: { failStart?: string; lastRun?: TrainingRunRecord | null } = {}) {
  const worker = fakeWorker(options);
  const saved = new Map<string, PolicyArtifacts>();
  let loads = 0;
  const session = createTrainingSession({
    connect: () => worker.remote,
    checkpoints: {
      list: () => Promise.resolve([...saved.keys()].sort()),
      load: (name) => Promise.resolve(saved.get(name) as PolicyArtifacts),
      save: (name, a) => {
        saved.set(name, a);
        return Promise.resolve();
      },
      loadRun: () => {
        loads += 1;
        return Promise.resolve(options.lastRun ?? null);
      },
    },
  });
  return { session, worker, saved, loads: () => loads };
}

describe('createTrainingSession', () => {
  it('starts the worker only on Start, with the form as the request, and picks the backend once', async () => {
    let connected = 0;
    const { session, worker } = setup();
    const original = worker.remote;
    const counting = createTrainingSession({
      connect: () => {
        connected += 1;
        return original;
      },
      checkpoints: {
        list: async () => [],
        load: async () => ({}) as never,
        save: async () => {},
        loadRun: async () => null,
      },
    });
    expect(connected).toBe(0);
    counting
      .getState()
      .setForm({ suite: 'builtin:math', groupSize: 4, batchTasks: 2, iterations: 6, backend: 'wasm' });
    await counting.getState().start();
    await counting.getState().start();
    expect(connected).toBe(1);
    expect(worker.calls.filter((c) => c.startsWith('useBackend'))).toEqual(['useBackend:wasm']);
    expect(worker.requests[0]).toMatchObject({
      suites: ['builtin:math'],
      config: { groupSize: 4, batchTasks: 2, iterations: 6, algo: 'cwrpo' },
    });
    expect(counting.getState().backend?.name).toBe('wasm');
    expect(session.getState().vm.phase).toBe('idle');
  });

  it('folds worker events into the view model and controls the run', async () => {
    const { session, worker } = setup();
    await session.getState().start();
    expect(session.getState().starting).toBe(true);
    worker.emit([{ type: 'trainingStarted', config, startIteration: 0, history: [] }]);
    expect(session.getState()).toMatchObject({ starting: false, vm: { phase: 'running', iterations: 6 } });
    session.getState().pause();
    expect(session.getState().vm.phase).toBe('pausing');
    worker.emit([{ type: 'paused', iteration: 1 }]);
    session.getState().resume();
    expect(session.getState().vm.phase).toBe('running');
    await session.getState().stop();
    expect(worker.calls.filter((c) => !c.startsWith('useBackend'))).toEqual(['pause', 'resume', 'stop']);
  });

  it('reports a run that could not start', async () => {
    const { session } = setup({ failStart: 'tfjs failed' });
    await session.getState().start();
    expect(session.getState()).toMatchObject({
      starting: false,
      message: 'Training could not start: tfjs failed',
    });
  });

  it('resumes the saved run from its checkpoint with its suites and config, and shows them in the form', async () => {
    const { session, worker } = setup({ lastRun: record(4) });
    await session.getState().refresh();
    await session.getState().resumeFromCheckpoint();
    expect(worker.requests[0]).toEqual({ suites: ['builtin:math'], config, resumeFrom: 'iter-0004' });
    expect(session.getState().form).toMatchObject({
      suite: 'builtin:math',
      algo: 'grpo',
      iterations: 6,
      seed: 3,
    });
  });

  it('re-reads the checkpoints when the worker saved one', async () => {
    const { session, worker, loads } = setup();
    await session.getState().start();
    const before = loads();
    worker.emit([{ type: 'checkpointSaved', iteration: 2, name: 'iter-0002' }]);
    await tick();
    expect(loads()).toBe(before + 1);
  });

  it('imports only FlowSteer policies', async () => {
    const { session, saved } = setup();
    const weights = new ArrayBuffer(8);
    await expect(
      session
        .getState()
        .importCheckpoint('x', { modelJson: { modelTopology: { class_name: 'Sequential' } }, weights }),
    ).rejects.toThrow(/not a FlowSteer policy/);
    await session.getState().importCheckpoint('imported-a', {
      modelJson: { modelTopology: { class_name: 'FlowSteerFactoredPolicy' } },
      weights,
    });
    expect([...saved.keys()]).toEqual(['imported-a']);
    expect(session.getState().checkpoints).toEqual(['imported-a']);
  });
});

describe('run records', () => {
  it.each([
    [null, false],
    [record(4), true],
    [record(6), false],
  ])('canResume(%#)', (run, expected) => {
    expect(canResume(run)).toBe(expected);
  });

  it('maps suites back to the form choice', () => {
    expect(formOf({ ...record(2), suites: suitesOf('all') }).suite).toBe('all');
    expect(formOf({ ...record(2), suites: ['builtin:qa', 'builtin:code'] }).suite).toBeUndefined();
  });
});

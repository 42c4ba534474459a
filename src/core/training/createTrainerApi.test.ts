import { describe, expect, it } from 'vitest';
import type { Clock } from '../ports/Clock.ts';
import { createTabularPolicy } from './createTabularPolicy.ts';
import { createTrainer } from './createTrainer.ts';
import type { Trainer } from './createTrainer.ts';
import { createTrainerApi } from './createTrainerApi.ts';
import type { TrainerEvent, TrainerStatus } from './trainerTypes.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';

/** A clock whose sleeps resolve only when the test advances it. */
function manualClock(): Clock & { advance(ms: number): Promise<void> } {
  let now = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })),
    async advance(ms) {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.resolve();
      }
      await new Promise((r) => setImmediate(r));
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

/** A trainer that yields each scripted event when the test releases it. */
function scriptedTrainer(script: TrainerEvent[], fail?: string) {
  const gates: (() => void)[] = [];
  const calls: string[] = [];
  const status: TrainerStatus = {
    phase: 'running',
    iteration: 0,
    iterations: 3,
    totalEpisodes: 0,
    last: null,
  };
  const trainer: Trainer = {
    async *run() {
      for (const event of script) {
        await new Promise<void>((resolve) => gates.push(resolve));
        yield event;
      }
      if (fail) throw new Error(fail);
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop'),
    status: () => status,
    state: () => {
      throw new Error('not used');
    },
  };
  const release = async () => {
    await tick();
    gates.shift()?.();
    await tick();
  };
  return { trainer, release, calls };
}

const it1 = { type: 'iterationFinished', iteration: 1 } as TrainerEvent;
const it2 = { type: 'iterationFinished', iteration: 2 } as TrainerEvent;

describe('createTrainerApi', () => {
  it('delivers iteration events in batches at most every batchMs, urgent events at once', async () => {
    const clock = manualClock();
    const started: TrainerEvent = {
      type: 'trainingStarted',
      config: {} as never,
      startIteration: 0,
      history: [],
    };
    const finished = { type: 'trainingFinished', reason: 'completed' } as TrainerEvent;
    const s = scriptedTrainer([started, it1, it2, finished]);
    const api = createTrainerApi({ clock, createTrainer: async () => s.trainer, batchMs: 100 });
    const batches: TrainerEvent['type'][][] = [];
    api.onEvent((events) => batches.push(events.map((e) => e.type)));
    await api.start({ config: {}, suites: [] });
    await s.release();
    expect(batches).toEqual([['trainingStarted']]);
    await s.release();
    await s.release();
    expect(batches).toHaveLength(1);
    await clock.advance(100);
    expect(batches[1]).toEqual(['iterationFinished', 'iterationFinished']);
    await s.release();
    await api.whenIdle();
    expect(batches[2]).toEqual(['trainingFinished']);
  });

  it('forwards pause, resume and stop, and refuses a second run', async () => {
    const s = scriptedTrainer([it1]);
    const api = createTrainerApi({ clock: manualClock(), createTrainer: async () => s.trainer });
    expect(api.getStatus().phase).toBe('idle');
    await api.start({ config: {}, suites: [] });
    await expect(api.start({ config: {}, suites: [] })).rejects.toThrow(/already in progress/);
    api.pause();
    api.resume();
    const stopping = api.stop();
    await s.release();
    await stopping;
    expect(s.calls).toEqual(['pause', 'resume', 'stop']);
    expect(api.getStatus().phase).toBe('running');
  });

  it('turns a thrown error into a trainingFailed event and a failed status', async () => {
    const s = scriptedTrainer([], 'the backend vanished');
    const api = createTrainerApi({ clock: manualClock(), createTrainer: async () => s.trainer });
    const events: TrainerEvent[] = [];
    const id = api.onEvent((batch) => events.push(...batch));
    await api.start({ config: {}, suites: [] });
    await api.whenIdle();
    expect(events).toEqual([{ type: 'trainingFailed', iteration: 0, message: 'the backend vanished' }]);
    expect(api.getStatus()).toMatchObject({ phase: 'failed', error: 'the backend vanished' });
    api.offEvent(id);
  });

  it('runs a real trainer end to end', async () => {
    const kit = createTestEnvFactory();
    const api = createTrainerApi({
      clock: manualClock(),
      createTrainer: async (request) =>
        createTrainer({
          config: request.config,
          policy: createTabularPolicy(),
          tasks: trainingTasks(4),
          createEnv: kit.createEnv,
          registry: kit.registry,
          clock: manualClock(),
        }),
    });
    const types: string[] = [];
    api.onEvent((batch) => types.push(...batch.map((e) => e.type)));
    await api.start({ config: { iterations: 2, batchTasks: 2, groupSize: 2, maxTurns: 4 }, suites: [] });
    await api.whenIdle();
    expect(types).toEqual(['trainingStarted', 'iterationFinished', 'iterationFinished', 'trainingFinished']);
    expect(api.getStatus()).toMatchObject({ phase: 'finished', iteration: 2 });
  });
});

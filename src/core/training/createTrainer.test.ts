import { describe, expect, it } from 'vitest';
import { systemClock } from '../llm/systemClock.ts';
import type { Policy, TrainablePolicy } from '../policy/types.ts';
import { createMemoryCheckpointStore } from '../policy/createMemoryCheckpointStore.ts';
import { createTabularPolicy, loadTabularPolicy } from './createTabularPolicy.ts';
import { createTrainer } from './createTrainer.ts';
import { readTrainerState } from './trainerState.ts';
import type { TrainerOptions } from './createTrainer.ts';
import type { TrainerConfig } from './trainerConfig.ts';
import { toIterationPoint } from './trainerTypes.ts';
import type { IterationStats, TrainerEvent } from './trainerTypes.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';

const tasks = trainingTasks(6);
const small: Partial<TrainerConfig> = { iterations: 3, batchTasks: 2, groupSize: 3, maxTurns: 6, seed: 5 };

function trainer(config: Partial<TrainerConfig>, extra: Partial<TrainerOptions> = {}) {
  const kit = createTestEnvFactory();
  const policy = extra.policy ?? createTabularPolicy();
  const t = createTrainer({
    config: { ...small, ...config },
    policy,
    tasks,
    createEnv: kit.createEnv,
    registry: kit.registry,
    clock: systemClock,
    ...extra,
  });
  return { trainer: t, policy };
}

async function collect(run: AsyncIterable<TrainerEvent>): Promise<TrainerEvent[]> {
  const events: TrainerEvent[] = [];
  for await (const e of run) events.push(e);
  return events;
}

const iterations = (events: TrainerEvent[]): IterationStats[] =>
  events.flatMap((e) => (e.type === 'iterationFinished' ? [e] : []));

/**
 * Everything an iteration reports except wall-clock time and tokens: cached nodes cost nothing, so tokens depend
 * on what the run's shared node cache already holds (a resumed run starts with an empty one).
 */
const timeless = (s: IterationStats) => ({ ...s, seconds: 0, meanTokens: 0 });

describe('createTrainer', () => {
  it('streams started, one event per iteration, and finished, and updates the policy', async () => {
    const { trainer: t, policy } = trainer({});
    const events = await collect(t.run());
    expect(events[0]).toMatchObject({ type: 'trainingStarted', startIteration: 0 });
    const its = iterations(events);
    expect(its.map((s) => s.iteration)).toEqual([1, 2, 3]);
    for (const s of its) {
      expect(s.episodes).toBe(6);
      expect(s.meanTurns).toBeGreaterThan(0);
      expect(s.releaseRate).toBeGreaterThanOrEqual(0);
      expect(Object.values(s.operatorHistogram).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(Number.isFinite(s.loss)).toBe(true);
    }
    its.forEach((s, i) => expect(s.learningRate).toBeCloseTo((i + 1) * 1e-4, 12));
    expect(events.at(-1)).toMatchObject({
      type: 'trainingFinished',
      reason: 'completed',
      iterations: 3,
      totalEpisodes: 18,
    });
    expect((policy as ReturnType<typeof createTabularPolicy>).updates()).toBe(
      its.filter((s) => !s.skippedUpdate).length,
    );
    expect(t.status()).toMatchObject({ phase: 'finished', iteration: 3 });
  });

  it('is reproducible from its seed', async () => {
    const a = iterations(await collect(trainer({}).trainer.run())).map(timeless);
    const b = iterations(await collect(trainer({}).trainer.run())).map(timeless);
    expect(b).toEqual(a);
  });

  it('GRPO trains with the finish rule off and CWRPO with it on', async () => {
    const seen = new Map<string, boolean>();
    for (const algo of ['grpo', 'cwrpo'] as const) {
      const inner = createTabularPolicy();
      const spy: TrainablePolicy = {
        ...inner,
        decide: (input, rng) => {
          seen.set(algo, input.context.rules.finishRule);
          return inner.decide(input, rng);
        },
      };
      await collect(trainer({ algo, iterations: 1 }, { policy: spy }).trainer.run());
    }
    expect(Object.fromEntries(seen)).toEqual({ grpo: false, cwrpo: true });
  });

  it('dataset grouping plays G distinct tasks of one source per group', async () => {
    const firstTurns: string[] = [];
    const inner = createTabularPolicy();
    const spy: TrainablePolicy = {
      ...inner,
      decide: (input, rng) => {
        if (input.observation.turn === 0) firstTurns.push(input.observation.task.id);
        return inner.decide(input, rng);
      },
    };
    const config = { iterations: 1, batchTasks: 2, groupSize: 3, concurrency: 1 };
    await collect(trainer({ ...config, grouping: 'dataset' }, { policy: spy }).trainer.run());
    const groups = [firstTurns.slice(0, 3), firstTurns.slice(3)];
    for (const g of groups) {
      expect(new Set(g).size).toBe(3);
      expect(new Set(g.map((id) => tasks.find((t) => t.id === id)?.source)).size).toBe(1);
    }
  });

  it('applies the θ schedule per iteration', async () => {
    const schedule = { start: 0.4, end: 1, iterations: 2 };
    const its = iterations(await collect(trainer({ thetaSchedule: schedule }).trainer.run()));
    expect(its.map((s) => s.theta)).toEqual([0.4, 0.7, 1]);
    const fixed = iterations(await collect(trainer({ theta: 0.6, thetaSchedule: schedule }).trainer.run()));
    expect(fixed.map((s) => s.theta)).toEqual([0.6, 0.6, 0.6]);
  });

  it('reports a refused update (NaN guard) and keeps going', async () => {
    const policy = createTabularPolicy({ poisonUpdate: (call) => call === 0 });
    const events = await collect(trainer({ groupSize: 4 }, { policy }).trainer.run());
    const skipped = events.filter((e) => e.type === 'updateSkipped');
    expect(skipped).toEqual([{ type: 'updateSkipped', iteration: 1, reason: 'NaN loss' }]);
    expect(iterations(events)[0]?.skippedUpdate).toBe('NaN loss');
    expect(iterations(events)).toHaveLength(3);
  });

  it('pauses between iterations, resumes, and stops', async () => {
    const { trainer: t } = trainer({ iterations: 5 });
    const events: TrainerEvent[] = [];
    for await (const e of t.run()) {
      events.push(e);
      if (e.type === 'iterationFinished' && e.iteration === 1) t.pause();
      if (e.type === 'paused') {
        expect(t.status().phase).toBe('paused');
        t.resume();
      }
      if (e.type === 'iterationFinished' && e.iteration === 2) t.stop();
    }
    expect(events.map((e) => e.type)).toEqual([
      'trainingStarted',
      'iterationFinished',
      'paused',
      'resumed',
      'iterationFinished',
      'trainingFinished',
    ]);
    expect(events.at(-1)).toMatchObject({ reason: 'stopped', iterations: 2 });
  });

  it('stop while paused ends the run, and stop mid-iteration abandons that iteration', async () => {
    const paused = trainer({}).trainer;
    paused.pause();
    const a: TrainerEvent[] = [];
    for await (const e of paused.run()) {
      a.push(e);
      if (e.type === 'paused') paused.stop();
    }
    expect(a.map((e) => e.type)).toEqual(['trainingStarted', 'paused', 'trainingFinished']);

    const inner = createTabularPolicy();
    let decisions = 0;
    const stopper: { stop?: () => void } = {};
    const policy: TrainablePolicy = {
      ...inner,
      decide: (input, rng) => {
        if (++decisions === 5) stopper.stop?.();
        return inner.decide(input, rng);
      },
    };
    const { trainer: t } = trainer({}, { policy });
    stopper.stop = () => t.stop();
    const b = await collect(t.run());
    expect(b.map((e) => e.type)).toEqual(['trainingStarted', 'trainingFinished']);
    expect(inner.updates()).toBe(0);
  });

  it('checkpoints every N iterations and a resumed run continues exactly like an uninterrupted one', async () => {
    const config = { iterations: 4, checkpointEvery: 2 };
    const full = iterations(await collect(trainer(config).trainer.run())).map(timeless);

    const store = createMemoryCheckpointStore();
    const first = trainer(config, { checkpointStore: store }).trainer;
    const events: TrainerEvent[] = [];
    for await (const e of first.run()) {
      events.push(e);
      if (e.type === 'checkpointSaved' && e.iteration === 2) first.stop();
    }
    const saved = events.filter((e) => e.type === 'checkpointSaved');
    expect(saved).toEqual([{ type: 'checkpointSaved', iteration: 2, name: 'iter-0002' }]);
    expect(await store.list()).toEqual(['iter-0002']);
    const artifacts = await store.load('iter-0002');
    const state = readTrainerState(artifacts);
    expect(state).toMatchObject({ iteration: 2, totalEpisodes: 12, config: { seed: 5, iterations: 4 } });

    const resumed = trainer({}, { policy: loadTabularPolicy(artifacts), resumeFrom: state! });
    const rest = await collect(resumed.trainer.run());
    expect(rest[0]).toMatchObject({ type: 'trainingStarted', startIteration: 2 });
    // The checkpoint carries the charted history of the iterations before it.
    expect(state?.history?.map((p) => p.iteration)).toEqual([1, 2]);
    expect(rest[0]?.type === 'trainingStarted' ? rest[0].history : []).toEqual(
      full.slice(0, 2).map(toIterationPoint),
    );
    expect(iterations(rest).map(timeless)).toEqual(full.slice(2));
    expect(rest.at(-1)).toMatchObject({ type: 'trainingFinished', iterations: 4, totalEpisodes: 24 });
  });

  it('evaluates every N iterations on the evaluation tasks', async () => {
    const events = await collect(
      trainer({ iterations: 2, evalEvery: 2 }, { evaluationTasks: trainingTasks(3) }).trainer.run(),
    );
    const evaluation = events.find((e) => e.type === 'evaluationFinished');
    expect(evaluation).toMatchObject({ iteration: 2, evaluation: { n: 3, policy: 'tabular' } });
  });

  it('refuses to run twice', async () => {
    const { trainer: t } = trainer({ iterations: 1 });
    await collect(t.run());
    await expect(collect(t.run())).rejects.toThrow(/already run/);
  });

  it('accepts any policy shape only through TrainablePolicy', () => {
    const p: Policy = createTabularPolicy();
    expect(p.name).toBe('tabular');
  });
});

describe('readTrainerState', () => {
  it('is null for a policy saved outside training and refuses a malformed state', async () => {
    const policy = createTabularPolicy();
    expect(readTrainerState(await policy.saveArtifacts({}))).toBeNull();
    await expect(
      policy
        .saveArtifacts({ trainer: { format: 'flowsteer-trainer-state', version: 2 } })
        .then(readTrainerState),
    ).rejects.toMatchObject({ code: 'E_CHECKPOINT' });
  });

  it('keeps the well-formed points of a checkpoint’s history and drops the rest', async () => {
    const policy = createTabularPolicy();
    const good = {
      iteration: 1,
      meanReward: 0.1,
      meanCorrectness: 0.5,
      releaseRate: 1,
      shortcutRate: 0,
      meanTurns: 6,
      loss: -0.01,
      kl: 0,
    };
    const trainerState = {
      format: 'flowsteer-trainer-state',
      version: 1,
      iteration: 2,
      totalEpisodes: 12,
      elapsedSeconds: 1,
      config: {},
      history: [good, { ...good, iteration: 2, loss: 'NaN' }, null],
    };
    const state = readTrainerState(await policy.saveArtifacts({ trainer: trainerState }));
    expect(state?.history).toEqual([good]);
    const noHistory = readTrainerState(
      await policy.saveArtifacts({ trainer: { ...trainerState, history: 7 } }),
    );
    expect(noHistory?.history).toEqual([]);
  });
});

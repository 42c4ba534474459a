import { describe, expect, it } from 'vitest';
import { resolveTrainerConfig } from '../../core/training/trainerConfig.ts';
import type { IterationPoint, SampledEpisode, TrainerEvent } from '../../core/training/trainerTypes.ts';
import {
  episodesPerMinute,
  etaSeconds,
  formatDuration,
  IDLE_TRAINING,
  progressOf,
  reduceTrainingEvents,
  STRIP_LIMIT,
  trainingStatusText,
} from './trainingViewModel.ts';

const config = resolveTrainerConfig({ iterations: 10 });
const started = (startIteration = 0, history: IterationPoint[] = []): TrainerEvent => ({
  type: 'trainingStarted',
  config,
  startIteration,
  history,
});
const iteration = (n: number, seconds = 2, extra: Record<string, unknown> = {}): TrainerEvent =>
  ({
    type: 'iterationFinished',
    iteration: n,
    episodes: 8,
    totalEpisodes: 8 * n,
    meanReward: n / 10,
    meanCorrectness: n / 20,
    releaseRate: 0.5,
    shortcutRate: 0.1,
    meanTurns: 9,
    loss: -0.01 * n,
    kl: 0.001 * n,
    seconds,
    ...extra,
  }) as unknown as TrainerEvent;
const sample = (seed: string): SampledEpisode =>
  ({ seed, task: { id: seed }, actions: [], correctness: 1, reward: 0 }) as unknown as SampledEpisode;

describe('reduceTrainingEvents', () => {
  it('turns iteration events into aligned chart series and totals', () => {
    const vm = reduceTrainingEvents(IDLE_TRAINING, [started(), iteration(1), iteration(2)]);
    expect(vm.phase).toBe('running');
    expect(vm.series.iteration).toEqual([1, 2]);
    expect(vm.series.reward).toEqual([0.1, 0.2]);
    expect(vm.series.correctness).toEqual([0.05, 0.1]);
    expect(vm.series.loss).toEqual([-0.01, -0.02]);
    expect(vm.series.kl).toEqual([0.001, 0.002]);
    for (const values of Object.values(vm.series)) expect(values).toHaveLength(2);
    expect(vm.totalEpisodes).toBe(16);
    expect(vm.iterations).toBe(10);
  });

  it.each<[TrainerEvent[], string]>([
    [[started(), { type: 'paused', iteration: 1 }], 'paused'],
    [[started(), { type: 'paused', iteration: 1 }, { type: 'resumed', iteration: 1 }], 'running'],
    [
      [
        started(),
        {
          type: 'trainingFinished',
          reason: 'stopped',
          iterations: 3,
          totalEpisodes: 24,
          seconds: 6,
          episodesPerMinute: 240,
        },
      ],
      'finished',
    ],
    [[started(), { type: 'trainingFailed', iteration: 0, message: 'boom' }], 'failed'],
  ])('follows the lifecycle (%#)', (events, phase) => {
    expect(reduceTrainingEvents(IDLE_TRAINING, events).phase).toBe(phase);
  });

  it('says a stopped run stopped, with how far it got, and a completed one finished', () => {
    const end = (reason: 'stopped' | 'completed') =>
      reduceTrainingEvents(IDLE_TRAINING, [
        started(),
        {
          type: 'trainingFinished',
          reason,
          iterations: 3,
          totalEpisodes: 24,
          seconds: 6,
          episodesPerMinute: 240,
        },
      ]);
    expect(trainingStatusText(end('stopped'), 'Finished')).toBe('Stopped after 3 of 10 iterations');
    expect(trainingStatusText(end('completed'), 'Finished')).toBe('Finished');
    expect(reduceTrainingEvents(end('stopped'), [started()]).endReason).toBeNull();
  });

  it('draws a resumed run’s charts from the checkpoint’s history, then goes on', () => {
    const point = (n: number): IterationPoint => ({
      iteration: n,
      meanReward: n / 10,
      meanCorrectness: 0.5,
      releaseRate: 1,
      shortcutRate: 0,
      meanTurns: 6,
      loss: -0.01,
      kl: 0.001,
    });
    const vm = reduceTrainingEvents(IDLE_TRAINING, [started(2, [point(1), point(2)]), iteration(3)]);
    expect(vm.series.iteration).toEqual([1, 2, 3]);
    expect(vm.series.reward.slice(0, 2)).toEqual([0.1, 0.2]);
    for (const values of Object.values(vm.series)) expect(values).toHaveLength(3);
    // The throughput and ETA still count this run only.
    expect(vm.durations).toHaveLength(1);
  });

  it('clears the charts on a new start and starts a resumed run at its checkpoint', () => {
    const before = reduceTrainingEvents(IDLE_TRAINING, [started(), iteration(1)]);
    const resumed = reduceTrainingEvents(before, [started(4), iteration(5)]);
    expect(resumed.startIteration).toBe(4);
    expect(resumed.series.iteration).toEqual([5]);
    expect(resumed.runEpisodes).toBe(8);
  });

  it('keeps the newest sampled episodes first, at most STRIP_LIMIT, with unique ids', () => {
    let vm = reduceTrainingEvents(IDLE_TRAINING, [started()]);
    for (let i = 1; i <= 6; i++) {
      vm = reduceTrainingEvents(vm, [
        {
          type: 'episodeSampled',
          iteration: i,
          episodes: [sample(`a${i}`), sample(`b${i}`), sample(`c${i}`)],
        },
      ]);
    }
    expect(vm.recent).toHaveLength(STRIP_LIMIT);
    expect(vm.recent[0]).toMatchObject({ iteration: 6, seed: 'c6' });
    expect(new Set(vm.recent.map((e) => e.id)).size).toBe(STRIP_LIMIT);
  });

  it('remembers the last checkpoint and the last skipped update', () => {
    const vm = reduceTrainingEvents(IDLE_TRAINING, [
      started(),
      iteration(1, 1, { skippedUpdate: 'no group with differing rewards' }),
      { type: 'checkpointSaved', iteration: 2, name: 'iter-0002' },
    ]);
    expect(vm.lastCheckpoint).toBe('iter-0002');
    expect(vm.lastSkip).toBe('no group with differing rewards');
  });
});

describe('progress, ETA and throughput', () => {
  it('has no ETA or rate before the first iteration', () => {
    const vm = reduceTrainingEvents(IDLE_TRAINING, [started()]);
    expect(progressOf(vm)).toBe(0);
    expect(etaSeconds(vm)).toBeNull();
    expect(episodesPerMinute(vm)).toBeNull();
  });

  it('predicts the rest from the last five iterations and counts episodes per trainer minute', () => {
    const events = [started(), iteration(1, 10), ...[2, 3, 4, 5, 6].map((n) => iteration(n, 2))];
    const vm = reduceTrainingEvents(IDLE_TRAINING, events);
    expect(progressOf(vm)).toBeCloseTo(0.6);
    expect(etaSeconds(vm)).toBeCloseTo(4 * 2);
    expect(episodesPerMinute(vm)).toBeCloseTo((48 * 60) / 20);
  });

  it('clamps progress to [0, 1]', () => {
    expect(progressOf({ ...IDLE_TRAINING, iteration: 12, iterations: 10 })).toBe(1);
    expect(progressOf({ ...IDLE_TRAINING, iteration: 3, iterations: 0 })).toBe(0);
  });

  it.each([
    [null, '—'],
    [Infinity, '—'],
    [42.4, '42 s'],
    [65, '1 min 05 s'],
    [3725, '1 h 02 min'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

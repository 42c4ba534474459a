import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import { systemClock } from '../llm/systemClock.ts';
import { createHeuristicPolicy } from '../policy/createHeuristicPolicy.ts';
import { createTfPolicy } from '../policy/createTfPolicy.ts';
import { createTabularPolicy } from './createTabularPolicy.ts';
import { createEnvPool } from './createEnvPool.ts';
import { createTrainer } from './createTrainer.ts';
import { canImitate, imitate, teacherPolicy } from './imitationWarmStart.ts';
import { isShortcut } from '../rewards/isShortcut.ts';
import type { ImitationProgress } from './imitationWarmStart.ts';
import { runEpisode } from './runEpisode.ts';
import type { TrainerEvent } from './trainerTypes.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';
import { createRng } from '../util/createRng.ts';

const tasks = trainingTasks(8, ['math', 'qa', 'code']);
const rules = { ...DEFAULT_ACTION_RULES, finishRule: true };

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

describe('imitate', () => {
  it('raises the log-likelihood of the teacher’s actions until the greedy student replays the teacher', async () => {
    const kit = createTestEnvFactory();
    const student = createTfPolicy({ registry: kit.registry, seed: 2 });
    const progress: ImitationProgress[] = [];
    try {
      const result = await imitate({
        student,
        teacher: createHeuristicPolicy(),
        tasks,
        envs: createEnvPool(kit.createEnv, { rules, maxTurns: 8, size: 2 }),
        registry: kit.registry,
        rules,
        seed: 4,
        iterations: 25,
        batchTasks: 6,
        learningRate: 5e-3,
        gradClipNorm: 1,
        onProgress: (p) => progress.push(p),
      });
      expect(result.iterations).toBe(25);
      expect(progress.map((p) => p.iteration)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(result.encodableRate).toBeGreaterThanOrEqual(0.9);
      for (const p of progress) expect(p.update?.skipped).toBe(false);
      const first = progress[0]?.meanLogLikelihood ?? 0;
      expect(result.meanLogLikelihood).toBeGreaterThan(first + 2);
      // The greedy student now builds what the teacher builds on a task it was trained on.
      const play = async (policy: Parameters<typeof runEpisode>[0]['policy']) => {
        const env = kit.createEnv({ rules, maxTurns: 8 });
        const task = tasks[0] as (typeof tasks)[number];
        const r = await runEpisode({ env, policy, task, rng: createRng(1), registry: kit.registry, rules });
        return r.actions.map((a) => a.type);
      };
      expect(await play(student.greedy())).toEqual(await play(createHeuristicPolicy()));
    } finally {
      student.dispose();
    }
  });
});

describe('teacherPolicy', () => {
  it('mixed: each episode either answers quickly with a shortcut or builds like the heuristic, about half each', async () => {
    const kit = createTestEnvFactory();
    const open = { ...DEFAULT_ACTION_RULES, finishRule: false };
    const [env] = createEnvPool(kit.createEnv, { rules: open, maxTurns: 12, size: 1 });
    if (!env) throw new Error('no env');
    const teacher = teacherPolicy('mixed', 0.5);
    const shortcuts: boolean[] = [];
    for (let e = 0; e < 40; e++) {
      const task = tasks[e % tasks.length];
      if (!task) throw new Error('no task');
      const r = await runEpisode({
        env,
        policy: teacher,
        task,
        rng: createRng(`mixed:${e}`),
        registry: kit.registry,
        rules: open,
      });
      // A quick episode finishes within 4 turns; a heuristic one builds at least 5 operators with structure.
      const quick = r.turns <= 4;
      expect(isShortcut(r.workflow, kit.registry)).toBe(quick);
      shortcuts.push(quick);
    }
    const share = shortcuts.filter(Boolean).length / shortcuts.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
    expect(teacherPolicy('mixed', 0).name).toBe('mixed-teacher');
  });
});

describe('createTrainer with a warm start', () => {
  it('clones the heuristic first, then freezes π_ref, then runs CWRPO', async () => {
    const kit = createTestEnvFactory();
    const policy = createTfPolicy({ registry: kit.registry, seed: 3 });
    const calls: string[] = [];
    const spied = Object.assign(Object.create(policy) as typeof policy, {
      freezeReference: () => {
        calls.push('freeze');
        policy.freezeReference();
      },
      update: (...args: Parameters<typeof policy.update>) => {
        calls.push(args[1].klBeta === 0 && args[1].epochs === 1 ? 'clone' : 'rl');
        return policy.update(...args);
      },
    });
    const trainer = createTrainer({
      config: {
        iterations: 2,
        batchTasks: 2,
        groupSize: 3,
        maxTurns: 6,
        seed: 5,
        warmStart: { teacher: 'heuristic', iterations: 3, batchTasks: 4, learningRate: 3e-3 },
      },
      policy: spied,
      tasks,
      createEnv: kit.createEnv,
      registry: kit.registry,
      clock: systemClock,
    });
    const events: TrainerEvent[] = [];
    try {
      for await (const e of trainer.run()) events.push(e);
    } finally {
      policy.dispose();
    }
    const types = events.map((e) => e.type);
    expect(types.slice(0, 2)).toEqual(['trainingStarted', 'warmStartFinished']);
    const warm = events[1];
    expect(warm).toMatchObject({
      type: 'warmStartFinished',
      teacher: 'heuristic',
      iterations: 3,
      episodes: 12,
    });
    expect(calls.slice(0, 4)).toEqual(['clone', 'clone', 'clone', 'freeze']);
    expect(calls.slice(4).every((c) => c === 'rl')).toBe(true);
    expect(types.filter((t) => t === 'iterationFinished')).toHaveLength(2);
  });

  it('stops cleanly when stopped during the warm start', async () => {
    const kit = createTestEnvFactory();
    const policy = createTfPolicy({ registry: kit.registry, seed: 3 });
    const trainer = createTrainer({
      config: {
        iterations: 2,
        batchTasks: 2,
        groupSize: 2,
        warmStart: { teacher: 'heuristic', iterations: 50 },
      },
      policy,
      tasks,
      createEnv: kit.createEnv,
      registry: kit.registry,
      clock: systemClock,
      onWarmStartProgress: (p) => {
        if (p.iteration === 2) trainer.stop();
      },
    });
    const events: TrainerEvent[] = [];
    try {
      for await (const e of trainer.run()) events.push(e);
    } finally {
      policy.dispose();
    }
    expect(events.find((e) => e.type === 'warmStartFinished')).toMatchObject({ iterations: 2 });
    expect(events.at(-1)).toMatchObject({ type: 'trainingFinished', reason: 'stopped', iterations: 0 });
  });

  it('refuses a warm start for a policy that cannot record a teacher’s actions', async () => {
    const kit = createTestEnvFactory();
    const tabular = createTabularPolicy();
    expect(canImitate(tabular)).toBe(false);
    const trainer = createTrainer({
      config: {
        iterations: 1,
        batchTasks: 1,
        groupSize: 2,
        warmStart: { teacher: 'heuristic', iterations: 1 },
      },
      policy: tabular,
      tasks,
      createEnv: kit.createEnv,
      registry: kit.registry,
      clock: systemClock,
    });
    await expect(async () => {
      for await (const _ of trainer.run());
    }).rejects.toThrow(/cannot record/);
  });
});

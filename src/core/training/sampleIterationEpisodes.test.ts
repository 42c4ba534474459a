import { describe, expect, it } from 'vitest';
import { systemClock } from '../llm/systemClock.ts';
import { createTabularPolicy } from './createTabularPolicy.ts';
import { createTrainer } from './createTrainer.ts';
import type { EpisodeResult } from './runEpisode.ts';
import { sampleIterationEpisodes } from './sampleIterationEpisodes.ts';
import { resolveTrainerConfig } from './trainerConfig.ts';
import type { TrainerEvent } from './trainerTypes.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';

const tasks = trainingTasks(4);
const result = (taskId: string, correctness: number): EpisodeResult =>
  ({
    taskId,
    correctness,
    actions: [{ type: 'finish' }],
    workflow: { nodes: [] },
    reward: { total: correctness - 1, correctness, costPenalty: 0 },
  }) as unknown as EpisodeResult;

describe('sampleIterationEpisodes', () => {
  // Distinct workflow objects, so a pick can be traced back to its index.
  const results = [0, 1, 2, 3, 0, 1, 2, 3].map((i) => result(`t${i}`, i / 4));

  it.each([
    [0, []],
    [2, [0, 4]],
    [4, [0, 2, 4, 6]],
    [20, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('spreads %i picks evenly over the batch', (count, expected) => {
    const config = resolveTrainerConfig({ groupSize: 4, seed: 9 });
    const picked = sampleIterationEpisodes(results, { count, tasks, config, index: 3 });
    expect(picked.map((p) => results.findIndex((r) => r.workflow === p.workflow))).toEqual(expected);
  });

  it('carries the task, the trained reward and the episode stream of each pick', () => {
    const config = resolveTrainerConfig({ groupSize: 4, seed: 9, algo: 'grpo' });
    const [first, second] = sampleIterationEpisodes(results, { count: 2, tasks, config, index: 3 });
    expect(first?.task.id).toBe('t0');
    expect(second?.seed).toBe('9:iteration:3:episode:1:0');
    expect(second?.reward).toBe(second?.correctness);
  });

  it('leaves out episodes whose task is not in the pool', () => {
    const config = resolveTrainerConfig({});
    expect(sampleIterationEpisodes([result('gone', 1)], { count: 1, tasks, config, index: 0 })).toEqual([]);
  });

  it('is reported by the trainer after each iteration only when asked', async () => {
    const run = async (sampleEpisodes?: number): Promise<TrainerEvent[]> => {
      const kit = createTestEnvFactory();
      const trainer = createTrainer({
        config: { iterations: 2, batchTasks: 2, groupSize: 2, maxTurns: 5, seed: 3 },
        policy: createTabularPolicy(),
        tasks,
        createEnv: kit.createEnv,
        registry: kit.registry,
        clock: systemClock,
        ...(sampleEpisodes !== undefined ? { sampleEpisodes } : {}),
      });
      const events: TrainerEvent[] = [];
      for await (const e of trainer.run()) events.push(e);
      return events;
    };
    const sampled = (await run(3)).filter((e) => e.type === 'episodeSampled');
    expect(sampled.map((e) => e.iteration)).toEqual([1, 2]);
    for (const e of sampled) {
      expect(e.episodes).toHaveLength(3);
      for (const ep of e.episodes) expect(ep.actions.length).toBeGreaterThan(0);
    }
    expect((await run()).some((e) => e.type === 'episodeSampled')).toBe(false);
  });
});

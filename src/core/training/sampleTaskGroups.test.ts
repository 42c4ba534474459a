import { describe, expect, it } from 'vitest';
import { createRng } from '../util/createRng.ts';
import { sampleTaskGroups } from './sampleTaskGroups.ts';
import { trainingTasks } from './trainingTestKit.ts';

const tasks = trainingTasks(12, ['math', 'qa', 'code']);

describe('sampleTaskGroups', () => {
  it('task grouping: B distinct tasks, each repeated G times, the same for the same seed', () => {
    const groups = sampleTaskGroups({ tasks, groups: 4, groupSize: 3, grouping: 'task', rng: createRng(7) });
    expect(groups).toHaveLength(4);
    for (const g of groups) {
      expect(g).toHaveLength(3);
      expect(new Set(g.map((t) => t.id)).size).toBe(1);
    }
    expect(new Set(groups.map((g) => g[0]?.id)).size).toBe(4);
    const again = sampleTaskGroups({ tasks, groups: 4, groupSize: 3, grouping: 'task', rng: createRng(7) });
    expect(again.map((g) => g[0]?.id)).toEqual(groups.map((g) => g[0]?.id));
  });

  it('task grouping repeats tasks when the pool is smaller than B', () => {
    const groups = sampleTaskGroups({
      tasks: tasks.slice(0, 2),
      groups: 5,
      groupSize: 2,
      grouping: 'task',
      rng: createRng(1),
    });
    expect(groups).toHaveLength(5);
  });

  it('dataset grouping: G distinct tasks of one source per group', () => {
    const groups = sampleTaskGroups({
      tasks,
      groups: 6,
      groupSize: 4,
      grouping: 'dataset',
      rng: createRng(3),
    });
    for (const g of groups) {
      expect(g).toHaveLength(4);
      expect(new Set(g.map((t) => t.source)).size).toBe(1);
      expect(new Set(g.map((t) => t.id)).size).toBe(4);
    }
  });
});

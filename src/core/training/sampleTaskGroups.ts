import type { Rng } from '../ports/Rng.ts';
import type { Task } from '../tasks/types.ts';
import { assertNever } from '../util/assertNever.ts';
import type { GroupingMode } from './trainerConfig.ts';

/** What one iteration samples. */
export interface SampleTaskGroupsOptions {
  tasks: readonly Task[];
  /** B groups. */
  groups: number;
  /** G episodes per group. */
  groupSize: number;
  grouping: GroupingMode;
  rng: Rng;
}

/** `k` distinct items (all of them when there are fewer), in the order drawn: a partial Fisher–Yates shuffle. */
export function sampleDistinct<T>(items: readonly T[], k: number, rng: Rng): T[] {
  const pool = [...items];
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

function bySource(tasks: readonly Task[]): Task[][] {
  const map = new Map<string, Task[]>();
  for (const task of tasks) map.set(task.source, [...(map.get(task.source) ?? []), task]);
  return [...map.values()];
}

/**
 * The tasks of one iteration's groups. `task`: B distinct tasks, each repeated G times (SPEC §5). `dataset`: each
 * group picks a dataset (weighted by its size) and G distinct tasks of it, as the released code groups them.
 */
export function sampleTaskGroups(options: SampleTaskGroupsOptions): Task[][] {
  const { tasks, groups, groupSize, grouping, rng } = options;
  if (tasks.length === 0) throw new Error('sampleTaskGroups: the task pool is empty.');
  switch (grouping) {
    case 'task': {
      // With fewer tasks than groups, tasks repeat across groups rather than shrinking the batch.
      const picked: Task[] = [];
      while (picked.length < groups)
        picked.push(...sampleDistinct(tasks, groups - picked.length, rng.fork(`round${picked.length}`)));
      return picked.map((task) => Array.from({ length: groupSize }, () => task));
    }
    case 'dataset': {
      const datasets = bySource(tasks);
      return Array.from({ length: groups }, (_, g) => {
        const groupRng = rng.fork(`group${g}`);
        const anchor = tasks[groupRng.int(tasks.length)] as Task;
        const pool = datasets.find((d) => d[0]?.source === anchor.source) ?? [anchor];
        const chosen = sampleDistinct(pool, groupSize, groupRng);
        // A dataset smaller than G fills the group by repeating its tasks.
        return Array.from({ length: groupSize }, (_, i) => chosen[i % chosen.length] as Task);
      });
    }
    default:
      return assertNever(grouping, 'grouping mode');
  }
}

import type { Task } from '../types.ts';

/** How many tasks each split of a generated suite gets. */
export interface SplitSizes {
  testSize: number;
  trainSize: number;
}

/** One generated candidate: `key` names the underlying problem (its numbers or parameters, not its wording). */
export interface GeneratedTask {
  key: string;
  task: Omit<Task, 'id'>;
}

/**
 * Fills the test split, then the training pool, from a deterministic generator, skipping any candidate whose key or
 * text was already used, so the two splits are disjoint by content and not just by id.
 */
export function buildSplits(
  suiteName: string,
  generate: (index: number) => GeneratedTask | null,
  sizes: SplitSizes,
): { test: Task[]; train: Task[] } {
  const keys = new Set<string>();
  const texts = new Set<string>();
  const test: Task[] = [];
  const train: Task[] = [];
  const wanted = sizes.testSize + sizes.trainSize;
  const limit = wanted * 20;
  for (let i = 0; test.length + train.length < wanted; i++) {
    if (i >= limit) {
      throw new RangeError(
        `${suiteName}: only ${test.length + train.length} distinct tasks, wanted ${wanted}`,
      );
    }
    const candidate = generate(i);
    if (candidate === null) continue;
    const text = `${candidate.task.question}\n${candidate.task.context ?? ''}`;
    if (keys.has(candidate.key) || texts.has(text)) continue;
    keys.add(candidate.key);
    texts.add(text);
    const split = test.length < sizes.testSize ? 'test' : 'train';
    const list = split === 'test' ? test : train;
    list.push({ ...candidate.task, id: `${suiteName}/${split}/${String(list.length).padStart(3, '0')}` });
  }
  return { test, train };
}

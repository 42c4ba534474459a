import { createRng } from '../../../util/createRng.ts';
import type { TaskSuite } from '../../types.ts';
import { buildSplits, type SplitSizes } from '../buildSplits.ts';
import { generateWorld } from './generateWorld.ts';
import { makeQaQuestion, type QaQuestionKind } from './makeQaQuestion.ts';
import { writePassage } from './writePassage.ts';

/** Options of {@link createQaSuite}; the defaults give the published `builtin:qa`. */
export interface QaSuiteOptions extends Partial<SplitSizes> {
  seed?: string;
}

const KINDS: readonly QaQuestionKind[] = ['single', 'single', 'bridge', 'bridge', 'comparison'];

/**
 * Difficulty from the reasoning hops and the passage length: a one-fact question on a short passage is easy, a
 * comparison of two bridged facts in a long passage is hard.
 */
export function qaDifficulty(hops: number, words: number): number {
  const length = Math.min(1, Math.max(0, (words - 90) / 150));
  return Math.round(Math.min(1, 0.1 + 0.25 * (hops - 1) + 0.4 * length) * 1000) / 1000;
}

/**
 * The built-in reading-comprehension suite: a fictional but coherent passage per task (towns, rivers, companies,
 * founders, employees, years) and one single-hop, bridge or comparison question whose gold is a span of it.
 */
export function createQaSuite(options: QaSuiteOptions = {}): TaskSuite {
  const name = 'builtin:qa';
  const rng = createRng(options.seed ?? 'flowsteer/builtin-qa/v1');
  const { test, train } = buildSplits(
    name,
    (i) => {
      const taskRng = rng.fork(`task-${i}`);
      const world = generateWorld(taskRng.fork('world'), 1 + taskRng.int(3), taskRng.next() < 0.5);
      const context = writePassage(taskRng.fork('passage'), world);
      const kind = KINDS[i % KINDS.length] ?? 'single';
      const q = makeQaQuestion(taskRng.fork('question'), world, kind);
      if (q === null) return null;
      const words = context.split(/\s+/).length;
      return {
        key: `${context}\n${q.question}`,
        task: {
          source: name,
          type: 'qa',
          metric: 'f1',
          question: q.question,
          context,
          gold: [q.answer],
          difficulty: qaDifficulty(q.hops, words),
          distractors: q.distractors,
          meta: { template: q.template, kind: q.kind, hops: q.hops, words },
        },
      };
    },
    { testSize: options.testSize ?? 150, trainSize: options.trainSize ?? 600 },
  );
  return {
    name,
    type: 'qa',
    description:
      'Generated fictional passages (towns, companies, founders, employees, years) with single-hop, bridge and ' +
      'comparison questions; answers are spans of the passage.',
    test,
    train,
  };
}

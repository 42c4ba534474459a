import { createRng } from '../../../util/createRng.ts';
import type { Task, TaskSuite } from '../../types.ts';
import { buildSplits, type SplitSizes } from '../buildSplits.ts';
import { pickDistinct } from '../math/mathText.ts';
import type { CodeCase, CodeFamily, CodeProblem } from './codeFamilyTypes.ts';
import { CODE_FAMILIES } from './codeFamilies.ts';
import { toPyLiteral } from './toPyLiteral.ts';

/** Options of {@link createCodeSuite}; the defaults give the published `builtin:code`. */
export interface CodeSuiteOptions extends Partial<SplitSizes> {
  seed?: string;
}

/** One assert line per case: `assert f(args) == expected`. */
export function toAssert(entryPoint: string, c: CodeCase): string {
  return `assert ${entryPoint}(${c.args.map(toPyLiteral).join(', ')}) == ${toPyLiteral(c.expected)}`;
}

/** The task a family's problem becomes: asserts for tests, the solution as gold, the bugs as distractors. */
export function toCodeTask(
  problem: CodeProblem,
  origin: { suite: string; family: CodeFamily; setting: string },
): Omit<Task, 'id'> {
  const question = `${problem.description}\n\nWrite the function:\n\n\`\`\`python\n${problem.signature}\n\`\`\``;
  return {
    source: origin.suite,
    type: 'code',
    metric: 'code',
    question,
    gold: [problem.solution],
    difficulty: Math.round(Math.min(1, Math.max(0, problem.difficulty)) * 1000) / 1000,
    distractors: problem.buggy,
    code: {
      format: 'asserts',
      entryPoint: problem.entryPoint,
      publicTests: problem.publicCases.map((c) => toAssert(problem.entryPoint, c)),
      hiddenTests: problem.hiddenCases.map((c) => toAssert(problem.entryPoint, c)),
      solution: problem.solution,
      buggy: problem.buggy,
      starter: problem.signature,
    },
    meta: { family: origin.family.id, topic: origin.family.topic, setting: origin.setting },
  };
}

/**
 * The built-in code suite: parametrised Python function families, taken round-robin (each family's settings in
 * a seeded order) so the test split covers every family and the training pool holds the other settings.
 */
export function createCodeSuite(options: CodeSuiteOptions = {}): TaskSuite {
  const name = 'builtin:code';
  const rng = createRng(options.seed ?? 'flowsteer/builtin-code/v1');
  const orders = CODE_FAMILIES.map((f) =>
    pickDistinct(
      rng.fork(`order-${f.id}`),
      Array.from({ length: f.size }, (_, i) => i),
      f.size,
    ),
  );
  const { test, train } = buildSplits(
    name,
    (i) => {
      const f = i % CODE_FAMILIES.length;
      const family = CODE_FAMILIES[f];
      const setting = orders[f]?.[Math.floor(i / CODE_FAMILIES.length)];
      if (!family || setting === undefined) return null;
      const key = family.keyOf(setting);
      const problem = family.build(setting, rng.fork(key));
      return { key, task: toCodeTask(problem, { suite: name, family, setting: key }) };
    },
    { testSize: options.testSize ?? 120, trainSize: options.trainSize ?? 420 },
  );
  return {
    name,
    type: 'code',
    description:
      `Parametrised Python function tasks from ${CODE_FAMILIES.length} families (strings, lists, number theory, ` +
      'dicts, parsing, intervals, matrices) with public and hidden asserts and realistic buggy variants.',
    test,
    train,
  };
}

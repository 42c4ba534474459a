import { createRng } from '../../../util/createRng.ts';
import type { TaskSuite } from '../../types.ts';
import { buildSplits, type SplitSizes } from '../buildSplits.ts';
import { buildMathTask } from './buildMathTask.ts';
import { AVERAGE_TEMPLATES } from './averageTemplates.ts';
import { EARNING_TEMPLATES } from './earningTemplates.ts';
import type { MathLevel, MathTemplate } from './mathTemplateTypes.ts';
import { MEASURE_TEMPLATES } from './measureTemplates.ts';
import { MONEY_TEMPLATES } from './moneyTemplates.ts';
import { QUANTITY_TEMPLATES } from './quantityTemplates.ts';
import { RATE_TEMPLATES } from './rateTemplates.ts';
import { WORK_TEMPLATES } from './workTemplates.ts';

/** Every word-problem template of the built-in math suite. */
export const MATH_TEMPLATES: readonly MathTemplate[] = [
  ...MONEY_TEMPLATES,
  ...EARNING_TEMPLATES,
  ...RATE_TEMPLATES,
  ...WORK_TEMPLATES,
  ...QUANTITY_TEMPLATES,
  ...AVERAGE_TEMPLATES,
  ...MEASURE_TEMPLATES,
];

/** Options of {@link createMathSuite}; the defaults give the published `builtin:math`. */
export interface MathSuiteOptions extends Partial<SplitSizes> {
  seed?: string;
}

/**
 * The built-in math suite: multi-step word problems drawn round-robin from the templates with a seeded level,
 * each with a gold answer, 2–3 typical-mistake distractors and the Python programs that compute them.
 */
export function createMathSuite(options: MathSuiteOptions = {}): TaskSuite {
  const name = 'builtin:math';
  const rng = createRng(options.seed ?? 'flowsteer/builtin-math/v1');
  const { test, train } = buildSplits(
    name,
    (i) => {
      const template = MATH_TEMPLATES[i % MATH_TEMPLATES.length];
      if (!template) return null;
      const taskRng = rng.fork(`task-${i}`);
      const level = taskRng.int(3) as MathLevel;
      const built = buildMathTask(template.id, template.build(taskRng.fork('build'), level));
      return {
        key: built.key,
        task: {
          source: name,
          type: 'math',
          metric: 'math',
          question: built.question,
          gold: [built.gold],
          difficulty: built.difficulty,
          distractors: built.distractors,
          programs: built.programs,
          meta: {
            template: template.id,
            topic: template.topic,
            level,
            mistakes: built.mistakeKinds.join(', '),
          },
        },
      };
    },
    { testSize: options.testSize ?? 150, trainSize: options.trainSize ?? 600 },
  );
  return {
    name,
    type: 'math',
    description:
      `Generated multi-step word problems (${MATH_TEMPLATES.length} templates: shopping, percentages, rates, ` +
      'ages, fractions, ratios, averages, geometry, unit conversion, work problems) with exact answers.',
    test,
    train,
  };
}

import { FlowSteerError } from '../errors.ts';
import { createCodeSuite } from './builtin/code/createCodeSuite.ts';
import { createMathSuite } from './builtin/math/createMathSuite.ts';
import { createQaSuite } from './builtin/qa/createQaSuite.ts';
import type { TaskSuite } from './types.ts';

/** The names of the built-in offline suites. */
export type SuiteName = 'builtin:math' | 'builtin:qa' | 'builtin:code';

const FACTORIES: Record<SuiteName, () => TaskSuite> = {
  'builtin:math': () => createMathSuite(),
  'builtin:qa': () => createQaSuite(),
  'builtin:code': () => createCodeSuite(),
};

/** Every suite name {@link getSuite} accepts, in display order. */
export const SUITE_NAMES: readonly string[] = Object.keys(FACTORIES);

/** Whether `name` is a built-in suite. */
export function isSuiteName(name: string): name is SuiteName {
  return Object.hasOwn(FACTORIES, name);
}

// Suites are pure functions of their fixed seeds, so one frozen copy per name serves everyone.
const cache = new Map<SuiteName, TaskSuite>();

const freeze = (suite: TaskSuite): TaskSuite => {
  for (const task of [...suite.test, ...suite.train]) Object.freeze(task);
  Object.freeze(suite.test);
  Object.freeze(suite.train);
  return Object.freeze(suite);
};

/**
 * A built-in suite by name, generated once and cached (frozen: treat tasks as read-only). Throws
 * `E_UNKNOWN_SUITE`, listing the known names, for any other name.
 */
export function getSuite(name: string): TaskSuite {
  if (!isSuiteName(name)) {
    throw new FlowSteerError(
      'E_UNKNOWN_SUITE',
      `No task suite named "${name}". Known suites: ${SUITE_NAMES.join(', ')}.`,
    );
  }
  const cached = cache.get(name);
  if (cached) return cached;
  const suite = freeze(FACTORIES[name]());
  cache.set(name, suite);
  return suite;
}

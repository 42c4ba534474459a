import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Test's templates (used for its reflect-and-rewrite rounds); the first is the default. */
export const TEST_TEMPLATES: PromptTemplate[] = [
  {
    id: 'test-reflect',
    title: 'Reflect on failures',
    text:
      'The code below fails some of its tests. Read each failure, explain in a few sentences what the code ' +
      'does wrong (the wrong branch, the off-by-one, the unhandled input), then rewrite the whole solution so ' +
      'that it passes these tests and stays correct on inputs the tests do not cover.',
  },
  {
    id: 'test-trace',
    title: 'Trace the failing case',
    text:
      'Take the first failing test and trace the code on its input line by line, writing down the values of ' +
      'the variables, until the result differs from the expected one. Fix the cause you found, check the ' +
      'other tests the same way, and give the corrected solution in full.',
  },
  {
    id: 'test-rewrite',
    title: 'Rewrite from the specification',
    text:
      'The current code is unreliable. Re-read the problem statement and the tests, and write a fresh, ' +
      'straightforward solution from the specification rather than patching the old code. Keep the same ' +
      'function name and signature.',
  },
];

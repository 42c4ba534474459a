import { runCodeTests } from '../../src/core/tasks/runCodeTests.ts';
import { createTestOperator } from './createTestOperator.ts';

/** Test: runs the candidate code on the public tests; on failure up to 3 reflect-and-rewrite rounds. */
export const testOperator = createTestOperator(runCodeTests);

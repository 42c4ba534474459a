import { hashHex } from '../../util/hash.ts';
import type { TestPlan } from './buildTestPlan.ts';
import { CODE_HARNESS_SOURCE } from './codeHarnessSource.ts';

/** A harness program and the marker that starts each of its event lines. */
export interface HarnessProgram {
  program: string;
  mark: string;
}

/**
 * Builds the Python program for one test run: the plan as JSON in a string literal (a JSON string is a valid
 * Python string literal), then the harness. The event marker carries a hash of the plan, which includes the
 * candidate, so the candidate cannot know it in advance and print fake results.
 */
export function buildHarnessProgram(plan: TestPlan): HarnessProgram {
  const mark = `@@flowsteer-test-${hashHex(JSON.stringify(plan))}@@`;
  const payload = JSON.stringify({ ...plan, mark });
  return { program: `_PLAN_JSON = ${JSON.stringify(payload)}\n${CODE_HARNESS_SOURCE}`, mark };
}

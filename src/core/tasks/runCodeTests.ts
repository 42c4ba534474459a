import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import { buildHarnessProgram } from './code/buildHarnessProgram.ts';
import { buildTestPlan } from './code/buildTestPlan.ts';
import { summarizeHarnessRun } from './code/summarizeHarnessRun.ts';
import type { CodeTestReport, TestSelection } from './codeTestTypes.ts';
import type { Task } from './types.ts';

/**
 * Runs a candidate against a code task's public or hidden tests in ONE sandbox call and counts what passed:
 * 'asserts' per assert (after `setup`), 'humaneval' per test (`check(entry_point)` for the test text, asserts for
 * docstring examples; the starter prompt is prepended when the candidate only has the body), 'stdio' per case
 * (stdout compared ignoring whitespace, numbers within 1e-5), 'call' per case (`fn(*inputs)` or
 * `Solution().fn(*inputs)`), 'ds1000' per harness (`test_execution(code)`; a missing library gives errorType
 * 'unavailable'). A selection with no tests makes no sandbox call and reports total 0, allPassed false.
 */
export async function runCodeTests(
  sandbox: CodeSandbox,
  task: Task,
  code: string,
  which: TestSelection,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<CodeTestReport> {
  const spec = task.code;
  if (!spec) {
    return {
      passed: 0,
      total: 0,
      allPassed: false,
      failures: [],
      errorType: null,
      message: `Task ${task.id} has no code tests.`,
    };
  }
  const plan = buildTestPlan(spec, code, which);
  if (plan.total === 0) {
    return {
      passed: 0,
      total: 0,
      allPassed: false,
      failures: [],
      errorType: null,
      message: `No ${which} tests.`,
    };
  }
  const { program, mark } = buildHarnessProgram(plan);
  const result = await sandbox.run({
    code: program,
    timeoutMs: opts.timeoutMs,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return summarizeHarnessRun(plan, result, mark);
}

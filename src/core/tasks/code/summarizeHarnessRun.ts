import type { SandboxErrorType, SandboxResult } from '../../ports/CodeSandbox.ts';
import type { CodeTestReport } from '../codeTestTypes.ts';
import type { TestPlan } from './buildTestPlan.ts';

/** How many failure messages a report keeps. */
export const MAX_REPORTED_FAILURES = 5;

/** One event line written by the harness. */
export type HarnessEvent =
  | { kind: 'result'; index: number; ok: boolean; message?: string }
  | { kind: 'candidate'; errorType: SandboxErrorType; exception: string; message: string }
  | { kind: 'setup'; message: string }
  | { kind: 'missing'; module: string }
  | { kind: 'done' };

/** Reads the marked event lines out of the harness's stdout; other lines (and broken JSON) are ignored. */
export function parseHarnessEvents(stdout: string, mark: string): HarnessEvent[] {
  const events: HarnessEvent[] = [];
  for (const line of stdout.split('\n')) {
    const at = line.indexOf(mark);
    if (at < 0) continue;
    try {
      events.push(JSON.parse(line.slice(at + mark.length)) as HarnessEvent);
    } catch {
      // A line cut by the output cap: the events it held are simply missing.
    }
  }
  return events;
}

const report = (
  plan: TestPlan,
  passed: number,
  failures: string[],
  errorType: SandboxErrorType | null,
  message: string,
): CodeTestReport => ({
  passed,
  total: plan.total,
  allPassed: errorType === null && plan.total > 0 && passed === plan.total,
  failures: failures.slice(0, MAX_REPORTED_FAILURES),
  errorType,
  message,
});

/**
 * Turns the sandbox result of a harness run into a report: passed/total from the result events, the first
 * failure messages (`Test 2: failed: assert f(1) == 2 (got 3)`, `Case 1: expected '3', got '4'`), and an error
 * type when the run as a whole failed (candidate does not load, time limit, missing DS-1000 module…). Results
 * written before a timeout still count.
 */
export function summarizeHarnessRun(plan: TestPlan, result: SandboxResult, mark: string): CodeTestReport {
  const events = parseHarnessEvents(result.stdout, mark);
  const label = plan.mode === 'call' || plan.mode === 'stdio' ? 'Case' : 'Test';
  const results = events.filter((e) => e.kind === 'result');
  const passed = results.filter((e) => e.ok).length;
  const failures = results
    .filter((e) => !e.ok)
    .map((e) => `${label} ${e.index + 1}: ${e.message ?? 'failed'}`);
  for (const event of events) {
    if (event.kind === 'candidate') {
      return report(plan, 0, [event.message], event.errorType, `The code does not run: ${event.message}`);
    }
    if (event.kind === 'setup') {
      return report(plan, 0, [event.message], 'runtime', `The test setup failed: ${event.message}`);
    }
    if (event.kind === 'missing') {
      return report(
        plan,
        passed,
        failures,
        'unavailable',
        `DS-1000 needs ${event.module}, which this sandbox lacks.`,
      );
    }
  }
  if (events.some((e) => e.kind === 'done')) return report(plan, passed, failures, null, '');
  if (!result.ok) {
    const errorType = result.errorType === 'syntax' ? 'runtime' : result.errorType;
    if (errorType === 'timeout' && results.length < plan.total) {
      failures.push(`${label} ${results.length + 1}: did not finish within the time limit`);
    }
    return report(plan, passed, failures, errorType, result.message);
  }
  return report(plan, passed, failures, 'runtime', 'The tests stopped before reporting all results.');
}

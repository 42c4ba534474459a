import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import { scoreTask } from './metrics/scoreTask.ts';
import { runCodeTests } from './runCodeTests.ts';
import type { Task } from './types.ts';

/** Per-sandbox-run limit when scoring code on hidden tests. */
export const HIDDEN_TEST_TIMEOUT_MS = 10_000;

/**
 * Wires the metric of SPEC §4 to a sandbox: code answers are scored by running the task's hidden tests. Returns
 * the correctness c ∈ [0, 1] that the reward and evaluation use.
 */
export function createRunScorer(
  sandbox: CodeSandbox,
): (task: Task, answer: string | null) => Promise<number> {
  return async (task, answer) => {
    const result = await scoreTask(task, answer, {
      runHiddenTests: async (code) => {
        const report = await runCodeTests(sandbox, task, code, 'hidden', {
          timeoutMs: HIDDEN_TEST_TIMEOUT_MS,
        });
        return report.allPassed ? 1 : 0;
      },
    });
    return result.score;
  };
}

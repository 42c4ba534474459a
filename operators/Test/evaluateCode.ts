import { describeSandboxFailure, runPython } from '../../src/core/operators/operatorHelpers.ts';
import { printedAnswer, programToRun } from '../../src/core/operators/pythonPrograms.ts';
import type { OperatorContext } from '../../src/core/operators/types.ts';
import type { CodeSandbox, SandboxErrorType } from '../../src/core/ports/CodeSandbox.ts';
import type { CodeTestReport, TestSelection } from '../../src/core/tasks/codeTestTypes.ts';
import type { Task } from '../../src/core/tasks/types.ts';

/** The shape of `runCodeTests` (src/core/tasks/runCodeTests.ts), injected so tests can replace it. */
export type RunCodeTests = (
  sandbox: CodeSandbox,
  task: Task,
  code: string,
  which: TestSelection,
  opts: { timeoutMs: number; signal?: AbortSignal },
) => Promise<CodeTestReport>;

/** How one candidate fared: on the public tests, or (with none) whether it runs at all. */
export interface Evaluation {
  passed: number;
  total: number;
  /** Share of public tests passed; null when the task has none. */
  ratio: number | null;
  allPassed: boolean;
  feedback: string;
  errorType: SandboxErrorType | null;
  /** What a `solve()` program printed (math/qa/mc), if it ran. */
  printed: string | null;
}

const testFeedback = (report: CodeTestReport): string => {
  if (report.allPassed) return `All ${report.total} public tests passed.`;
  const lines = [
    `Passed ${report.passed} of ${report.total} public tests.`,
    ...report.failures.map((f) => `- ${f}`),
  ];
  if (report.message !== '' && !report.failures.includes(report.message)) lines.push(report.message);
  return lines.join('\n');
};

async function runOnly(ctx: OperatorContext, code: string): Promise<Evaluation> {
  const result = await runPython(ctx, programToRun(ctx.task, code));
  if (!result.ok) {
    const message = describeSandboxFailure(result);
    const feedback = `The code does not run: ${message}`;
    return {
      passed: 0,
      total: 1,
      ratio: null,
      allPassed: false,
      feedback,
      errorType: result.errorType,
      printed: null,
    };
  }
  return {
    passed: 1,
    total: 1,
    ratio: null,
    allPassed: true,
    feedback: 'The task has no public tests; the code runs without error.',
    errorType: null,
    printed: printedAnswer(result.stdout),
  };
}

/** Runs a candidate on the task's public tests, or only checks that it runs when the task has none. */
export async function evaluateCode(
  ctx: OperatorContext,
  runTests: RunCodeTests,
  code: string,
): Promise<Evaluation> {
  const { task } = ctx;
  if (task.type !== 'code' || !task.code) return runOnly(ctx, code);
  const report = await runTests(ctx.sandbox, task, code, 'public', {
    timeoutMs: ctx.sandboxTimeoutMs,
    signal: ctx.signal,
  });
  if (report.errorType === 'aborted') ctx.signal.throwIfAborted();
  if (report.total === 0 && report.errorType === null) return runOnly(ctx, code);
  return {
    passed: report.passed,
    total: report.total,
    ratio: report.total > 0 ? report.passed / report.total : 0,
    allPassed: report.allPassed && report.total > 0,
    feedback: testFeedback(report),
    errorType: report.errorType,
    printed: null,
  };
}

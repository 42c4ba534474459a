import type { CodeSandbox } from '../core/ports/CodeSandbox.ts';
import { scoreTask } from '../core/tasks/metrics/scoreTask.ts';
import { runCodeTests } from '../core/tasks/runCodeTests.ts';
import type { Task } from '../core/tasks/types.ts';

/** What happened to one task's self-check. */
export type CheckOutcome = 'passed' | 'failed' | 'error' | 'skipped';

/** One task that did not pass, with why. */
export interface CheckFailure {
  id: string;
  outcome: Exclude<CheckOutcome, 'passed'>;
  message: string;
}

/** The result of checking a task set against itself. */
export interface DatasetCheckReport {
  /** `reference`: code tasks' reference solutions run on their hidden tests; `metric`: gold scored against gold. */
  kind: 'reference' | 'metric';
  checked: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Every task that did not pass, in task order. */
  failures: CheckFailure[];
  /** Metric sets only: distractors that the metric scores 1 (they could not tell a wrong answer from the gold). */
  distractorsScoringOne: { id: string; distractor: string }[];
  durationMs: number;
}

/** Options of {@link checkDataset}. */
export interface CheckDatasetOptions {
  /** Needed for code tasks: runs the reference solutions. */
  sandbox?: CodeSandbox;
  /** Per-task limit on one sandbox run of the hidden tests. */
  timeoutMs: number;
  /** Called after each task, e.g. for a progress line. */
  onTask?: (id: string, outcome: CheckOutcome, done: number) => void;
  now?: () => number;
}

async function checkReference(
  task: Task,
  options: CheckDatasetOptions,
): Promise<{ outcome: CheckOutcome; message: string }> {
  const reference = task.code?.solution ?? '';
  if (reference.trim() === '') return { outcome: 'skipped', message: 'no reference solution' };
  if (!options.sandbox) throw new Error('Checking code tasks needs a sandbox.');
  const report = await runCodeTests(options.sandbox, task, reference, 'hidden', {
    timeoutMs: options.timeoutMs,
  });
  if (report.total === 0) return { outcome: 'skipped', message: report.message || 'no hidden tests' };
  if (report.errorType !== null)
    return { outcome: 'error', message: `${report.errorType}: ${report.message}` };
  if (report.allPassed) return { outcome: 'passed', message: '' };
  const first = report.failures[0];
  return {
    outcome: 'failed',
    message: `${report.passed}/${report.total} hidden tests passed${first === undefined ? '' : `; ${first}`}`,
  };
}

async function checkGold(
  task: Task,
  distractorsScoringOne: DatasetCheckReport['distractorsScoringOne'],
): Promise<{ outcome: CheckOutcome; message: string }> {
  const gold = task.gold[0];
  if (gold === undefined) return { outcome: 'skipped', message: 'no gold answer' };
  for (const distractor of task.distractors) {
    if ((await scoreTask(task, distractor)).score >= 1)
      distractorsScoringOne.push({ id: task.id, distractor });
  }
  const result = await scoreTask(task, gold);
  if (result.score >= 1) return { outcome: 'passed', message: '' };
  return {
    outcome: 'failed',
    message:
      `gold ${JSON.stringify(gold)} scores ${result.score.toFixed(3)} against itself` +
      ` (read as ${JSON.stringify(result.extracted)}; ${result.detail})`,
  };
}

/**
 * Checks that a task set is usable: for code tasks every reference solution must pass its hidden tests in the
 * sandbox; for the others the gold answer must score 1 under the task's own metric. Tasks run one at a time
 * because the sandbox does too.
 */
export async function checkDataset(
  tasks: readonly Task[],
  options: CheckDatasetOptions,
): Promise<DatasetCheckReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const kind = tasks.some((t) => t.metric === 'code') ? 'reference' : 'metric';
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  const failures: CheckFailure[] = [];
  const distractorsScoringOne: DatasetCheckReport['distractorsScoringOne'] = [];
  let done = 0;
  for (const task of tasks) {
    const { outcome, message } =
      task.metric === 'code'
        ? await checkReference(task, options)
        : await checkGold(task, distractorsScoringOne);
    counts[outcome] += 1;
    if (outcome !== 'passed') failures.push({ id: task.id, outcome, message });
    options.onTask?.(task.id, outcome, ++done);
  }
  return {
    kind,
    checked: tasks.length,
    passed: counts.passed,
    failed: counts.failed,
    errors: counts.error,
    skipped: counts.skipped,
    failures,
    distractorsScoringOne,
    durationMs: now() - started,
  };
}

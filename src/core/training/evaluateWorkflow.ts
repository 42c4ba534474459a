import type { RunResult } from '../canvas/types.ts';
import { runWorkflow } from '../canvas/executeWorkflow.ts';
import type { NodeCache } from '../canvas/createNodeCache.ts';
import type { Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { meanInterval, type MeanInterval } from './meanInterval.ts';

/** Scores one run's answer on its task (0–1). */
export type RunScorer = (task: Task, answer: string | null, result: RunResult) => Promise<number>;

export interface EvaluateWorkflowOptions {
  workflow: Workflow;
  tasks: readonly Task[];
  registry: OperatorRegistry;
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  score: RunScorer;
  cache?: NodeCache;
  signal?: AbortSignal;
  /** Tasks run at once; results do not depend on it because every simulated draw is keyed, not sequenced. */
  concurrency?: number;
  onTaskDone?: (outcome: TaskOutcome, done: number) => void;
}

/** One task's result in an evaluation. */
export interface TaskOutcome {
  id: string;
  /** The task's suite or dataset. */
  source: string;
  score: number;
  answer: string | null;
  status: RunResult['status'];
  tokens: number;
}

/** A fixed workflow's score over a task set (SPEC §6: one sample per task, mean and 95% interval). */
export interface EvaluationReport {
  score: number;
  interval: MeanInterval;
  n: number;
  /** Mean and 95% interval per suite or dataset (task source). */
  perSuite: Record<string, MeanInterval>;
  perTask: TaskOutcome[];
  tokens: { prompt: number; completion: number; total: number };
  llmCalls: number;
  sandboxCalls: number;
  sandboxMs: number;
  durationMs: number;
}

/** Runs a fixed workflow over tasks and scores every answer; output order follows the task order. */
export async function evaluateWorkflow(options: EvaluateWorkflowOptions): Promise<EvaluationReport> {
  const { tasks, clock } = options;
  const started = clock.now();
  const outcomes: TaskOutcome[] = new Array<TaskOutcome>(tasks.length);
  const totals = { prompt: 0, completion: 0, llmCalls: 0, sandboxCalls: 0, sandboxMs: 0 };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index] as Task;
      const result = await runWorkflow({
        workflow: options.workflow,
        task,
        registry: options.registry,
        llm: options.llm,
        sandbox: options.sandbox,
        clock,
        ...(options.cache ? { cache: options.cache } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const score = result.status === 'aborted' ? 0 : await options.score(task, result.answer, result);
      totals.prompt += result.tokens.prompt;
      totals.completion += result.tokens.completion;
      totals.llmCalls += result.llmCalls;
      totals.sandboxCalls += result.sandboxCalls;
      totals.sandboxMs += result.sandboxMs;
      const outcome: TaskOutcome = {
        id: task.id,
        source: task.source,
        score,
        answer: result.answer,
        status: result.status,
        tokens: result.tokens.prompt + result.tokens.completion,
      };
      outcomes[index] = outcome;
      done += 1;
      options.onTaskDone?.(outcome, done);
      if (options.signal?.aborted) return;
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? 4, tasks.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  const perTask = outcomes.filter((o): o is TaskOutcome => o !== undefined);
  const interval = meanInterval(perTask.map((o) => o.score));
  const sources = [...new Set(perTask.map((o) => o.source))].sort();
  const perSuite = Object.fromEntries(
    sources.map((s) => [s, meanInterval(perTask.filter((o) => o.source === s).map((o) => o.score))]),
  );
  return {
    score: interval.mean,
    interval,
    n: perTask.length,
    perSuite,
    perTask,
    tokens: {
      prompt: totals.prompt,
      completion: totals.completion,
      total: totals.prompt + totals.completion,
    },
    llmCalls: totals.llmCalls,
    sandboxCalls: totals.sandboxCalls,
    sandboxMs: totals.sandboxMs,
    durationMs: clock.now() - started,
  };
}

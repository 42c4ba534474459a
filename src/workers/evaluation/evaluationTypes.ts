import type { Task } from '../../core/tasks/types.ts';
import type { MeanInterval } from '../../core/training/meanInterval.ts';

/** Where a contender's row goes in the table: the user's own work or one of the reference baselines. */
export type ContenderGroup = 'yours' | 'baseline';

/** A fixed workflow, given as DSL so it crosses the worker boundary as plain text. */
export interface WorkflowContender {
  kind: 'workflow';
  id: string;
  label: string;
  group: ContenderGroup;
  dsl: string;
}

/** A policy that builds a workflow per task: `heuristic`, `random`, `untrained` or `checkpoint:<name>`. */
export interface PolicyContender {
  kind: 'policy';
  id: string;
  label: string;
  group: ContenderGroup;
  policy: string;
}

/** One thing to evaluate. */
export type ContenderSpec = WorkflowContender | PolicyContender;

/** A task set: a built-in suite's test split, cut to its first `limit` tasks. */
export interface TaskSetSpec {
  suite: string;
  limit: number;
  /** The tasks of a set the user imported (the worker has no copy of them); a built-in suite's split otherwise. */
  tasks?: Task[];
}

/** What the view asks the worker to evaluate; plain data. */
export interface EvaluationRequest {
  taskSets: TaskSetSpec[];
  contenders: ContenderSpec[];
  /** Seeds the simulated backend and every policy's choices. */
  seed: number;
  /** A simulated profile name (`default`, `strong`, `weak`). */
  profile: string;
  /** Turn limit of policy episodes (default 12, SPEC §1). */
  maxTurns?: number;
}

/** One contender's measured row: every number comes from the run. */
export interface ContenderResult {
  id: string;
  label: string;
  group: ContenderGroup;
  kind: ContenderSpec['kind'];
  /** The DSL of a workflow, or the policy's most frequent final workflow. */
  detail: string;
  overall: MeanInterval;
  /** Keyed by suite name (the tasks' source). */
  perSuite: Record<string, MeanInterval>;
  /** Share of tasks whose final workflow is a shortcut (< 5 operators, no structure or no checker). */
  shortcutRate: number;
  /** Policy turns per task; null for fixed workflows, which take no turns. */
  meanTurns: number | null;
  tokensPerTask: number;
  n: number;
  seconds: number;
}

/** What the worker reports while it runs, in order. */
export type EvaluationEvent =
  | { type: 'started'; total: number; tasks: number; contenders: number }
  | { type: 'contenderStarted'; contenderId: string; label: string; index: number }
  | {
      type: 'taskDone';
      contenderId: string;
      taskId: string;
      source: string;
      score: number;
      /** Tasks finished over the whole evaluation, out of `total`. */
      done: number;
      total: number;
    }
  | { type: 'contenderFinished'; result: ContenderResult }
  | { type: 'contenderFailed'; contenderId: string; label: string; message: string };

/** How an evaluation ended, with the rows of every contender that finished. */
export interface EvaluationOutcome {
  status: 'done' | 'cancelled';
  results: ContenderResult[];
  failures: { contenderId: string; label: string; message: string }[];
  seconds: number;
  /** Tasks run to the end, out of `total` (events may arrive after the outcome; these are final). */
  done: number;
  total: number;
}

/** Receives events as they happen; with comlink, wrap it in `proxy`. */
export type EvaluationListener = (event: EvaluationEvent) => void;

/** The evaluation worker's API: every method takes and returns plain data. */
export interface EvaluationApi {
  /** Names of the saved policy checkpoints (empty when there is no checkpoint store). */
  listCheckpoints(): Promise<string[]>;
  /** Runs an evaluation; rejects when another one is running. */
  evaluate(request: EvaluationRequest, listener: EvaluationListener): Promise<EvaluationOutcome>;
  /** Stops the running evaluation: in-flight LLM and sandbox calls are aborted; the outcome says `cancelled`. */
  cancel(): void;
}

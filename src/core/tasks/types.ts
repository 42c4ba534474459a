/** Task kinds of SPEC §6; the metric follows from the kind unless a task names one. */
export type TaskType = 'math' | 'qa' | 'code' | 'mc';

export const TASK_TYPES: readonly TaskType[] = ['math', 'qa', 'code', 'mc'];

/** How a task is scored (SPEC §4 "Correctness c"). */
export type MetricName = 'math' | 'f1' | 'code' | 'mc';

/** How code tasks are executed against tests. */
export type CodeTestFormat =
  /** Python asserts run after the candidate code (MBPP style, and the built-in suite). */
  | 'asserts'
  /** HumanEval: `check(entry_point)` defined by the test text. */
  | 'humaneval'
  /** APPS stdin/stdout: inputs and expected outputs. */
  | 'stdio'
  /** APPS call-based: call `fnName(*inputs)`. */
  | 'call'
  /** DS-1000 harness. */
  | 'ds1000';

/** Public and hidden tests of a code task, plus reference and buggy code for the simulated backend. */
export interface CodeSpec {
  format: CodeTestFormat;
  /** Function the candidate must define (HumanEval entry point, MBPP function name), when there is one. */
  entryPoint?: string;
  /** Setup code run before the tests (MBPP test_setup_code, imports). */
  setup?: string;
  /** Tests the workflow may see and run (Test operator). For 'asserts': Python assert lines. */
  publicTests: string[];
  /** Tests used only for scoring. */
  hiddenTests: string[];
  /**
   * For 'stdio' / 'call': input and expected output pairs (publicTests/hiddenTests stay empty). The first
   * `publicCount` cases (default 1) are public; the hidden selection runs every case, as the dataset's metric does.
   */
  io?: { inputs: unknown[]; outputs: unknown[]; fnName?: string; publicCount?: number };
  /** A correct reference solution (full code). */
  solution: string;
  /** Buggy variants of the solution that fail the hidden tests (some may pass the public ones). */
  buggy: string[];
  /** Starter code shown with the question (function signature), if any. */
  starter?: string;
}

/** Python programs for the Programmer operator on math tasks: each defines `solve()`. */
export interface MathPrograms {
  correct: string;
  /** One program per distractor, in the same order as `distractors`, that computes it. */
  wrong: string[];
}

/**
 * One task the canvas can run. `gold` lists every accepted answer; `distractors` are the 2–3 plausible wrong
 * answers the simulated backend draws from (SPEC §3), so independent samples are correlated.
 */
export interface Task {
  id: string;
  /** Suite or dataset name, e.g. `builtin:math`, `gsm8k`. */
  source: string;
  type: TaskType;
  metric: MetricName;
  question: string;
  /** A passage for reading-comprehension tasks. */
  context?: string;
  gold: string[];
  /** Difficulty δ ∈ [0, 1]. */
  difficulty: number;
  distractors: string[];
  /** Multiple-choice options, in letter order (a, b, c, …). */
  choices?: string[];
  code?: CodeSpec;
  programs?: MathPrograms;
  /** Free-form provenance (dataset fields, generator parameters). */
  meta?: Record<string, string | number | boolean>;
}

/** A named collection of tasks with a fixed test split and a separate training pool. */
export interface TaskSuite {
  name: string;
  type: TaskType;
  description: string;
  test: Task[];
  train: Task[];
}

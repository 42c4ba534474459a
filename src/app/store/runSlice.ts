import type { NodeStatus } from '../canvas/toFlowElements.ts';

/** The built-in suites the task picker offers (their test splits). */
export const RUN_SUITES = ['builtin:math', 'builtin:qa', 'builtin:code'] as const;
export type BuiltinSuite = (typeof RUN_SUITES)[number];
/** A built-in suite, or an imported dataset's id (`dataset:<name>:<n>`, see app/datasets/importedSets.ts). */
export type RunSuite = string;

/** Whether a suite value is one of the built-in suites. */
export const isBuiltinSuite = (suite: string): suite is BuiltinSuite =>
  (RUN_SUITES as readonly string[]).includes(suite);

/** Where a run stands; `stopped` is a run the user aborted. */
export type RunPhase = 'idle' | 'running' | 'succeeded' | 'failed' | 'stopped';

/** One streamed line of the run panel. */
export interface RunLogLine {
  id: number;
  kind: 'info' | 'ok' | 'error' | 'tokens';
  text: string;
}

/** The run part of the app state: the chosen task, per-node status, the streamed log and the outcome. */
export interface RunSlice {
  suite: RunSuite;
  taskIndex: number;
  runPhase: RunPhase;
  nodeStatus: Record<string, NodeStatus>;
  /** Failure messages by node id, shown in the inspector. */
  nodeMessages: Record<string, string>;
  runLog: RunLogLine[];
  answer: string | null;
  /** Correctness c ∈ [0, 1], once scored. */
  score: number | null;
  runError: string | null;
}

/** The run slice before any run, and after the workflow changes shape. */
export const IDLE_RUN: Omit<RunSlice, 'suite' | 'taskIndex'> & Pick<RunSlice, 'suite' | 'taskIndex'> = {
  suite: 'builtin:math',
  taskIndex: 0,
  runPhase: 'idle',
  nodeStatus: {},
  nodeMessages: {},
  runLog: [],
  answer: null,
  score: null,
  runError: null,
};

import type { ErrorCode } from '../errors.ts';
import type { NodeId } from '../graph/types.ts';
import type { OperatorSignals, StageState } from '../operators/types.ts';

/** How one node ended in a run; `skipped` covers a conditional's branch not taken and nodes never reached. */
export type NodeRunStatus = 'succeeded' | 'failed' | 'skipped' | 'aborted';

/** Token totals, split as endpoints bill them. */
export interface TokenCount {
  prompt: number;
  completion: number;
}

/** A failure attached to a node or a run, with a stable code. */
export interface RunError {
  code: ErrorCode;
  message: string;
}

/** One operator call in execution order (a loop body appears once per pass, a parallel child once per branch). */
export interface NodeInvocation {
  nodeId: NodeId;
  operator: string;
  branch: number;
  /** Loop pass (0-based), else 0. */
  pass: number;
  status: NodeRunStatus;
  summary: string;
  signals: OperatorSignals;
  cached: boolean;
  durationMs: number;
  tokens: TokenCount;
  error?: RunError;
}

/** The latest state of each node of the workflow (structures included) after a run, for the feedback and the UI. */
export interface NodeRunRecord {
  status: NodeRunStatus;
  summary: string;
  signals: OperatorSignals;
  /** Every call of this node was served from the node cache. */
  cached: boolean;
  /** Summed over passes. */
  durationMs: number;
  tokens: TokenCount;
  error?: RunError;
}

/** Everything a run produced. `failed` means no answer came out; node failures alone do not fail a run. */
export interface RunResult {
  runId: string;
  status: 'succeeded' | 'failed' | 'aborted';
  /** The final stage's answer; on code tasks the answer, or the code when no answer text exists. */
  answer: string | null;
  finalState: StageState;
  nodes: Record<NodeId, NodeRunRecord>;
  /** Operator calls in a deterministic order (branch order inside a parallel node). */
  trace: NodeInvocation[];
  /** Each signal's latest reported value over the trace. */
  signals: OperatorSignals;
  /** Tokens this run spent (calls served from the node cache spend none). */
  tokens: TokenCount;
  /**
   * What one run of this workflow costs with no node cache: the tokens spent plus those the cached calls cost when
   * they ran. The reward's token cost reads this, so it does not depend on what earlier episodes left in the cache.
   */
  workflowTokens: TokenCount;
  costUsd: number;
  durationMs: number;
  llmCalls: number;
  sandboxCalls: number;
  sandboxMs: number;
  /** The first node error in execution order, if any. */
  error?: RunError;
}

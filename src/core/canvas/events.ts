import type { CanvasAction } from '../actions/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { NodeId, StructureKind, Workflow } from '../graph/types.ts';
import type { RewardBreakdown } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import type { OperatorSignals, StageState } from '../operators/types.ts';
import type { SandboxErrorType } from '../ports/CodeSandbox.ts';
import type { LlmPurpose, LlmUsage } from '../ports/LlmClient.ts';
import type { NodeRunStatus, RunResult, TokenCount } from './types.ts';

/** Where an operator call sits: branch index inside a parallel node, pass index inside a loop (both else 0). */
interface CallSite {
  runId: string;
  nodeId: NodeId;
  operator: string;
  branch: number;
  pass: number;
}

/**
 * What the executor reports while a workflow runs, in past tense. Consumers (UI, recorder, tests) only listen;
 * the final `runFinished` carries the same RunResult the run returns.
 */
export type ExecutorEvent =
  | { type: 'runStarted'; runId: string; workflowHash: string; taskId: string; at: number }
  | ({ type: 'nodeStarted' } & CallSite)
  | ({
      type: 'nodeFinished';
      summary: string;
      output: StageState;
      signals: OperatorSignals;
      /** Served from the node cache: no call was made and nothing was spent. */
      cached: boolean;
      durationMs: number;
      tokens: TokenCount;
      costUsd: number;
    } & CallSite)
  | ({
      type: 'nodeFailed';
      code: ErrorCode;
      message: string;
      /** The state the next stage receives (the operator's own output, or its input when it threw). */
      output: StageState;
      signals: OperatorSignals;
      durationMs: number;
      tokens: TokenCount;
      costUsd: number;
    } & CallSite)
  /** A node that did not run: a conditional's branch not taken. */
  | ({ type: 'nodeSkipped'; reason: string } & CallSite)
  /** A structure (parallel, conditional, loop) finished; `summary` says which path it took. */
  | {
      type: 'structureFinished';
      runId: string;
      nodeId: NodeId;
      kind: StructureKind;
      status: NodeRunStatus;
      summary: string;
    }
  | ({
      type: 'llmCalled';
      purpose: LlmPurpose;
      attempt: number;
      model: string;
      usage: LlmUsage;
      costUsd: number;
      durationMs: number;
    } & CallSite)
  /** A streamed text delta of an LLM call in progress. */
  | ({ type: 'tokensStreamed'; delta: string } & CallSite)
  | ({ type: 'sandboxCalled'; ok: boolean; errorType?: SandboxErrorType; durationMs: number } & CallSite)
  | { type: 'runFinished'; runId: string; result: RunResult };

/** The event type names, e.g. for filtering in the UI. */
export type ExecutorEventType = ExecutorEvent['type'];

/** Why an episode ended. */
export type FinishReason = 'finish' | 'maxTurns';

/**
 * What a CanvasEnv reports, for the episode recorder and the UI: a reset, each edit or refusal, each run (and its
 * executor events, forwarded as `run`), and the end of the episode with its correctness and reward.
 */
export type CanvasEvent =
  | { type: 'reset'; task: Task; workflow: Workflow; maxTurns: number }
  | { type: 'edited'; turn: number; action: CanvasAction; workflow: Workflow; created: NodeId[] }
  | { type: 'refused'; turn: number; action: CanvasAction; code: ErrorCode; message: string }
  | { type: 'run'; turn: number; event: ExecutorEvent }
  | { type: 'executed'; turn: number; result: RunResult }
  | {
      type: 'finished';
      turn: number;
      reason: FinishReason;
      workflow: Workflow;
      correctness: number;
      reward: RewardBreakdown;
    };

import type { ActionOutcome, ActionRules, CanvasAction } from '../actions/types.ts';
import type { Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { RewardBreakdown, RewardOptions } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import type { CanvasFeedback } from './buildFeedback.ts';
import type { NodeCache } from './createNodeCache.ts';
import type { CanvasEvent, FinishReason } from './events.ts';
import type { RunResult, TokenCount } from './types.ts';

/** Scores a final answer in [0, 1]; injected so the environment does not depend on metric details. */
export type ScoreAnswer = (task: Task, answer: string, result: RunResult) => Promise<number>;

/** What a CanvasEnv needs. */
export interface CanvasEnvOptions {
  registry: OperatorRegistry;
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  score: ScoreAnswer;
  rules?: Partial<ActionRules>;
  /** Default 12. */
  maxTurns?: number;
  reward?: RewardOptions;
  /** Shared node cache; by default each environment makes its own. */
  cache?: NodeCache;
  nodeTimeoutMs?: number;
  sandboxTimeoutMs?: number;
}

/** The facts of a run the policy and the UI need, without its per-node detail. */
export type RunSummary = Pick<
  RunResult,
  | 'runId'
  | 'status'
  | 'answer'
  | 'signals'
  | 'tokens'
  | 'costUsd'
  | 'durationMs'
  | 'llmCalls'
  | 'sandboxCalls'
>;

/** What the policy sees before choosing its next action. */
export interface Observation {
  task: Task;
  workflow: Workflow;
  /** Turns spent so far (legal or not). */
  turn: number;
  maxTurns: number;
  lastFeedback: CanvasFeedback | null;
  lastRun: RunSummary | null;
  done: boolean;
}

/** The outcome of one step; correctness and reward are set on the step that ends the episode. */
export interface StepResult {
  observation: Observation;
  feedback: CanvasFeedback;
  outcome: ActionOutcome;
  done: boolean;
  /** The run this step made (after an edit, or the final run), else null. */
  run: RunResult | null;
  correctness: number | null;
  reward: RewardBreakdown | null;
  finishReason: FinishReason | null;
}

/** A snapshot of the whole environment, for the UI and the recorder. */
export interface CanvasEnvState {
  task: Task | null;
  workflow: Workflow;
  turn: number;
  maxTurns: number;
  done: boolean;
  lastFeedback: CanvasFeedback | null;
  lastRun: RunResult | null;
  correctness: number | null;
  reward: RewardBreakdown | null;
  /** Tokens spent by every run of this episode (cached nodes cost nothing). */
  episodeTokens: TokenCount;
}

/** Where {@link CanvasEnv.reset} starts: a workflow and the turns already spent (both default to a fresh start). */
export interface CanvasResetOptions {
  workflow?: Workflow;
  turn?: number;
}

/** The canvas as an environment (SPEC §1): reset to an empty workflow, one edit per step, run after each edit. */
export interface CanvasEnv {
  /**
   * Starts an episode on the task: from an empty workflow at turn 0, or from a given workflow and turn (a fork
   * point), in which case that workflow is run once so the observation carries its feedback.
   */
  reset(task: Task, options?: CanvasResetOptions): Promise<Observation>;
  step(action: CanvasAction, options?: { signal?: AbortSignal }): Promise<StepResult>;
  state(): CanvasEnvState;
  /** Listens to canvas events; returns the unsubscribe function. */
  subscribe(listener: (event: CanvasEvent) => void): () => void;
}

import type { ActionRules, CanvasAction } from '../actions/types.ts';
import type { Observation, ScoreAnswer } from '../canvas/canvasEnvTypes.ts';
import type { CanvasEvent } from '../canvas/events.ts';
import type { Workflow } from '../graph/types.ts';
import type { ReplayEntry } from '../llm/recordReplay/ReplayStore.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Policy, PolicyInput, TopAction } from '../policy/types.ts';
import type { Clock } from '../ports/Clock.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { Rng } from '../ports/Rng.ts';
import type { RewardOptions } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import type { EpisodeActor, EpisodeBackend, EpisodeRecord, EpisodeStep } from './types.ts';

/** What an episode session needs: the environment's parts, who acts, and where it starts. */
export interface EpisodeSessionOptions {
  task: Task;
  registry: OperatorRegistry;
  /** The live backend; calls it answered before (`responses`) are served without asking it. */
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  score: ScoreAnswer;
  rules: ActionRules;
  /** Default 12. */
  maxTurns?: number;
  reward?: RewardOptions;
  /** Where the responses come from, as the record states it (never a key). */
  backend: EpisodeBackend;
  /** The episode's actor; each step may name another (a fork mixes people and policies). */
  actor: EpisodeActor;
  /** Start here instead of the empty workflow (a fork point); it is run once at start. */
  initialWorkflow?: Workflow;
  /** Turns already spent at `initialWorkflow`. */
  initialTurn?: number;
  /** Responses recorded earlier, by record/replay key: served without calling `llm`. */
  responses?: Record<string, ReplayEntry>;
  forkOf?: { episodeId: string; atStep: number };
  /** Steps recorded before `initialWorkflow` (a fork's kept steps); `record()` starts with them. */
  priorSteps?: EpisodeStep[];
  id?: string;
  /** ISO time; by default the clock's now. */
  createdAt?: string;
}

/** Who chose a step and what the policy ranked before choosing. */
export interface EpisodeStepMeta {
  /** Default: the session's actor. */
  actor?: EpisodeActor;
  topActions?: TopAction[];
}

/** A live episode on the canvas that records itself as it goes. */
export interface EpisodeSession {
  /** Resets the environment to the start (running a fork point's workflow once); call once before stepping. */
  start(): Promise<Observation>;
  /** What a policy reads now: observation, legal-action mask, context and registry. */
  policyInput(): PolicyInput;
  /** Applies one action, runs the workflow and records the step (a deep copy is returned). */
  step(action: CanvasAction, meta: EpisodeStepMeta, options?: { signal?: AbortSignal }): Promise<EpisodeStep>;
  /** Asks the policy (its top actions first, when it can say), then steps with its decision. */
  stepWithPolicy(policy: Policy, rng: Rng, options?: { signal?: AbortSignal }): Promise<EpisodeStep>;
  /** The environment's events (per-node status while a run goes); returns the unsubscribe function. */
  subscribe(listener: (event: CanvasEvent) => void): () => void;
  /** The episode so far, deep-copied, every response included. */
  record(): EpisodeRecord;
  readonly done: boolean;
  /** The current workflow (a copy). */
  readonly workflow: Workflow;
  /** Backend calls not served from prior or earlier responses. */
  liveCalls(): number;
}

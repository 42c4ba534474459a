import type { ActionOutcome, ActionRules, CanvasAction } from '../actions/types.ts';
import type { CanvasFeedback } from '../canvas/buildFeedback.ts';
import type { RunSummary } from '../canvas/canvasEnvTypes.ts';
import type { FinishReason } from '../canvas/events.ts';
import type { Workflow } from '../graph/types.ts';
import type { ReplayEntry } from '../llm/recordReplay/ReplayStore.ts';
import type { TopAction } from '../policy/types.ts';
import type { RewardBreakdown, RewardOptions } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';

/**
 * One reversible change inside a workflow, JSON-patch style on the workflow's plain-data form: `path` is a list of
 * object keys and array indices from the workflow root. `before` is absent for an addition, `after` for a removal,
 * so applying the ops in order moves forward and applying their inverses in reverse order moves back.
 */
export interface DiffOp {
  path: (string | number)[];
  before?: unknown;
  after?: unknown;
}

/** The change one step made to the workflow (empty for a refused action or a finish). */
export type WorkflowDiff = DiffOp[];

/** Who acted in an episode: a named policy (with checkpoint and seed when it has them) or a person. */
export interface EpisodeActor {
  kind: 'policy' | 'human';
  /** `heuristic`, `random`, `untrained`, `cwrpo`, a checkpoint name, or `hand`. */
  name: string;
  checkpoint?: string;
  seed?: number | string;
}

/** The backend an episode ran against, without any secret: enough to say where the responses came from. */
export type EpisodeBackend =
  { kind: 'simulated'; profile: string; seed: string } | { kind: 'openai'; baseUrl: string; model: string };

/** One step of an episode: what was done, what changed, what the canvas said back and what it earned. */
export interface EpisodeStep {
  /** 1-based turn number after the action (the environment's turn counter). */
  turn: number;
  action: CanvasAction;
  /** Who chose this action (a forked episode mixes people and policies). */
  actor: EpisodeActor;
  /** The policy's most likely actions before it chose, when it could say. */
  topActions?: TopAction[];
  outcome: ActionOutcome;
  /** Workflow before → after this step. */
  diff: WorkflowDiff;
  feedback: CanvasFeedback;
  /** The run this step caused (after an edit, or the final run), else null. */
  run: RunSummary | null;
  done: boolean;
  /** Set on the final step. */
  correctness: number | null;
  /** Set on the final step. */
  reward: RewardBreakdown | null;
  finishReason: FinishReason | null;
  /** Wall-clock milliseconds the step took when recorded (replay ignores it). */
  ms: number;
}

/**
 * A recorded episode (versioned file format `flowsteer-episode`). It holds every backend response in `responses`,
 * keyed like the record/replay cache, so replaying or forking it needs no network and no key. It never holds a key.
 */
export interface EpisodeRecord {
  format: 'flowsteer-episode';
  version: 1;
  id: string;
  /** ISO time of recording. */
  createdAt: string;
  /** A snapshot of the task, so the episode replays without the suite or dataset it came from. */
  task: Task;
  actor: EpisodeActor;
  backend: EpisodeBackend;
  rules: ActionRules;
  maxTurns: number;
  /** The workflow the episode started from (empty for a fresh episode, the fork point's for a fork). */
  initialWorkflow: Workflow;
  steps: EpisodeStep[];
  /** Every backend response, by record/replay key. */
  responses: Record<string, ReplayEntry>;
  /** Present on a fork: the episode it came from and the number of its steps that were kept. */
  forkOf?: { episodeId: string; atStep: number };
  /** The reward settings the episode was scored with (θ or its schedule, cost λ), when not the defaults. */
  reward?: RewardOptions;
}

/**
 * A bundle (`flowsteer-bundle`): a workflow, an episode, the policy's weights, the seed and the cached responses,
 * enough to replay with no key and no network.
 */
export interface EpisodeBundle {
  format: 'flowsteer-bundle';
  version: 1;
  createdAt: string;
  /** The workflow file (format `flowsteer-workflow`) as plain data. */
  workflow: unknown;
  episode: EpisodeRecord;
  /** The policy checkpoint in tfjs's layout, weights base64-encoded; absent for heuristic/random/hand episodes. */
  policy?: { modelJson: Record<string, unknown>; weightsBase64: string };
  seed: number | string;
}

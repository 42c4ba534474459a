import type { ErrorCode } from '../errors.ts';
import type { NodeId, PromptRef, Workflow } from '../graph/types.ts';
import type { TaskType } from '../tasks/types.ts';

/** The 8 canvas actions of SPEC §1. One per turn; edits are data. `position` is a top-level index (0 = first). */
export type CanvasAction =
  | { type: 'addOperator'; operator: string; position?: number; prompt?: PromptRef }
  | { type: 'addParallel'; operators: string[]; position?: number }
  | { type: 'addConditional'; checker: string; fix: string; otherwise: string | null; position?: number }
  | { type: 'addLoop'; operators: string[]; count: number; position?: number }
  | { type: 'deleteNode'; target: NodeId }
  | { type: 'modifyOperator'; target: NodeId; operator: string }
  | { type: 'setPrompt'; target: NodeId; prompt: PromptRef }
  | { type: 'finish' };

export type ActionType = CanvasAction['type'];

export const ACTION_TYPES: readonly ActionType[] = [
  'addOperator',
  'addParallel',
  'addConditional',
  'addLoop',
  'deleteNode',
  'modifyOperator',
  'setPrompt',
  'finish',
];

/** Options of the action rules (SPEC §1 marks the finish rule as an option). */
export interface ActionRules {
  /** Refuse `finish` until the workflow qualifies (SPEC §1). Default true. */
  finishRule: boolean;
  /** Upper bound on top-level nodes, so observations stay fixed-size. Default 12. */
  maxNodes: number;
  /** Upper bound on operators counted over all nodes (loop bodies once). Default 20. */
  maxOperators: number;
}

export const DEFAULT_ACTION_RULES: ActionRules = { finishRule: true, maxNodes: 12, maxOperators: 20 };

/** What the finish rule needs to know about the episode beyond the graph. */
export interface ActionContext {
  taskType: TaskType;
  /** The task has public tests (a code task), so the finish rule asks for Test. */
  hasTests: boolean;
  /** The last execution's final answer was long (not concise); null before any execution. */
  lastAnswerLong: boolean | null;
  rules: ActionRules;
}

/** The outcome of an action: accepted, or refused with a stable code and a message that says what to do. */
export type ActionOutcome = { ok: true } | { ok: false; code: ErrorCode; message: string };

/** Result of the pure reducer: the (possibly unchanged) workflow, the outcome, and whether the episode finished. */
export interface ActionResult {
  workflow: Workflow;
  outcome: ActionOutcome;
  finished: boolean;
  /** Ids of nodes the action created (for the UI and recorder). */
  created: NodeId[];
}

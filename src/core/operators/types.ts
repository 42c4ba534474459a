import type { LlmPurpose, LlmResponse, ChatMessage } from '../ports/LlmClient.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { SandboxErrorType } from '../ports/CodeSandbox.ts';
import type { Task } from '../tasks/types.ts';

/** The 6 operator categories of SPEC §2. */
export type OperatorCategory =
  'planning' | 'solving' | 'verification' | 'revision' | 'ensemble' | 'formatting';

export const OPERATOR_CATEGORIES: readonly OperatorCategory[] = [
  'planning',
  'solving',
  'verification',
  'revision',
  'ensemble',
  'formatting',
];

/** Kinds of value that flow between stages. */
export type ValueKind = 'problem' | 'plan' | 'answer' | 'code' | 'candidates' | 'verdict';

export const VALUE_KINDS: readonly ValueKind[] = [
  'problem',
  'plan',
  'answer',
  'code',
  'candidates',
  'verdict',
];

/** Rough cost of one call: none (no LLM), low (one short call), medium (one long call), high (several calls). */
export type CostClass = 'none' | 'low' | 'medium' | 'high';

/**
 * What the policy, the finish rule and the reward read about an operator. Roles are flags, not names, so a new
 * operator of a known kind is recognised (and can be chosen by a trained policy) without retraining.
 */
export interface OperatorDescriptor {
  category: OperatorCategory;
  costClass: CostClass;
  inputKinds: ValueKind[];
  outputKind: ValueKind;
  /** Produces an answer (finish rule "solver"). */
  isSolver: boolean;
  /** Judges an answer; may be the condition of a conditional (finish rule and reward "checker"). */
  isChecker: boolean;
  /** Runs the task's public tests (finish rule on code tasks). */
  runsTests: boolean;
  /** Combines a list of solutions; may not be a parallel branch. */
  isEnsemble: boolean;
  /** Extracts the final answer in the task's format (reward "format"). */
  isFormatter: boolean;
  needsLlm: boolean;
  needsSandbox: boolean;
}

/** One prompt template of an operator. */
export interface PromptTemplate {
  id: string;
  title: string;
  /** The instruction text; the operator adds the problem and the previous result itself. */
  text: string;
}

/** The verdict of a checker. */
export interface CheckResult {
  checker: string;
  passed: boolean;
  /** 0–1. */
  confidence: number;
  feedback: string;
  /** An answer the checker proposes (Verify), if any. */
  suggested: string | null;
  /** Share of public tests passed (Test), if tests ran. */
  testPassRatio: number | null;
}

/**
 * The value threaded from stage to stage. Each operator reads what it needs and returns an updated copy; a
 * parallel node's branches are merged (first answer wins, all answers become `candidates`).
 */
export interface StageState {
  /** Latest plan or decomposition text. */
  plan: string | null;
  /** Planning operators that have run, in order (context bonuses in the simulated backend). */
  planners: string[];
  /** Current answer text, possibly verbose. */
  answer: string | null;
  /** Current candidate code (code tasks, Programmer). */
  code: string | null;
  /** Answers from a parallel node, for the ensembles. */
  candidates: string[] | null;
  /** The latest checker verdict. */
  check: CheckResult | null;
  /** The answer has been through a formatter. */
  formatted: boolean;
}

export const initialStageState = (): StageState => ({
  plan: null,
  planners: [],
  answer: null,
  code: null,
  candidates: null,
  check: null,
  formatted: false,
});

/** Signals an operator reports for the policy's feedback (SPEC §1 Transition). */
export interface OperatorSignals {
  verdict?: 'pass' | 'fail';
  confidence?: number;
  testPassRatio?: number;
  /** Share of candidates that agree with the chosen one. */
  agreement?: number;
  errorType?: SandboxErrorType | 'llm' | 'input';
}

/** One LLM call as an operator asks for it; the context fills in the hints, seed keys and accounting. */
export interface OperatorLlmCall {
  purpose: LlmPurpose;
  messages: ChatMessage[];
  /** Retry or reflection round inside this operator call. */
  attempt?: number;
  /** Overrides the input answer the call works on (e.g. the code under reflection). */
  inputAnswer?: string | null;
  /** Feedback the call works from, when it differs from the stage's check feedback. */
  feedback?: string | null;
  candidates?: string[];
  maxTokens?: number;
}

/** What an operator gets when it runs. */
export interface OperatorContext {
  task: Task;
  input: StageState;
  /** The resolved instruction text (template text or the node's free text). */
  prompt: string;
  /** Template id, or `text:<hash>` for free text. */
  promptKey: string;
  /** Branch index inside a parallel node, else 0. */
  branch: number;
  llm(call: OperatorLlmCall): Promise<LlmResponse>;
  sandbox: CodeSandbox;
  /** Per sandbox call. */
  sandboxTimeoutMs: number;
  signal: AbortSignal;
}

/** What an operator returns. Failures it can recover from are part of the result, not exceptions. */
export interface OperatorResult {
  output: StageState;
  /** One or two lines for the feedback and the UI. */
  summary: string;
  signals: OperatorSignals;
  /** The operator could not do its job (no input, code that never ran); the episode continues. */
  failed?: { code: 'E_OPERATOR_FAILED'; message: string };
}

/** An operator: descriptor, templates and behaviour. Operators live in `operators/<Type>/`. */
export interface OperatorDefinition {
  type: string;
  summary: string;
  descriptor: OperatorDescriptor;
  templates: PromptTemplate[];
  run(ctx: OperatorContext): Promise<OperatorResult>;
}

import type { Task } from '../tasks/types.ts';

/** One chat message, as in the OpenAI chat completions API. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * What a call is for. Real endpoints ignore it; the simulated backend models the behaviour from it, so an
 * operator added later works on the simulated backend by naming the purpose of each call.
 */
export type LlmPurpose =
  | 'plan'
  | 'decompose'
  | 'solve'
  | 'answer'
  | 'code'
  | 'reflect'
  | 'review'
  | 'verify'
  | 'revise'
  | 'select'
  | 'combine'
  | 'format';

/**
 * Structured facts about the call beside the messages. The simulated backend reads them; real backends do not,
 * and the record/replay cache keys only on what a real endpoint would see.
 */
export interface LlmCallHints {
  task: Task;
  /** The answer (or code) the call works on, if any. */
  inputAnswer: string | null;
  /** Checker feedback the call received, if any (Revise, Test reflection, a conditional's fix). */
  feedback: string | null;
  /** Index of the branch inside a parallel node, else 0. */
  branch: number;
  /** Retry or reflection round inside one operator call, else 0. */
  attempt: number;
  /** Planning operators that ran before this call (for context bonuses), in order. */
  planners: string[];
  /** Candidate answers given to an ensemble. */
  candidates?: string[];
}

export interface LlmRequest {
  /** The operator type that makes the call (e.g. `Custom`). */
  operator: string;
  purpose: LlmPurpose;
  /** Template id or a hash of the free-text prompt, for seeding and caching. */
  promptKey: string;
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  hints: LlmCallHints;
  signal?: AbortSignal;
  /** Called with each streamed text delta, when the backend streams. */
  onToken?: (delta: string) => void;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  /** True when the backend reported no usage and the counts were estimated from the text length. */
  estimated?: boolean;
}

export interface LlmResponse {
  text: string;
  usage: LlmUsage;
  /** Model or profile that answered, for logs. */
  model: string;
  /** Cost in US dollars when the backend knows prices, else 0. */
  costUsd: number;
}

/** The port every LLM backend implements: simulated, OpenAI-compatible, record/replay. */
export interface LlmClient {
  /** A stable id for cache keys (`simulated:default`, `openai:https://…#model`), never containing a secret. */
  readonly id: string;
  complete(request: LlmRequest): Promise<LlmResponse>;
}

import { FlowSteerError } from '../errors.ts';
import type { PromptRef } from '../graph/types.ts';
import type { CodeSandbox, SandboxRequest, SandboxResult } from '../ports/CodeSandbox.ts';
import type { LlmClient, LlmRequest, LlmResponse, LlmUsage } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { hashHex } from '../util/hash.ts';
import type { OperatorContext, OperatorDefinition, OperatorLlmCall, StageState } from './types.ts';

/** A node's prompt resolved to the text the operator follows and the key that seeds and caches its calls. */
export interface ResolvedPrompt {
  prompt: string;
  promptKey: string;
}

/** Resolves a prompt reference against an operator's templates; an unknown template id is a typed error. */
export function resolvePrompt(
  def: Pick<OperatorDefinition, 'type' | 'templates'>,
  ref: PromptRef,
): { ok: true; value: ResolvedPrompt } | { ok: false; code: 'E_UNKNOWN_TEMPLATE'; message: string } {
  if (ref.kind === 'text')
    return { ok: true, value: { prompt: ref.text, promptKey: `text:${hashHex(ref.text)}` } };
  const template = def.templates.find((t) => t.id === ref.id);
  if (template) return { ok: true, value: { prompt: template.text, promptKey: template.id } };
  const known = def.templates.map((t) => t.id).join(', ');
  return {
    ok: false,
    code: 'E_UNKNOWN_TEMPLATE',
    message: `Operator ${def.type} has no prompt template "${ref.id}". Known: ${known}.`,
  };
}

/** Everything needed to run one operator call on one node. */
export interface CreateOperatorContextOptions {
  operator: Pick<OperatorDefinition, 'type' | 'templates'>;
  task: Task;
  input: StageState;
  /** The node's prompt; defaults to the operator's first (default) template. */
  prompt?: PromptRef;
  llm: LlmClient;
  sandbox: CodeSandbox;
  /** Branch index inside a parallel node, else 0. */
  branch?: number;
  signal?: AbortSignal;
  sandboxTimeoutMs: number;
  temperature?: number;
  /** Receives streamed text deltas when the backend streams. */
  onToken?: (delta: string) => void;
  /** Called after every LLM call, so the caller can sum tokens and cost and record responses. */
  onUsage?: (usage: LlmUsage, request: LlmRequest, response: LlmResponse) => void;
  /** Called after every sandbox run, so the caller can count runs and their time. */
  onSandboxRun?: (result: SandboxResult, request: SandboxRequest) => void;
}

/**
 * Builds the context an operator runs with: resolves the prompt, and fills each LLM call's hints (input answer,
 * failed-check feedback, branch, attempt, planners) so operators only state what differs from the stage input.
 * Throws a FlowSteerError `E_UNKNOWN_TEMPLATE` when the node names a template its operator lacks.
 */
export function createOperatorContext(options: CreateOperatorContextOptions): OperatorContext {
  const { operator, task, input, llm } = options;
  const ref: PromptRef = options.prompt ?? { kind: 'template', id: operator.templates[0]?.id ?? '' };
  const resolved = resolvePrompt(operator, ref);
  if (!resolved.ok) throw new FlowSteerError(resolved.code, resolved.message);
  const { prompt, promptKey } = resolved.value;
  const branch = options.branch ?? 0;
  const signal = options.signal ?? new AbortController().signal;
  const failedCheckFeedback = input.check && !input.check.passed ? input.check.feedback : null;

  const callLlm = async (call: OperatorLlmCall): Promise<LlmResponse> => {
    signal.throwIfAborted();
    const request: LlmRequest = {
      operator: operator.type,
      purpose: call.purpose,
      promptKey,
      messages: call.messages,
      hints: {
        task,
        inputAnswer: call.inputAnswer !== undefined ? call.inputAnswer : input.answer,
        feedback: call.feedback !== undefined ? call.feedback : failedCheckFeedback,
        branch,
        attempt: call.attempt ?? 0,
        planners: [...input.planners],
        ...(call.candidates ? { candidates: [...call.candidates] } : {}),
      },
      signal,
      ...(call.maxTokens !== undefined ? { maxTokens: call.maxTokens } : {}),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.onToken ? { onToken: options.onToken } : {}),
    };
    const response = await llm.complete(request);
    options.onUsage?.(response.usage, request, response);
    return response;
  };

  const sandbox: CodeSandbox = {
    run: async (request) => {
      const result = await options.sandbox.run(request);
      options.onSandboxRun?.(result, request);
      return result;
    },
    dispose: () => options.sandbox.dispose(),
  };

  return {
    task,
    input,
    prompt,
    promptKey,
    branch,
    llm: callLlm,
    sandbox,
    sandboxTimeoutMs: options.sandboxTimeoutMs,
    signal,
  };
}

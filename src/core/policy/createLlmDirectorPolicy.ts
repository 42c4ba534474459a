import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { parseActionText } from '../actions/textProtocol.ts';
import { validateAction } from '../actions/validateAction.ts';
import type { CanvasAction } from '../actions/types.ts';
import { FlowSteerError } from '../errors.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { Rng } from '../ports/Rng.ts';
import { createHeuristicPolicy } from './createHeuristicPolicy.ts';
import { directorMessages } from './directorPrompt.ts';
import type { Policy, PolicyDecision, PolicyInput } from './types.ts';

/** Options of {@link createLlmDirectorPolicy}. */
export interface LlmDirectorOptions {
  /** An OpenAI-compatible endpoint (the simulated backend cannot direct). */
  llm: LlmClient;
  /** Used when the replies stay unusable or the call fails; default the heuristic policy. */
  fallback?: Policy;
  /** Calls per decision, the later ones told what was wrong with the previous reply. Default 2. */
  maxAttempts?: number;
  /** Default 0. */
  temperature?: number;
  /** Default 200. */
  maxTokens?: number;
  /** Default `llm-director`. */
  name?: string;
}

/** Whether a backend can act as a director: the simulated backend models operators, not a director. */
export const isSimulatedLlm = (llm: LlmClient): boolean => llm.id.startsWith('simulated:');

type Attempt = { ok: true; action: CanvasAction } | { ok: false; reply: string; problem: string };

/** Reads the first action of a reply and checks it against the mask (with validateAction's advice). */
function readReply(reply: string, input: PolicyInput): Attempt {
  const { workflow } = input.observation;
  const parsed = parseActionText(reply, workflow, input.registry);
  if (!parsed.ok) return { ok: false, reply, problem: parsed.message };
  if (isAllowedByMask(input.mask, parsed.action)) return { ok: true, action: parsed.action };
  const outcome = validateAction(workflow, parsed.action, input.context, input.registry);
  const problem = outcome.ok ? 'the action is not allowed now.' : `${outcome.code}: ${outcome.message}`;
  return { ok: false, reply, problem };
}

/**
 * The LLM director (SPEC §1): an LLM reads the canvas state and writes one action in the paper's tag protocol;
 * the first action is parsed and checked against the legal-action mask. An unreadable or illegal reply is shown
 * back once (by default); if it stays unusable, or the call fails, the fallback policy decides and
 * `fallbackReason` says why. With the simulated backend the director is unavailable: creation throws
 * E_POLICY_UNAVAILABLE.
 */
export function createLlmDirectorPolicy(options: LlmDirectorOptions): Policy {
  const { llm } = options;
  if (isSimulatedLlm(llm)) {
    throw new FlowSteerError(
      'E_POLICY_UNAVAILABLE',
      `The LLM director needs a real endpoint; the simulated backend (${llm.id}) only simulates operators and ` +
        'cannot choose workflow edits. Configure an OpenAI-compatible endpoint, or use the tfjs, heuristic or random policy.',
    );
  }
  const fallback = options.fallback ?? createHeuristicPolicy();
  const maxAttempts = Math.max(1, options.maxAttempts ?? 2);

  const ask = async (input: PolicyInput): Promise<Attempt> => {
    let last: Attempt | undefined;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const retry = last && !last.ok ? { reply: last.reply, problem: last.problem } : undefined;
      const response = await llm.complete({
        operator: 'Director',
        // LlmPurpose has no director entry; real endpoints ignore the purpose and the simulated one is refused.
        purpose: 'plan',
        promptKey: `director:${attempt}`,
        messages: directorMessages(input, retry),
        temperature: options.temperature ?? 0,
        maxTokens: options.maxTokens ?? 200,
        hints: {
          task: input.observation.task,
          inputAnswer: null,
          feedback: retry?.problem ?? null,
          branch: 0,
          attempt,
          planners: [],
        },
      });
      last = readReply(response.text, input);
      if (last.ok) return last;
    }
    return last ?? { ok: false, reply: '', problem: 'no reply' };
  };

  return {
    name: options.name ?? 'llm-director',
    async decide(input: PolicyInput, rng: Rng): Promise<PolicyDecision> {
      let reason: string;
      try {
        const result = await ask(input);
        if (result.ok) return { action: result.action };
        reason = `the director's reply was unusable after ${maxAttempts} attempt(s): ${result.problem}`;
      } catch (error) {
        const code = error instanceof FlowSteerError ? `${error.code}: ` : '';
        reason = `the director's endpoint failed: ${code}${error instanceof Error ? error.message : String(error)}`;
      }
      const decision = await fallback.decide(input, rng);
      return { action: decision.action, fallbackReason: `${reason} (${fallback.name} decided instead)` };
    },
  };
}

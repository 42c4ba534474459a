import type { Clock } from '../../ports/Clock.ts';
import type { LlmClient, LlmPurpose, LlmRequest, LlmResponse } from '../../ports/LlmClient.ts';
import type { SimProfile } from './simProfileSchema.ts';
import { assertNever } from '../../util/assertNever.ts';
import { createSimCall } from './simCall.ts';
import type { SimCall } from './simCall.ts';
import { DEFAULT_SIM_PROFILE } from './defaultSimProfile.ts';
import { simulateCheck } from './simulateCheck.ts';
import { simulateCombine, simulateFormat, simulateSelect } from './simulateEnsemble.ts';
import { simulateSolve } from './simulateSolve.ts';
import { renderPlan } from './simText.ts';

/** Options of {@link createSimulatedLlm}. */
export interface SimulatedLlmOptions {
  /** The model's parameters; the documented `default` profile when omitted. */
  profile?: SimProfile;
  /** Every draw derives from this seed and the call's identity. */
  seed: number | string;
  /** Per-call latency, uniform in [min, max] ms (seeded); none when omitted. Needs `clock`. */
  latencyMs?: { min: number; max: number };
  /** Time source for the latency; required when `latencyMs` is set. */
  clock?: Clock;
}

function abortError(): Error {
  const error = new Error('The simulated call was aborted.');
  error.name = 'AbortError';
  return error;
}

/** The reply text of one call, by purpose; message text never changes behaviour. */
function replyText(call: SimCall, purpose: LlmPurpose): string {
  switch (purpose) {
    case 'plan':
    case 'decompose':
      return renderPlan(call.task, purpose, call.rng.fork('plan'));
    case 'solve':
    case 'answer':
    case 'code':
    case 'reflect':
    case 'revise':
      return simulateSolve(call, purpose);
    case 'review':
    case 'verify':
      return simulateCheck(call, purpose);
    case 'select':
      return simulateSelect(call);
    case 'combine':
      return simulateCombine(call);
    case 'format':
      return simulateFormat(call);
    default:
      return assertNever(purpose, 'LLM purpose');
  }
}

/** Splits a reply into 2–4 deltas for streaming. */
function chunks(text: string): string[] {
  if (text.length < 8) return [text];
  const parts = Math.min(4, Math.ceil(text.length / 40) + 1);
  const size = Math.ceil(text.length / parts);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * The offline backend of SPEC §3: a seeded model of how LLM-backed operators behave, driven by the call's purpose
 * and hints (task, input answer, feedback, branch, attempt, planners, candidates). Identical requests give
 * identical replies; the id is `simulated:<profile>:<seed>`.
 */
export function createSimulatedLlm(options: SimulatedLlmOptions): LlmClient {
  const profile = options.profile ?? DEFAULT_SIM_PROFILE;
  const { seed, latencyMs, clock } = options;
  if (latencyMs !== undefined) {
    if (clock === undefined) throw new Error('createSimulatedLlm: latencyMs needs a clock to sleep on.');
    if (!(latencyMs.min >= 0 && latencyMs.max >= latencyMs.min)) {
      throw new Error('createSimulatedLlm: latencyMs needs 0 ≤ min ≤ max.');
    }
  }
  const model = `simulated:${profile.name}`;

  return {
    id: `simulated:${profile.name}:${String(seed)}`,
    async complete(request: LlmRequest): Promise<LlmResponse> {
      const { signal } = request;
      if (signal?.aborted) throw abortError();
      const call = createSimCall(profile, seed, request);
      const text = replyText(call, request.purpose);
      const deltas = request.onToken ? chunks(text) : [text];
      const totalMs =
        latencyMs === undefined
          ? 0
          : latencyMs.min + (latencyMs.max - latencyMs.min) * call.rng.fork('latency').next();
      for (const delta of deltas) {
        if (clock !== undefined && totalMs > 0) await clock.sleep(totalMs / deltas.length, signal);
        if (signal?.aborted) throw abortError();
        request.onToken?.(delta);
      }
      const chars = request.messages.reduce((n, m) => n + m.content.length, 0);
      const { charsPerToken, overhead } = profile.tokens;
      return {
        text,
        usage: {
          promptTokens: Math.ceil(chars / charsPerToken),
          completionTokens: Math.ceil(text.length / charsPerToken) + overhead[request.purpose],
        },
        model,
        costUsd: 0,
      };
    },
  };
}

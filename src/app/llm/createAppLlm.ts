import { createOperatorRoutedLlm } from '../../core/llm/createOperatorRoutedLlm.ts';
import { createSimulatedLlm } from '../../core/llm/simulated/createSimulatedLlm.ts';
import { getSimProfile } from '../../core/llm/simulated/simProfiles.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import type { EndpointSettings, LlmSettings } from '../settings/llmSettings.ts';
import { createEndpointClient } from './createEndpointClient.ts';

/** Options of {@link createAppLlm}. */
export interface AppLlmOptions {
  /** Seeds the simulated model (and the retry jitter of real endpoints); the run passes the task id. */
  seed: string;
  /** Per simulated call, so a run is watchable and stoppable; real endpoints have latency of their own. */
  latencyMs?: { min: number; max: number };
  clock?: Clock;
  /** The network; the page's fetch when omitted. */
  fetch?: typeof fetch;
}

const sameBase = (a: string, b: string): boolean =>
  a.trim().replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');

/**
 * The endpoint an operator's calls go to: its override, whose empty key borrows the default key only when both
 * talk to the same base URL (a key is never sent to a server it was not typed for).
 */
export function resolveOverride(settings: LlmSettings, operator: string): EndpointSettings | undefined {
  const override = settings.overrides[operator];
  if (override === undefined) return undefined;
  if (override.apiKey !== '' || !sameBase(override.baseUrl, settings.endpoint.baseUrl)) return override;
  return { ...override, apiKey: settings.endpoint.apiKey };
}

/**
 * The LLM backend a run uses, built from the settings: the seeded simulated model (offline, the default), or an
 * OpenAI-compatible endpoint with per-operator overrides routed by operator type. Ids and errors hold no key.
 */
export function createAppLlm(settings: LlmSettings, options: AppLlmOptions): LlmClient {
  const { seed, latencyMs, fetch } = options;
  const clock = options.clock ?? systemClock;
  if (settings.backend === 'simulated') {
    return createSimulatedLlm({
      profile: getSimProfile(settings.simProfile),
      seed,
      ...(latencyMs ? { latencyMs, clock } : {}),
    });
  }
  const deps = {
    seed,
    clock,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    ...(fetch ? { fetch } : {}),
  };
  const fallback = createEndpointClient(settings.endpoint, deps);
  const overrides: Record<string, LlmClient> = {};
  for (const operator of Object.keys(settings.overrides)) {
    const endpoint = resolveOverride(settings, operator);
    if (endpoint) overrides[operator] = createEndpointClient(endpoint, deps);
  }
  return createOperatorRoutedLlm(fallback, overrides);
}

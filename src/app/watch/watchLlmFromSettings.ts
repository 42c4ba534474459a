import type { EpisodeBackend } from '../../core/episodes/types.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import { createAppLlm } from '../llm/createAppLlm.ts';
import type { LlmSettings } from '../settings/llmSettings.ts';

/**
 * The backend a watched episode uses, from the LLM settings, and how its record names it (never the key): the
 * simulated model paced by the watch clock (so speed changes apply), or the endpoint on real time (its retries
 * must keep their real back-off).
 */
export function watchLlmFromSettings(
  settings: LlmSettings,
  seed: string,
  clock: Clock,
  latencyMs: { min: number; max: number },
): { client: LlmClient; backend: EpisodeBackend } {
  if (settings.backend === 'simulated') {
    return {
      client: createAppLlm(settings, { seed, latencyMs, clock }),
      backend: { kind: 'simulated', profile: settings.simProfile, seed },
    };
  }
  return {
    client: createAppLlm(settings, { seed, clock: systemClock }),
    backend: { kind: 'openai', baseUrl: settings.endpoint.baseUrl, model: settings.endpoint.model },
  };
}

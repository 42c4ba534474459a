import { backendIdOf, type EpisodeBackend } from '../../core/episodes/index.ts';
import { createSimulatedLlm } from '../../core/llm/simulated/createSimulatedLlm.ts';
import { getSimProfile } from '../../core/llm/simulated/simProfiles.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';

/**
 * The backend a fork of an episode calls for the nodes it changed: the same simulated model and seed (so the
 * recorded responses keep their keys), or, for an episode recorded against an endpoint, a client with that
 * endpoint's id that answers from the recording only and explains what to do when a changed node needs a call
 * (unless `live`, the endpoint the settings configure, is given).
 */
export function episodeBackendLlm(backend: EpisodeBackend, live?: LlmClient): LlmClient {
  if (backend.kind === 'simulated') {
    return createSimulatedLlm({ profile: getSimProfile(backend.profile), seed: backend.seed });
  }
  // A configured endpoint answers the changed nodes (its own id keys them; the recorded ones still replay free).
  if (live) return live;
  const id = backendIdOf(backend);
  return {
    id,
    complete: () =>
      Promise.reject(
        new Error(
          `This episode was recorded against ${backend.baseUrl} (${backend.model}) and a changed node needs a new ` +
            'call: set that endpoint up in the settings, or fork at a step that keeps the changed nodes recorded.',
        ),
      ),
  };
}

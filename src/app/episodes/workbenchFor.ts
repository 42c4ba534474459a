import type { StoreApi } from 'zustand/vanilla';
import { systemClock } from '../../core/llm/systemClock.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import { createAppLlm } from '../llm/createAppLlm.ts';
import type { SettingsState } from '../settings/createSettingsStore.ts';
import type { AppState } from '../store/createAppStore.ts';
import type { EpisodeLibraryState } from './createEpisodeLibrary.ts';
import { createEpisodeWorkbench, type EpisodeWorkbench } from './createEpisodeWorkbench.ts';
import { episodeBackendLlm } from './episodeBackendLlm.ts';
import type { EpisodeServices } from './EpisodeServicesContext.tsx';

/** Pause between a policy's steps in a fork, so the canvas can be followed. */
export const POLICY_STEP_MS = 250;

const workbenches = new WeakMap<StoreApi<AppState>, EpisodeWorkbench>();

/**
 * The app's one workbench, kept per app store so the player, a fork or a recording outlive the episode tab
 * being switched away (the dock mounts only the open tab's panel).
 */
export function workbenchFor(
  store: StoreApi<AppState>,
  library: StoreApi<EpisodeLibraryState>,
  services: EpisodeServices | null,
  settings: StoreApi<SettingsState> | null,
): EpisodeWorkbench {
  const existing = workbenches.get(store);
  if (existing) return existing;
  const workbench = createEpisodeWorkbench({
    store,
    library,
    policyStepMs: POLICY_STEP_MS,
    runtime: () => {
      if (!services) {
        return Promise.reject(
          new Error('this page has no Python sandbox for episodes (EpisodeServicesContext).'),
        );
      }
      const sandbox = services.getSandbox();
      const score = createRunScorer(sandbox);
      // The endpoint the settings configure, when there is one (forks of endpoint episodes call it for changed nodes).
      const live = (seed: string | null): LlmClient | undefined => {
        const current = settings?.getState();
        return current && current.backend !== 'simulated' && seed !== null
          ? createAppLlm(current, { seed })
          : undefined;
      };
      return Promise.resolve({
        registry: store.getState().registry,
        sandbox,
        clock: systemClock,
        score: (task, answer) => score(task, answer),
        llmFor: (backend) => episodeBackendLlm(backend, live(backend.kind === 'openai' ? 'fork' : null)),
        liveBackend: (seed) => {
          const current = settings?.getState();
          if (!current || current.backend === 'simulated') {
            const backend = { kind: 'simulated', profile: current?.simProfile ?? 'default', seed } as const;
            return { backend, llm: episodeBackendLlm(backend) };
          }
          const { baseUrl, model } = current.endpoint;
          return { backend: { kind: 'openai', baseUrl, model }, llm: createAppLlm(current, { seed }) };
        },
      });
    },
  });
  workbenches.set(store, workbench);
  return workbench;
}

import { createContext, useContext } from 'react';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { PolicyCatalog } from '../policies/PolicyCatalog.ts';

/** What the episode tab borrows from the page: the shared Python sandbox, the policies, the saved checkpoints. */
export interface EpisodeServices {
  getSandbox(): CodeSandbox;
  catalog: PolicyCatalog;
  /** Where bundle weights are read from on export and saved to on import; none in tests. */
  checkpoints?: CheckpointStore;
}

/** The episode services; provided by App. */
export const EpisodeServicesContext = createContext<EpisodeServices | null>(null);

/** The episode services, or null where the page gave none (forks and recordings then explain why they cannot run). */
export function useEpisodeServices(): EpisodeServices | null {
  return useContext(EpisodeServicesContext);
}

import type { TrainerApi } from '../../core/training/createTrainerApi.ts';

/** The tfjs backends a user can ask for; `auto` skips software GPU adapters (slower than wasm here). */
export type BackendPreference = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** The backend the worker runs on, and why the ones before it were passed over (the fallback, shown to the user). */
export interface BackendInfo {
  name: string;
  requested: BackendPreference;
  skipped: { name: string; reason: string }[];
}

/** The trainer worker's API (over comlink): the trainer API plus the backend choice. Types only: no tfjs here. */
export interface TrainerWorkerApi extends TrainerApi {
  /** Switches tfjs to the preferred backend, falling back to wasm then cpu; call while no run is in progress. */
  useBackend(preference: BackendPreference): Promise<BackendInfo>;
}

/** How many episodes of each iteration the worker reports for the page's strip of recent episodes. */
export const SAMPLED_EPISODES_PER_ITERATION = 3;

import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { DriverState, EpisodeDriver } from './createEpisodeDriver.ts';

const IDLE: DriverState = { phase: 'idle', episode: null, lastStep: null, liveCalls: 0, message: null };
const idleStore: StoreApi<DriverState> = {
  getState: () => IDLE,
  getInitialState: () => IDLE,
  setState: () => undefined,
  subscribe: () => () => undefined,
};

/** The state of a session driver, or an idle one when there is none (hooks cannot be called conditionally). */
export function useDriver(driver: EpisodeDriver | null): DriverState {
  return useStore(driver?.state ?? idleStore, (s) => s);
}

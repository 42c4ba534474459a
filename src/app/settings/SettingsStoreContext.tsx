import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { SettingsState } from './createSettingsStore.ts';

/** The settings store, given through context beside the app store. */
export const SettingsStoreContext = createContext<StoreApi<SettingsState> | null>(null);

/** The settings store itself, for reading a snapshot when a dialog opens. */
export function useSettingsStoreApi(): StoreApi<SettingsState> {
  const store = useContext(SettingsStoreContext);
  if (!store) throw new Error('useSettings needs a SettingsStoreContext provider');
  return store;
}

/** Selects narrowly from the settings store given through context. */
export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useSettingsStoreApi(), selector);
}

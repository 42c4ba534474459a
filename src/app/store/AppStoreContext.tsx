import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppState } from './createAppStore.ts';

export const AppStoreContext = createContext<StoreApi<AppState> | null>(null);

/** Selects narrowly from the app store given through context. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreContext provider');
  return useStore(store, selector);
}

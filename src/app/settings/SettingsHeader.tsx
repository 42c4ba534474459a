import { useState } from 'react';
import type { StoreApi } from 'zustand';
import { BackendBadge } from './BackendBadge.tsx';
import { createSettingsStore, type SettingsState } from './createSettingsStore.ts';
import { SettingsButton } from './SettingsButton.tsx';
import { SettingsStoreContext } from './SettingsStoreContext.tsx';

/** Props of {@link SettingsHeader}. */
export interface SettingsHeaderProps {
  /** The page's settings store (the run reads the same one); a memory-only store when omitted, as in tests. */
  store?: StoreApi<SettingsState> | undefined;
}

/** The header's backend badge and Settings button, sharing the settings store. */
export function SettingsHeader({ store }: SettingsHeaderProps) {
  const [fallback] = useState(() => (store ? null : createSettingsStore({ storage: null })));
  const value = store ?? fallback;
  if (!value) return null;
  return (
    <SettingsStoreContext.Provider value={value}>
      <div className="settings-header">
        <BackendBadge />
        <SettingsButton />
      </div>
    </SettingsStoreContext.Provider>
  );
}

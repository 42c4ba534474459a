import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_LLM_SETTINGS, fromSettingsFile, toSettingsFile, type LlmSettings } from './llmSettings.ts';

/** The part of the Web Storage API the settings use, so tests and private windows can pass their own. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where remembered settings live in local storage. */
export const SETTINGS_STORAGE_KEY = 'flowsteer-studio.settings';

/** The settings store: the current settings, and the one way to change them. */
export interface SettingsState extends LlmSettings {
  /**
   * Replaces every setting (the dialog's Save). With `remember` they are written to the device, key included;
   * without it whatever was stored is erased, so the key lives in memory only and a reload forgets it.
   */
  apply(next: LlmSettings): void;
  /** Why the device refused to store or erase the settings, or null. */
  storageError: string | null;
}

/** The settings part of the state, without the store's methods. */
export function toLlmSettings(state: LlmSettings): LlmSettings {
  const { backend, simProfile, endpoint, timeoutMs, maxRetries, overrides, remember } = state;
  return {
    backend,
    simProfile,
    endpoint: { ...endpoint },
    timeoutMs,
    maxRetries,
    overrides: { ...overrides },
    remember,
  };
}

/** The browser's local storage, or null where reading it throws (some private modes, sandboxed frames). */
function browserStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Options of {@link createSettingsStore}. */
export interface SettingsStoreOptions {
  /** Local storage by default; null keeps everything in memory. */
  storage?: SettingsStorage | null;
  key?: string;
}

/** Makes the settings store, starting from what the user chose to remember on this device, else the defaults. */
export function createSettingsStore(options: SettingsStoreOptions = {}): StoreApi<SettingsState> {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const key = options.key ?? SETTINGS_STORAGE_KEY;
  let initial: LlmSettings = toLlmSettings(DEFAULT_LLM_SETTINGS);
  let storageError: string | null = null;
  try {
    const text = storage?.getItem(key) ?? null;
    const remembered = fromSettingsFile(text);
    if (remembered) initial = remembered;
    // A damaged or outdated document is dropped rather than half-trusted.
    else if (text !== null) storage?.removeItem(key);
  } catch {
    storageError = 'This browser refused to read saved settings; they start from the defaults.';
  }

  return createStore<SettingsState>()((set) => ({
    ...initial,
    storageError,
    apply(next) {
      let error: string | null = null;
      try {
        if (next.remember) storage?.setItem(key, JSON.stringify(toSettingsFile(next)));
        else storage?.removeItem(key);
      } catch {
        error = next.remember
          ? 'This browser refused to store the settings: they last until the page is closed.'
          : 'This browser refused to erase the stored settings: clear this site’s data to remove them.';
      }
      if (next.remember && storage === null) {
        error = 'This browser offers no local storage here: the settings last until the page is closed.';
      }
      set({ ...toLlmSettings(next), storageError: error });
    },
  }));
}

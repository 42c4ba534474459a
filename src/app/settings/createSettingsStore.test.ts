import { describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_STORAGE_KEY, type SettingsStorage } from './createSettingsStore.ts';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from './llmSettings.ts';

const KEY = 'sk-secret-0123456789';

function memoryStorage(): SettingsStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const real = (remember: boolean): LlmSettings => ({
  ...DEFAULT_LLM_SETTINGS,
  backend: 'openai-compatible',
  endpoint: { baseUrl: 'http://127.0.0.1:5174/v1', model: 'test-model', apiKey: KEY },
  overrides: { Verify: { baseUrl: 'http://127.0.0.1:5174/v1', model: 'test-model-large', apiKey: '' } },
  remember,
});

describe('createSettingsStore', () => {
  it('starts on the offline simulated backend with nothing remembered', () => {
    const storage = memoryStorage();
    const s = createSettingsStore({ storage }).getState();
    expect(s.backend).toBe('simulated');
    expect(s.simProfile).toBe('default');
    expect(s.remember).toBe(false);
    expect(s.endpoint.apiKey).toBe('');
    expect(storage.data.size).toBe(0);
  });

  it('keeps the key in memory only without "remember": nothing is written and a reload forgets it', () => {
    const storage = memoryStorage();
    const store = createSettingsStore({ storage });
    store.getState().apply(real(false));
    expect(store.getState().endpoint.apiKey).toBe(KEY);
    expect(storage.data.size).toBe(0);
    const reloaded = createSettingsStore({ storage }).getState();
    expect(reloaded.endpoint.apiKey).toBe('');
    expect(reloaded.backend).toBe('simulated');
  });

  it('with "remember" stores everything, key included, and a reload restores it', () => {
    const storage = memoryStorage();
    createSettingsStore({ storage }).getState().apply(real(true));
    expect(storage.data.get(SETTINGS_STORAGE_KEY)).toContain(KEY);
    const reloaded = createSettingsStore({ storage }).getState();
    expect(reloaded.remember).toBe(true);
    expect(reloaded.endpoint).toEqual(real(true).endpoint);
    expect(reloaded.overrides).toEqual(real(true).overrides);
  });

  it('unticking "remember" erases what was stored', () => {
    const storage = memoryStorage();
    const store = createSettingsStore({ storage });
    store.getState().apply(real(true));
    store.getState().apply(real(false));
    expect(storage.data.has(SETTINGS_STORAGE_KEY)).toBe(false);
    expect(createSettingsStore({ storage }).getState().endpoint.apiKey).toBe('');
  });

  it.each([
    ['not JSON', '{oops'],
    ['another format', JSON.stringify({ format: 'other', version: 1, settings: {} })],
    ['a future version', JSON.stringify({ format: 'flowsteer-settings', version: 99, settings: {} })],
  ])('drops a stored document that is %s and starts from the defaults', (_why, text) => {
    const storage = memoryStorage();
    storage.data.set(SETTINGS_STORAGE_KEY, text);
    const s = createSettingsStore({ storage }).getState();
    expect(s.backend).toBe('simulated');
    expect(storage.data.has(SETTINGS_STORAGE_KEY)).toBe(false);
  });

  it('says so when the device refuses to store, and keeps the settings in memory', () => {
    const refusing: SettingsStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createSettingsStore({ storage: refusing });
    store.getState().apply(real(true));
    expect(store.getState().storageError).toMatch(/refused to store/);
    expect(store.getState().endpoint.apiKey).toBe(KEY);
    store.getState().apply(real(false));
    expect(store.getState().storageError).toBeNull();
  });

  it('with no storage at all, "remember" explains that the settings last until the page closes', () => {
    const store = createSettingsStore({ storage: null });
    store.getState().apply(real(true));
    expect(store.getState().storageError).toMatch(/no local storage/);
  });
});

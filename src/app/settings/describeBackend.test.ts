import { describe, expect, it } from 'vitest';
import { describeBackend } from './describeBackend.ts';
import { DEFAULT_LLM_SETTINGS } from './llmSettings.ts';

const KEY = 'sk-badge-0123456789';

describe('describeBackend', () => {
  it.each([
    [DEFAULT_LLM_SETTINGS, 'Backend: simulated (offline)'],
    [{ ...DEFAULT_LLM_SETTINGS, simProfile: 'weak' as const }, 'Backend: simulated (offline) · weak profile'],
    [
      {
        ...DEFAULT_LLM_SETTINGS,
        backend: 'openai-compatible' as const,
        endpoint: { baseUrl: 'http://127.0.0.1:5174/v1', model: 'test-model', apiKey: KEY },
      },
      'Backend: test-model at 127.0.0.1:5174',
    ],
    [
      {
        ...DEFAULT_LLM_SETTINGS,
        backend: 'openai-compatible' as const,
        endpoint: { baseUrl: 'https://api.example/v1', model: 'm', apiKey: KEY },
        overrides: { Verify: { baseUrl: 'https://api.example/v1', model: 'big', apiKey: KEY } },
      },
      'Backend: m at api.example + 1 override',
    ],
  ])('names the backend (%#) without the key', (settings, text) => {
    const badge = describeBackend(settings);
    expect(badge.text).toBe(text);
    expect(`${badge.text} ${badge.title}`).not.toContain(KEY);
  });
});

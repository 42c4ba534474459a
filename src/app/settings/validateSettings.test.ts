import { describe, expect, it } from 'vitest';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from './llmSettings.ts';
import { validateBaseUrl, validateSettings } from './validateSettings.ts';

describe('validateBaseUrl', () => {
  it.each([
    ['http://localhost:11434/v1', 'http://localhost:11434/v1'],
    ['  https://api.openai.com/v1/  ', 'https://api.openai.com/v1'],
    ['http://127.0.0.1:5174/v1', 'http://127.0.0.1:5174/v1'],
  ])('accepts %s', (raw, url) => {
    expect(validateBaseUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter the base URL/],
    ['localhost:11434', /http:\/\/ or https:\/\//],
    ['not a url', /not a URL/],
    ['ftp://example.com/v1', /http:\/\/ or https:\/\//],
    ['http://user:sk-secret@example.com/v1', /user name and password/],
    ['http://example.com/v1?api_key=sk-secret', /never goes in the URL/],
    ['http://example.com/v1#sk-secret', /never goes in the URL/],
  ])('refuses %j', (raw, why) => {
    const check = validateBaseUrl(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toMatch(why);
      expect(check.message).not.toContain('sk-secret');
    }
  });
});

describe('validateSettings', () => {
  const real: LlmSettings = {
    ...DEFAULT_LLM_SETTINGS,
    backend: 'openai-compatible',
    endpoint: { baseUrl: 'http://localhost:1234/v1', model: 'qwen', apiKey: '' },
  };

  it('needs nothing for the simulated backend, even with a broken endpoint typed in', () => {
    expect(
      validateSettings({ ...real, backend: 'simulated', endpoint: { ...real.endpoint, baseUrl: 'x' } }),
    ).toEqual({});
  });

  it('passes a complete endpoint', () => {
    expect(validateSettings(real)).toEqual({});
  });

  it('names each broken field, overrides included', () => {
    const errors = validateSettings({
      ...real,
      endpoint: { baseUrl: 'nope', model: ' ', apiKey: '' },
      overrides: { Verify: { baseUrl: 'http://x/v1', model: '', apiKey: '' } },
      timeoutMs: 10,
      maxRetries: -1,
    });
    expect(Object.keys(errors).sort()).toEqual([
      'endpoint.baseUrl',
      'endpoint.model',
      'maxRetries',
      'overrides.Verify.model',
      'timeoutMs',
    ]);
  });
});

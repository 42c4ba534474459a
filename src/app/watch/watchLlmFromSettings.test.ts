import { describe, expect, it } from 'vitest';
import { systemClock } from '../../core/llm/systemClock.ts';
import { DEFAULT_LLM_SETTINGS } from '../settings/llmSettings.ts';
import { watchLlmFromSettings } from './watchLlmFromSettings.ts';

const latency = { min: 0, max: 0 };

describe('watchLlmFromSettings', () => {
  it('names the simulated profile and seed, so the episode replays with the same model', () => {
    const { backend } = watchLlmFromSettings(
      { ...DEFAULT_LLM_SETTINGS, simProfile: 'default' },
      '7',
      systemClock,
      latency,
    );
    expect(backend).toEqual({ kind: 'simulated', profile: 'default', seed: '7' });
  });

  it('names an endpoint by base URL and model, never by its key', () => {
    const settings = {
      ...DEFAULT_LLM_SETTINGS,
      backend: 'openai-compatible' as const,
      endpoint: { baseUrl: 'http://127.0.0.1:1/v1', model: 'm', apiKey: 'sk-secret' },
    };
    const { backend, client } = watchLlmFromSettings(settings, '1', systemClock, latency);
    expect(backend).toEqual({ kind: 'openai', baseUrl: 'http://127.0.0.1:1/v1', model: 'm' });
    expect(JSON.stringify(backend) + client.id).not.toContain('sk-secret');
  });
});

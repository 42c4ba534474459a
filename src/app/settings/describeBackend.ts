import type { LlmSettings } from './llmSettings.ts';

/** What the header badge says about the active backend; it never shows the key, only whether one is set. */
export function describeBackend(settings: LlmSettings): { text: string; title: string } {
  if (settings.backend === 'simulated') {
    const profile = settings.simProfile === 'default' ? '' : ` · ${settings.simProfile} profile`;
    return {
      text: `Backend: simulated (offline)${profile}`,
      title: 'No key needed: every LLM call is modelled offline. Change it in Settings.',
    };
  }
  let host = settings.endpoint.baseUrl;
  try {
    host = new URL(settings.endpoint.baseUrl).host;
  } catch {
    // An unparsable URL cannot be saved; the raw text is only a fallback for display.
  }
  const count = Object.keys(settings.overrides).length;
  const overrides = count === 0 ? '' : ` + ${count} override${count === 1 ? '' : 's'}`;
  const key = settings.endpoint.apiKey === '' ? 'no API key' : 'API key set';
  const kept = settings.remember ? 'remembered on this device' : 'kept in memory only';
  return {
    text: `Backend: ${settings.endpoint.model} at ${host}${overrides}`,
    title: `OpenAI-compatible endpoint ${settings.endpoint.baseUrl} (${key}; settings ${kept}). Change it in Settings.`,
  };
}

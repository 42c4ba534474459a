import type { EndpointSettings, LlmSettings } from './llmSettings.ts';

/** A base URL the client can use, or why not (worded for the field; the input itself is never echoed). */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** Refuses a malformed base URL before any request is made. */
export function validateBaseUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter the base URL, e.g. http://localhost:11434/v1.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      message: 'This is not a URL: type it with its scheme and host, e.g. http://localhost:11434/v1.',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: 'Use an http:// or https:// URL, e.g. http://localhost:11434/v1.' };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      message: 'Remove the user name and password from the URL: put the key in the API key field.',
    };
  }
  if (url.search !== '' || url.hash !== '') {
    return {
      ok: false,
      message: 'Remove the ?query and #fragment: a key never goes in the URL; put it in the API key field.',
    };
  }
  return { ok: true, url: text.replace(/\/+$/, '') };
}

/** Field errors by path (`endpoint.baseUrl`, `overrides.Verify.model`…); empty when the settings can be saved. */
export type SettingsErrors = Record<string, string>;

function endpointErrors(endpoint: EndpointSettings, prefix: string, errors: SettingsErrors): void {
  const url = validateBaseUrl(endpoint.baseUrl);
  if (!url.ok) errors[`${prefix}.baseUrl`] = url.message;
  if (endpoint.model.trim() === '') {
    errors[`${prefix}.model`] = 'Enter the model id, e.g. llama3.2; Test connection lists the ones offered.';
  }
}

/** Checks what Save would store; the simulated backend needs no endpoint, so then only overrides are moot too. */
export function validateSettings(settings: LlmSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (settings.backend === 'simulated') return errors;
  endpointErrors(settings.endpoint, 'endpoint', errors);
  for (const [operator, endpoint] of Object.entries(settings.overrides)) {
    endpointErrors(endpoint, `overrides.${operator}`, errors);
  }
  if (!Number.isInteger(settings.timeoutMs) || settings.timeoutMs < 1000 || settings.timeoutMs > 600_000) {
    errors['timeoutMs'] = 'Use a timeout from 1 to 600 seconds.';
  }
  if (!Number.isInteger(settings.maxRetries) || settings.maxRetries < 0 || settings.maxRetries > 10) {
    errors['maxRetries'] = 'Use 0 to 10 retries.';
  }
  return errors;
}

import { z } from 'zod';

/** Which backend answers the LLM calls of a run. */
export type BackendKind = 'simulated' | 'openai-compatible';

/** The built-in simulated profiles a user can pick (see describeProfile). */
export const SIM_PROFILE_CHOICES = ['default', 'strong', 'weak'] as const;
export type SimProfileChoice = (typeof SIM_PROFILE_CHOICES)[number];

/** One OpenAI-compatible endpoint and model; the key is a secret kept out of every file but the opt-in store. */
export interface EndpointSettings {
  baseUrl: string;
  model: string;
  apiKey: string;
}

/** Everything the Settings dialog edits; the run builds its LLM client from it (createAppLlm). */
export interface LlmSettings {
  backend: BackendKind;
  simProfile: SimProfileChoice;
  endpoint: EndpointSettings;
  /** Limit per HTTP attempt in milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt on rate limits, server and network errors. */
  maxRetries: number;
  /**
   * Endpoints by operator type; an operator absent here uses the default endpoint. An override with an empty key
   * borrows the default key only when it talks to the same base URL, so a key never travels to another server.
   */
  overrides: Record<string, EndpointSettings>;
  /** Keep these settings (key included) in this browser's local storage; otherwise they live in memory only. */
  remember: boolean;
}

/** The start state: the offline simulated backend, nothing remembered. */
export const DEFAULT_LLM_SETTINGS: LlmSettings = {
  backend: 'simulated',
  simProfile: 'default',
  endpoint: { baseUrl: 'http://localhost:11434/v1', model: '', apiKey: '' },
  timeoutMs: 60_000,
  maxRetries: 2,
  overrides: {},
  remember: false,
};

/** The `format` of a remembered settings document. */
export const SETTINGS_FILE_FORMAT = 'flowsteer-settings';
/** The current version of that document. */
export const SETTINGS_FILE_VERSION = 1;

const endpointSchema = z.object({ baseUrl: z.string(), model: z.string(), apiKey: z.string() });

/** A remembered settings document, validated before it is trusted (local storage can hold anything). */
export const settingsFileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  settings: z.object({
    backend: z.enum(['simulated', 'openai-compatible']),
    simProfile: z.enum(SIM_PROFILE_CHOICES),
    endpoint: endpointSchema,
    timeoutMs: z.number().int().min(1000).max(600_000),
    maxRetries: z.number().int().min(0).max(10),
    overrides: z.record(z.string(), endpointSchema),
  }),
});

/** A remembered settings document. */
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** Wraps settings in the versioned document kept in local storage (the remember flag is implied by its presence). */
export function toSettingsFile(settings: LlmSettings): SettingsFile {
  const { backend, simProfile, endpoint, timeoutMs, maxRetries, overrides } = settings;
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    settings: {
      backend,
      simProfile,
      endpoint: { ...endpoint },
      timeoutMs,
      maxRetries,
      overrides: { ...overrides },
    },
  };
}

/** Reads a remembered document back, or null when it is missing, not JSON or not valid. */
export function fromSettingsFile(text: string | null): LlmSettings | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = settingsFileSchema.safeParse(raw);
  return parsed.success ? { ...parsed.data.settings, remember: true } : null;
}

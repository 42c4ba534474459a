import { loadFileReplayStore } from '../adapters/node/fileReplayStore.ts';
import { FlowSteerError } from '../core/errors.ts';
import { createOpenAiClient } from '../core/llm/openai/createOpenAiClient.ts';
import { createRecordReplayLlm } from '../core/llm/recordReplay/createRecordReplayLlm.ts';
import { createSimulatedLlm, getSimProfile, SIM_PROFILE_NAMES } from '../core/llm/simulated/index.ts';
import { systemClock } from '../core/llm/systemClock.ts';
import type { LlmClient } from '../core/ports/LlmClient.ts';
import { createRng } from '../core/util/createRng.ts';
import { UsageError } from './parseCliArgs.ts';

/** The backends a CLI run can use. */
export const BACKEND_NAMES = ['simulated', 'openai'] as const;

/** A backend name. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** The backend flags of a command, as typed (the key itself is never one of them). */
export interface BackendFlags {
  backend?: string;
  seed: number;
  profile?: string;
  baseUrl?: string;
  model?: string;
  /** The NAME of the environment variable holding the key. */
  apiKeyEnv?: string;
  /** Record/replay file. */
  cache?: string;
}

/** A ready LLM backend plus what the command reports and must do after the run. */
export interface LlmBackend {
  name: BackendName;
  llm: LlmClient;
  /** Values that must never be printed (the key); the command redacts them from its output as a last guard. */
  secrets: string[];
  /** Calls that reached the endpoint (0 for the simulated backend and for calls the cache answered). */
  endpointCalls(): number;
  cacheFile: string | null;
  /** Writes the record/replay file, when there is one. */
  save(): Promise<void>;
  /** LLM calls that threw, and the first such error (its code and message, which never hold the key). */
  failures(): { count: number; first: { code: string; message: string } | null };
}

/** Wraps a client to count the calls that throw and keep the first error, keeping the client's id. */
function watchFailures(inner: LlmClient): { llm: LlmClient; failures: LlmBackend['failures'] } {
  let count = 0;
  let first: { code: string; message: string } | null = null;
  const llm: LlmClient = {
    id: inner.id,
    complete: async (request) => {
      try {
        return await inner.complete(request);
      } catch (error) {
        count += 1;
        if (first === null) {
          const code = error instanceof FlowSteerError ? error.code : 'Error';
          first = { code, message: error instanceof Error ? error.message : String(error) };
        }
        throw error;
      }
    },
  };
  return { llm, failures: () => ({ count, first }) };
}

/** Per-attempt limit and retries for CLI runs against a real endpoint. */
const OPENAI_TIMEOUT_MS = 120_000;
const OPENAI_MAX_RETRIES = 3;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Returns the key named by `--api-key-env`, never echoing anything that could be the key itself. */
function readApiKey(name: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (name === undefined) return undefined;
  const maybeSecret = name.length >= 24 && /\d/.test(name) && /[a-z]/.test(name);
  if (!ENV_NAME.test(name) || maybeSecret) {
    throw new UsageError(
      '--api-key-env takes the NAME of an environment variable (letters, digits and _), e.g. OPENAI_API_KEY; ' +
        'the key itself is never given as a flag',
    );
  }
  const value = env[name];
  if (value === undefined || value === '') {
    throw new UsageError(`The environment variable ${name} (named by --api-key-env) is not set or is empty`);
  }
  return value;
}

function requireBackendName(name: string | undefined): BackendName {
  const backend = name ?? 'simulated';
  if (!(BACKEND_NAMES as readonly string[]).includes(backend)) {
    throw new UsageError(`Unknown backend "${backend}". Known: ${BACKEND_NAMES.join(', ')}`);
  }
  return backend as BackendName;
}

/**
 * Builds the LLM a CLI run talks to: the seeded simulated backend, or an OpenAI-compatible endpoint whose key
 * comes only from the environment variable named by `--api-key-env`, optionally behind a record/replay file
 * (mode `auto`: recorded answers are replayed, the others asked for and recorded). Bad flags throw UsageError.
 */
export async function createLlmBackend(
  flags: BackendFlags,
  env: Record<string, string | undefined>,
): Promise<LlmBackend> {
  const name = requireBackendName(flags.backend);
  if (name === 'simulated') {
    const stray = (
      [
        ['base-url', flags.baseUrl],
        ['model', flags.model],
        ['api-key-env', flags.apiKeyEnv],
        ['cache', flags.cache],
      ] as const
    ).find(([, value]) => value !== undefined);
    if (stray) {
      throw new UsageError(
        `--${stray[0]} applies to --backend openai only (the simulated backend is offline, free and deterministic)`,
      );
    }
    const profile = flags.profile ?? 'default';
    if (!SIM_PROFILE_NAMES.includes(profile)) {
      throw new UsageError(`Unknown profile "${profile}". Known: ${SIM_PROFILE_NAMES.join(', ')}`);
    }
    const watched = watchFailures(createSimulatedLlm({ seed: flags.seed, profile: getSimProfile(profile) }));
    return { name, ...watched, secrets: [], endpointCalls: () => 0, cacheFile: null, save: async () => {} };
  }

  if (flags.profile !== undefined) throw new UsageError('--profile applies to --backend simulated only');
  if (flags.baseUrl === undefined)
    throw new UsageError('--backend openai needs --base-url, e.g. http://localhost:11434/v1');
  if (flags.model === undefined) throw new UsageError('--backend openai needs --model');
  const apiKey = readApiKey(flags.apiKeyEnv, env);
  const client = createOpenAiClient(
    {
      baseUrl: flags.baseUrl,
      model: flags.model,
      ...(apiKey === undefined ? {} : { apiKey }),
      timeoutMs: OPENAI_TIMEOUT_MS,
      maxRetries: OPENAI_MAX_RETRIES,
    },
    { fetch: globalThis.fetch, clock: systemClock, rng: createRng(flags.seed) },
  );
  let calls = 0;
  const counted: LlmClient = {
    id: client.id,
    complete: (request) => {
      calls += 1;
      return client.complete(request);
    },
  };
  const secrets = apiKey === undefined ? [] : [apiKey];
  if (flags.cache === undefined) {
    const watched = watchFailures(counted);
    return { name, ...watched, secrets, endpointCalls: () => calls, cacheFile: null, save: async () => {} };
  }
  const store = await loadFileReplayStore(flags.cache);
  return {
    name,
    ...watchFailures(createRecordReplayLlm(counted, store, 'auto')),
    secrets,
    endpointCalls: () => calls,
    cacheFile: flags.cache,
    save: () => store.save(),
  };
}

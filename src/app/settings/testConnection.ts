import { isLlmError } from '../../core/llm/openai/LlmError.ts';
import { createRedactor } from '../../core/llm/openai/redactSecrets.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { LlmRequest } from '../../core/ports/LlmClient.ts';
import { createEndpointClient } from '../llm/createEndpointClient.ts';
import type { EndpointSettings } from './llmSettings.ts';
import { validateBaseUrl } from './validateSettings.ts';

/** Why a connection test failed, in the user's terms. */
export type ConnectionFailure = 'auth' | 'url' | 'model' | 'network' | 'timeout' | 'aborted' | 'other';

/** The outcome of Test connection: what worked, or a coded failure with a message free of the key. */
export type ConnectionResult =
  | { kind: 'invalid'; message: string }
  | {
      kind: 'ok';
      latencyMs: number;
      /** The endpoint's model ids, or null when it offers no list. */
      models: string[] | null;
      /** Whether the model answered a one-token request (false when no model was entered yet). */
      modelAnswered: boolean;
    }
  | {
      kind: 'failed';
      reason: ConnectionFailure;
      /** The stable error code (E_ENDPOINT_AUTH…). */
      code: string;
      status: number | null;
      message: string;
    };

/** Options of {@link testConnection}. */
export interface TestConnectionOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Limit per request (default 15 s): a test should answer quickly or say it could not. */
  timeoutMs?: number;
}

const PING: LlmRequest = {
  operator: 'Settings',
  purpose: 'answer',
  promptKey: 'settings:test-connection',
  messages: [{ role: 'user', content: 'Reply with the single word OK.' }],
  temperature: 0,
  maxTokens: 1,
  hints: {
    task: {
      id: 'settings:test-connection',
      source: 'settings',
      type: 'qa',
      metric: 'f1',
      question: 'Reply with the single word OK.',
      gold: ['OK'],
      difficulty: 0,
      distractors: [],
    },
    inputAnswer: null,
    feedback: null,
    branch: 0,
    attempt: 0,
    planners: [],
  },
};

/** Names a failure by its code; a 404 means a wrong model only once the URL proved right by listing models. */
function reasonFor(code: string, status: number | null, listed: boolean): ConnectionFailure {
  if (code === 'E_ENDPOINT_AUTH') return 'auth';
  if (code === 'E_ENDPOINT_MODEL') return listed ? 'model' : 'url';
  if (code === 'E_ENDPOINT_REQUEST' && status === 404) return 'url';
  if (code === 'E_ENDPOINT_UNREACHABLE') return 'network';
  if (code === 'E_ENDPOINT_TIMEOUT') return 'timeout';
  if (code === 'E_ABORTED') return 'aborted';
  return 'other';
}

/**
 * Checks an endpoint the way a run will use it: `GET /models` (the model list), then a one-token chat completion
 * with the chosen model. A malformed URL is refused before any request; no retries, so a failure shows at once.
 */
export async function testConnection(
  endpoint: EndpointSettings,
  options: TestConnectionOptions = {},
): Promise<ConnectionResult> {
  const url = validateBaseUrl(endpoint.baseUrl);
  if (!url.ok) return { kind: 'invalid', message: url.message };
  const clock = options.clock ?? systemClock;
  const redact = createRedactor([endpoint.apiKey]);
  const client = createEndpointClient(
    { ...endpoint, baseUrl: url.url },
    {
      seed: 'settings:test-connection',
      clock,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxRetries: 0,
      stream: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  );
  const started = clock.now();
  let models: string[] | null = null;
  const fail = (error: unknown): ConnectionResult => {
    const message = redact(error instanceof Error ? error.message : String(error));
    if (!isLlmError(error))
      return { kind: 'failed', reason: 'other', code: 'E_UNEXPECTED', status: null, message };
    const { code, status } = error;
    const reason = reasonFor(code, status, models !== null);
    return { kind: 'failed', reason, code, status, message };
  };
  let listError: unknown = null;
  try {
    models = await client.listModels(options.signal ? { signal: options.signal } : {});
  } catch (error) {
    // Some servers have no model list: the chat request below then tells a wrong URL from a working one.
    if (!isLlmError(error, 'E_ENDPOINT_REQUEST') || error.status !== 404) return fail(error);
    listError = error;
  }
  if (endpoint.model.trim() === '') {
    if (listError !== null) return fail(listError);
    return { kind: 'ok', latencyMs: Math.round(clock.now() - started), models, modelAnswered: false };
  }
  try {
    await client.complete(options.signal ? { ...PING, signal: options.signal } : PING);
  } catch (error) {
    return fail(error);
  }
  return { kind: 'ok', latencyMs: Math.round(clock.now() - started), models, modelAnswered: true };
}

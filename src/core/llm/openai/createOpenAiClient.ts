import type { LlmClient, LlmRequest, LlmResponse } from '../../ports/LlmClient.ts';
import { describeFailure } from './describeFailure.ts';
import type { FailureContext } from './describeFailure.ts';
import { costOf, toLlmUsage } from './estimateUsage.ts';
import { LlmError } from './LlmError.ts';
import type { OpenAiConfig, OpenAiDeps } from './OpenAiConfig.ts';
import { BadResponseError, parseChatCompletion } from './parseChatCompletion.ts';
import { readChatStream } from './readChatStream.ts';
import type { StreamResult } from './readChatStream.ts';
import { createRedactor, normaliseBaseUrl } from './redactSecrets.ts';
import { sendWithRetry } from './sendWithRetry.ts';

/** An {@link LlmClient} for an OpenAI-compatible endpoint, plus what the settings UI needs. */
export interface OpenAiClient extends LlmClient {
  /** The model every call asks for. */
  readonly model: string;
  /** Model ids the endpoint offers (`GET {baseUrl}/models`), in its order. */
  listModels(options?: { signal?: AbortSignal }): Promise<string[]>;
}

const DEFAULT_BACKOFF_BASE_MS = 500;
const DEFAULT_BACKOFF_MAX_MS = 20_000;

/** Reads a whole non-streamed body, a cut connection becoming a bad answer rather than a network error. */
async function readBody(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new BadResponseError(`the answer was cut mid-way (${why})`);
  }
}

/**
 * Creates a client for `POST {baseUrl}/chat/completions` (streamed over SSE by default) with retries, timeout,
 * abort, usage and cost. Its `id` is `openai:<baseUrl>#<model>`; the key never appears in the id or in errors.
 */
export function createOpenAiClient(config: OpenAiConfig, deps: OpenAiDeps): OpenAiClient {
  const base = normaliseBaseUrl(config.baseUrl);
  const extraHeaders = config.extraHeaders ?? {};
  const redact = createRedactor([config.apiKey, ...base.secrets, ...Object.values(extraHeaders)]);
  const hasKey = config.apiKey !== undefined && config.apiKey !== '';
  const stream = config.stream ?? true;
  const id = redact(`openai:${base.display}#${config.model}`);

  const headers = (accept: string): Record<string, string> => ({
    Accept: accept,
    ...(hasKey ? { Authorization: `Bearer ${config.apiKey ?? ''}` } : {}),
    ...extraHeaders,
  });

  const context = (operation: FailureContext['operation']): FailureContext => ({
    display: redact(base.display),
    operation,
    model: config.model,
    hasKey,
    timeoutMs: config.timeoutMs,
    redact,
  });

  const common = (operation: FailureContext['operation'], signal: AbortSignal | undefined) => {
    if (base.problem !== null) {
      const why =
        base.problem === 'credentials'
          ? 'holds a user name or password, which browsers and fetch refuse: remove it and put the key in the API key field'
          : 'is not an http(s) URL: type it as the server documents it, e.g. http://localhost:11434/v1 for Ollama';
      throw new LlmError('E_ENDPOINT_UNREACHABLE', redact(`The base URL "${base.display}" ${why}.`));
    }
    const ctx = context(operation);
    return {
      signal,
      timeoutMs: config.timeoutMs,
      maxRetries: Math.max(0, Math.floor(config.maxRetries)),
      backoffBaseMs: config.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS,
      backoffMaxMs: config.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS,
      deps,
      toError: (failure: Parameters<typeof describeFailure>[0]) => describeFailure(failure, ctx),
    };
  };

  async function complete(request: LlmRequest): Promise<LlmResponse> {
    const temperature = request.temperature ?? config.temperature;
    const maxTokens = request.maxTokens ?? config.maxTokens;
    const body = {
      model: config.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(temperature === undefined ? {} : { temperature }),
      ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
      stream,
      ...(stream ? { stream_options: { include_usage: true } } : {}),
    };
    const result = await sendWithRetry<StreamResult>({
      ...common('chat', request.signal),
      url: `${base.url}/chat/completions`,
      init: {
        method: 'POST',
        headers: {
          ...headers(stream ? 'text/event-stream' : 'application/json'),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      },
      onOk: async (response, touch) => {
        const contentType = response.headers.get('content-type') ?? '';
        if (stream && response.body !== null && !contentType.includes('application/json')) {
          return readChatStream(response.body, { onToken: request.onToken, onActivity: touch });
        }
        // A server may ignore `stream` and answer in one piece: read it as such and hand the text over at once.
        const parsed = parseChatCompletion(await readBody(response));
        if (parsed.text !== '') request.onToken?.(parsed.text);
        return parsed;
      },
    });
    const usage = toLlmUsage(result.usage, request.messages, result.text);
    return {
      text: result.text,
      usage,
      model: result.model ?? config.model,
      costUsd: costOf(usage, config.pricing),
    };
  }

  async function listModels(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    return sendWithRetry<string[]>({
      ...common('models', options.signal),
      url: `${base.url}/models`,
      init: { method: 'GET', headers: headers('application/json') },
      onOk: async (response) => {
        let body: unknown;
        try {
          body = JSON.parse(await readBody(response));
        } catch (error) {
          if (error instanceof BadResponseError) throw error;
          throw new BadResponseError('the model list is not JSON');
        }
        const data = (body as { data?: unknown } | null)?.data;
        if (!Array.isArray(data)) throw new BadResponseError('the model list has no "data" array');
        return data
          .map((entry) => (entry as { id?: unknown } | null)?.id)
          .filter((value): value is string => typeof value === 'string');
      },
    });
  }

  return { id, model: config.model, complete, listModels };
}

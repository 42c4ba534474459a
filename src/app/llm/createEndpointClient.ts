import { createOpenAiClient, type OpenAiClient } from '../../core/llm/openai/createOpenAiClient.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import { createRng } from '../../core/util/createRng.ts';
import type { EndpointSettings } from '../settings/llmSettings.ts';

/** What an endpoint client needs from the page; tests pass their own fetch and clock. */
export interface EndpointDeps {
  /** Seeds the retry jitter, so a run's backoff is as reproducible as the rest of it. */
  seed: string;
  clock?: Clock;
  fetch?: typeof fetch;
  timeoutMs: number;
  maxRetries: number;
  /** Streams tokens over SSE (default true); the connection test asks for one plain answer. */
  stream?: boolean;
}

// Called through a wrapper: the browser's fetch throws "Illegal invocation" when called off its global.
const pageFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** An OpenAI-compatible client for one endpoint of the settings; an empty key sends no Authorization header. */
export function createEndpointClient(endpoint: EndpointSettings, deps: EndpointDeps): OpenAiClient {
  return createOpenAiClient(
    {
      baseUrl: endpoint.baseUrl.trim(),
      model: endpoint.model.trim(),
      ...(endpoint.apiKey === '' ? {} : { apiKey: endpoint.apiKey }),
      timeoutMs: deps.timeoutMs,
      maxRetries: deps.maxRetries,
      ...(deps.stream === undefined ? {} : { stream: deps.stream }),
    },
    {
      fetch: deps.fetch ?? pageFetch,
      clock: deps.clock ?? systemClock,
      rng: createRng(`${deps.seed}:backoff`),
    },
  );
}

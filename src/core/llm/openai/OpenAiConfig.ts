import type { Clock } from '../../ports/Clock.ts';
import type { Rng } from '../../ports/Rng.ts';

/** Prices in US dollars per million tokens, for cost accounting. */
export interface OpenAiPricing {
  promptPerMillion: number;
  completionPerMillion: number;
}

/** Settings of one OpenAI-compatible endpoint and model, as the user typed them. */
export interface OpenAiConfig {
  /** Joined as typed with `/chat/completions` and `/models` (so it usually ends in `/v1`); trailing slashes ignored. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when non-empty; never appears in ids, errors or logs. */
  apiKey?: string;
  model: string;
  /** Default when the request sets none; omitted from the body when both are unset. */
  temperature?: number;
  /** Default `max_tokens` when the request sets none. */
  maxTokens?: number;
  /** Extra request headers (e.g. OpenRouter's `HTTP-Referer`); their values are treated as secrets. */
  extraHeaders?: Record<string, string>;
  /** Stream tokens over SSE (default true). */
  stream?: boolean;
  /** Limit per HTTP attempt: until the answer completes, or between stream chunks; ≤ 0 or Infinity: none. */
  timeoutMs: number;
  /** Retries after the first attempt on 408/409/429/5xx and network errors. */
  maxRetries: number;
  pricing?: OpenAiPricing;
  /** First backoff delay before jitter (default 500 ms); doubles per retry. */
  backoffBaseMs?: number;
  /** Cap on any wait between attempts, including a server's Retry-After (default 20 s). */
  backoffMaxMs?: number;
}

/** What the client needs from its host: network, time and randomness are injected so the core stays pure. */
export interface OpenAiDeps {
  fetch: typeof fetch;
  clock: Clock;
  /** Jitter for the backoff. */
  rng: Rng;
}

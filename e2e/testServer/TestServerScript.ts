/** What the test server does with one chat request: the answer, or a fault to inject. */
export interface ScriptStep {
  /** The answer text; else the script's `answers` for the last user message, else `echo: <last user message>`. */
  reply?: string;
  /** Answer with this HTTP status and an OpenAI-style error body instead (e.g. 429, 500, 400). */
  status?: number;
  /** `Retry-After` header value sent with `status` (seconds, fractional allowed, or an HTTP date). */
  retryAfter?: string;
  /** Raw body of the error answer, replacing the default JSON error. */
  errorBody?: string;
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Wait this long between stream chunks. */
  chunkDelayMs?: number;
  /** Close the connection mid-answer: after this many content chunks when streaming, half-way otherwise. */
  cutAfterChunks?: number;
  /** Send a 200 answer that is not valid JSON (or a stream event that is not). */
  malformed?: boolean;
  /** Leave `usage` out of the answer. */
  omitUsage?: boolean;
}

/** The behaviour of the test server; every field is optional. */
export interface TestServerScript {
  /** When set, requests whose `Authorization` is not `Bearer <key>` get 401 (the message echoes the key sent). */
  requiredKey?: string;
  /** Models served by `/v1/models`; a chat request for another model gets 404 (default: test-model, test-model-large). */
  models?: string[];
  /** Answers by the exact text of the last user message. */
  answers?: Record<string, string>;
  /** Steps consumed one per chat request, in order. */
  queue?: ScriptStep[];
  /** The step for every chat request once the queue is empty. */
  always?: ScriptStep;
  /** Send CORS headers and answer preflights (default true); false lets a browser test see a CORS failure. */
  cors?: boolean;
}

/** One request the server received, as recorded for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The JSON body, or the raw text when it is not JSON, or null when empty. */
  body: unknown;
}

/** Models the server knows when the script names none. */
export const DEFAULT_TEST_MODELS = ['test-model', 'test-model-large'];

/** The text of the last user message in a chat request body, or '' when there is none. */
export function lastUserMessage(body: unknown): string {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as { role?: unknown; content?: unknown } | null;
    if (m?.role === 'user' && typeof m.content === 'string') return m.content;
  }
  return '';
}

/** The reply text for a request under a script step. */
export function pickReply(script: TestServerScript, step: ScriptStep, body: unknown): string {
  if (step.reply !== undefined) return step.reply;
  const last = lastUserMessage(body);
  return script.answers?.[last] ?? `echo: ${last}`;
}

/** Deterministic token counts, about four characters per token, as a real server would report them. */
export function countUsage(body: unknown, reply: string): Record<string, number> {
  const messages = (body as { messages?: { content?: unknown }[] } | null)?.messages ?? [];
  const chars = messages.reduce((n, m) => n + (typeof m.content === 'string' ? m.content.length : 0), 0);
  const prompt = Math.ceil(chars / 4) + 4 * messages.length;
  const completion = Math.ceil(reply.length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

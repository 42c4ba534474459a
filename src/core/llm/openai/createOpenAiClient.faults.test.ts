import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeLlmRequest } from '../../../../e2e/testServer/makeLlmRequest.ts';
import { startTestServer } from '../../../../e2e/testServer/startTestServer.ts';
import type { TestServer } from '../../../../e2e/testServer/startTestServer.ts';
import type { ScriptStep } from '../../../../e2e/testServer/TestServerScript.ts';
import { createRng } from '../../util/createRng.ts';
import { systemClock } from '../systemClock.ts';
import { createOpenAiClient } from './createOpenAiClient.ts';
import { LlmError } from './LlmError.ts';
import type { OpenAiConfig } from './OpenAiConfig.ts';

let server: TestServer;
const started = startTestServer().then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({});
  server.clearRequests();
});

const KEY = 'sk-secret-FAULTS-0123456789';
const client = (overrides: Partial<OpenAiConfig> = {}) =>
  createOpenAiClient(
    {
      baseUrl: server.baseUrl,
      apiKey: KEY,
      model: 'test-model',
      timeoutMs: 2000,
      maxRetries: 2,
      backoffBaseMs: 5,
      ...overrides,
    },
    { fetch: globalThis.fetch, clock: systemClock, rng: createRng('faults') },
  );

/** Runs a call that must fail and returns its error, checked to be an LlmError. */
async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

const chatRequests = (): number => server.requests.filter((r) => r.method === 'POST').length;

describe('createOpenAiClient: retries', () => {
  it('waits for a fractional Retry-After on 429, then succeeds', async () => {
    server.setScript({ queue: [{ status: 429, retryAfter: '0.2' }] });
    const start = performance.now();
    const response = await client({ backoffBaseMs: 1 }).complete(makeLlmRequest('q'));
    const elapsed = performance.now() - start;
    expect(response.text).toBe('echo: q');
    expect(chatRequests()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1500);
  });

  it('retries a 500 and succeeds', async () => {
    server.setScript({ queue: [{ status: 500 }, { status: 503 }] });
    expect((await client().complete(makeLlmRequest('q'))).text).toBe('echo: q');
    expect(chatRequests()).toBe(3);
  });

  it.each([
    [500, 'E_ENDPOINT_SERVER'],
    [429, 'E_ENDPOINT_RATE_LIMIT'],
  ] as const)('gives up on %i after maxRetries with %s', async (status, code) => {
    server.setScript({ always: { status } });
    const error = await failure(client({ maxRetries: 3 }).complete(makeLlmRequest('q')));
    expect(error.code).toBe(code);
    expect(error.attempts).toBe(4);
    expect(error.status).toBe(status);
    expect(error.message).toContain('4 attempts');
    expect(chatRequests()).toBe(4);
  });

  it.each([
    [401, 'E_ENDPOINT_AUTH'],
    [403, 'E_ENDPOINT_AUTH'],
    [404, 'E_ENDPOINT_MODEL'],
    [400, 'E_ENDPOINT_REQUEST'],
  ] as const)('does not retry %i (%s)', async (status, code) => {
    server.setScript({ always: { status } });
    expect((await failure(client().complete(makeLlmRequest('q')))).code).toBe(code);
    expect(chatRequests()).toBe(1);
  });

  it('rejects a wrong key with E_ENDPOINT_AUTH at once', async () => {
    server.setScript({ requiredKey: 'sk-the-right-one' });
    const error = await failure(client().complete(makeLlmRequest('q')));
    expect(error.code).toBe('E_ENDPOINT_AUTH');
    expect(error.message).toContain('API key');
    expect(chatRequests()).toBe(1);
  });

  it('names an unknown model and points to /models', async () => {
    const error = await failure(client({ model: 'gpt-imaginary' }).complete(makeLlmRequest('q')));
    expect(error.code).toBe('E_ENDPOINT_MODEL');
    expect(error.message).toContain('"gpt-imaginary"');
    expect(error.message).toContain(`${server.baseUrl}/models`);
  });

  it('reports a closed port as unreachable, with the CORS advice, after retrying', async () => {
    const closed = await startTestServer();
    await closed.close();
    const error = await failure(
      client({ baseUrl: closed.baseUrl, maxRetries: 1 }).complete(makeLlmRequest('q')),
    );
    expect(error.code).toBe('E_ENDPOINT_UNREACHABLE');
    expect(error.attempts).toBe(2);
    expect(error.message).toContain('OLLAMA_ORIGINS');
    expect(error.message).toContain('Enable CORS');
  });

  it('refuses a base URL that is not http(s) without sending anything', async () => {
    const error = await failure(client({ baseUrl: 'localhost:11434/v1' }).complete(makeLlmRequest('q')));
    expect(error.code).toBe('E_ENDPOINT_UNREACHABLE');
    expect(server.requests).toHaveLength(0);
  });
});

describe('createOpenAiClient: timeouts, aborts, bad answers', () => {
  it('times out a slow answer without retrying', async () => {
    server.setScript({ always: { delayMs: 3000 } });
    const start = performance.now();
    const error = await failure(client({ timeoutMs: 150 }).complete(makeLlmRequest('q')));
    expect(error.code).toBe('E_ENDPOINT_TIMEOUT');
    expect(performance.now() - start).toBeLessThan(1500);
    expect(chatRequests()).toBe(1);
  });

  it('times out a stream that goes quiet, but not one that keeps sending', async () => {
    server.setScript({
      queue: [
        { reply: 'a b c d e f', chunkDelayMs: 40 },
        { reply: 'a b', chunkDelayMs: 400 },
      ],
    });
    const steady = await client({ timeoutMs: 200 }).complete(makeLlmRequest('q'));
    expect(steady.text).toBe('a b c d e f');
    const error = await failure(client({ timeoutMs: 200 }).complete(makeLlmRequest('q')));
    expect(error.code).toBe('E_ENDPOINT_TIMEOUT');
  });

  it.each<[string, ScriptStep]>([
    ['while waiting for headers', { delayMs: 5000 }],
    ['during a backoff', { status: 503, retryAfter: '5' }],
    ['mid-stream', { reply: 'a b c d e f g', chunkDelayMs: 100 }],
  ])('stops at once, without retry, when the caller aborts %s', async (_when, step) => {
    server.setScript({ always: step });
    const controller = new AbortController();
    const start = performance.now();
    const pending = client().complete(makeLlmRequest('q', { signal: controller.signal }));
    await systemClock.sleep(150);
    controller.abort();
    const error = await failure(pending);
    expect(error.code).toBe('E_ABORTED');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(chatRequests()).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await failure(client().complete(makeLlmRequest('q', { signal: AbortSignal.abort() })));
    expect(error.code).toBe('E_ABORTED');
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, ScriptStep, boolean]>([
    ['a stream cut mid-way', { reply: 'one two three four', cutAfterChunks: 2 }, true],
    ['a body cut mid-way', { reply: 'one two three four', cutAfterChunks: 0 }, false],
    ['a malformed stream event', { malformed: true }, true],
    ['a malformed JSON body', { malformed: true }, false],
  ])('reports %s as E_ENDPOINT_BAD_RESPONSE without retry', async (_what, step, stream) => {
    server.setScript({ always: step });
    const tokens: string[] = [];
    const error = await failure(
      client({ stream }).complete(makeLlmRequest('q', { onToken: (t) => tokens.push(t) })),
    );
    expect(error.code).toBe('E_ENDPOINT_BAD_RESPONSE');
    expect(chatRequests()).toBe(1);
    if (step.cutAfterChunks === 2) expect(tokens).toEqual(['one ', 'two ']);
  });
});

describe('createOpenAiClient: secrets', () => {
  const EXTRA = 'extra-header-secret-value';
  const scenarios: [string, ScriptStep | 'closed' | 'wrong-key'][] = [
    ['401 echoing the key', 'wrong-key'],
    [
      '500 whose body holds the key',
      { status: 500, errorBody: `{"error":{"message":"got ${KEY} and ${EXTRA}"}}` },
    ],
    ['400 whose body holds the key', { status: 400, errorBody: `bad key ${KEY}` }],
    ['timeout', { delayMs: 2000 }],
    ['bad stream', { malformed: true }],
    ['closed port', 'closed'],
  ];

  it.each(scenarios)('keeps the key out of the error on %s', async (_what, scenario) => {
    let baseUrl = server.baseUrl;
    if (scenario === 'closed') {
      const closed = await startTestServer();
      await closed.close();
      baseUrl = closed.baseUrl;
    } else if (scenario === 'wrong-key') server.setScript({ requiredKey: 'sk-other' });
    else server.setScript({ always: scenario });
    const llm = client({ baseUrl, timeoutMs: 200, maxRetries: 1, extraHeaders: { 'X-Secret': EXTRA } });
    const error = await failure(llm.complete(makeLlmRequest('q')));
    if (scenario !== 'closed') expect(server.requests[0]?.headers['authorization']).toBe(`Bearer ${KEY}`);
    for (const text of [error.message, error.stack ?? '', JSON.stringify(error), String(error), llm.id]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(EXTRA);
    }
  });
});

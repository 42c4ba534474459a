import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeLlmRequest } from '../../../../e2e/testServer/makeLlmRequest.ts';
import { startTestServer } from '../../../../e2e/testServer/startTestServer.ts';
import type { TestServer } from '../../../../e2e/testServer/startTestServer.ts';
import { createRng } from '../../util/createRng.ts';
import { systemClock } from '../systemClock.ts';
import { createOpenAiClient } from './createOpenAiClient.ts';
import type { OpenAiConfig } from './OpenAiConfig.ts';

let server: TestServer;
const started = startTestServer().then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({});
  server.clearRequests();
});

const KEY = 'sk-test-0123456789abcdef';
const client = (overrides: Partial<OpenAiConfig> = {}) =>
  createOpenAiClient(
    {
      baseUrl: server.baseUrl,
      apiKey: KEY,
      model: 'test-model',
      timeoutMs: 5000,
      maxRetries: 2,
      ...overrides,
    },
    { fetch: globalThis.fetch, clock: systemClock, rng: createRng('test') },
  );

const sentBody = (index = 0): Record<string, unknown> =>
  server.requests.filter((r) => r.method === 'POST')[index]?.body as Record<string, unknown>;

describe('createOpenAiClient: success', () => {
  it('completes without streaming, with usage, cost and one onToken call', async () => {
    const tokens: string[] = [];
    const llm = client({
      stream: false,
      temperature: 0.3,
      maxTokens: 64,
      pricing: { promptPerMillion: 1, completionPerMillion: 2 },
    });
    const response = await llm.complete(makeLlmRequest('what is 6*7?', { onToken: (t) => tokens.push(t) }));
    expect(response.text).toBe('echo: what is 6*7?');
    expect(response.usage).toEqual({ promptTokens: 18, completionTokens: 5 });
    expect(response.model).toBe('test-model');
    expect(response.costUsd).toBeCloseTo((18 * 1 + 5 * 2) / 1e6, 12);
    expect(tokens).toEqual(['echo: what is 6*7?']);
    expect(sentBody()).toEqual({
      model: 'test-model',
      messages: [
        { role: 'system', content: 'You are a careful assistant.' },
        { role: 'user', content: 'what is 6*7?' },
      ],
      temperature: 0.3,
      max_tokens: 64,
      stream: false,
    });
  });

  it('streams deltas through onToken and takes the usage from the last chunk', async () => {
    server.setScript({ queue: [{ reply: 'The answer is 42.' }] });
    const tokens: string[] = [];
    const response = await client().complete(makeLlmRequest('q', { onToken: (t) => tokens.push(t) }));
    expect(tokens).toEqual(['The ', 'answer ', 'is ', '42.']);
    expect(response.text).toBe('The answer is 42.');
    expect(response.usage).toEqual({ promptTokens: 16, completionTokens: 5 });
    expect(response.costUsd).toBe(0);
    expect(sentBody()).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(server.requests[0]?.headers['accept']).toBe('text/event-stream');
  });

  it('lets the request override the configured temperature and max tokens', async () => {
    await client({ temperature: 0.9, maxTokens: 10 }).complete(
      makeLlmRequest('q', { temperature: 0, maxTokens: 5 }),
    );
    expect(sentBody()).toMatchObject({ temperature: 0, max_tokens: 5 });
  });

  it.each([true, false])(
    'estimates usage, marked as such, when the server omits it (stream %s)',
    async (stream) => {
      server.setScript({ queue: [{ reply: 'twelve chars', omitUsage: true }] });
      const response = await client({ stream }).complete(makeLlmRequest('abcd'));
      expect(response.usage).toEqual({
        promptTokens: 3 + 4 + 7 + 4 + 1,
        completionTokens: 3,
        estimated: true,
      });
    },
  );

  it('sends the key as a bearer token and extra headers', async () => {
    await client({ extraHeaders: { 'X-Title': 'FlowSteer' } }).complete(makeLlmRequest('q'));
    expect(server.requests[0]?.headers['authorization']).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]?.headers['x-title']).toBe('FlowSteer');
  });

  it('sends no Authorization header without a key', async () => {
    await client({ apiKey: '' }).complete(makeLlmRequest('q'));
    expect(server.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('joins the base URL as typed, ignoring trailing slashes', async () => {
    await client({ baseUrl: `${server.baseUrl}///` }).complete(makeLlmRequest('q'));
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    // Without /v1 the client does not guess: it asks for /chat/completions and says how to fix the URL.
    await expect(client({ baseUrl: server.url }).complete(makeLlmRequest('q'))).rejects.toMatchObject({
      code: 'E_ENDPOINT_MODEL',
      message: expect.stringContaining('/v1') as unknown,
    });
    expect(server.requests[1]?.path).toBe('/chat/completions');
  });

  it('has an id naming base URL and model, never the key or a URL password', () => {
    expect(client().id).toBe(`openai:${server.baseUrl}#test-model`);
    const withUserInfo = client({ baseUrl: `http://user:pa55word@127.0.0.1:${server.port}/v1/` });
    expect(withUserInfo.id).toBe(`openai:http://127.0.0.1:${server.port}/v1#test-model`);
    expect(withUserInfo.id).not.toContain('pa55word');
    expect(client().id).not.toContain(KEY);
  });

  it('refuses a base URL with user info, without echoing the password', async () => {
    const llm = client({ baseUrl: `http://user:pa55word@127.0.0.1:${server.port}/v1` });
    const error = await llm.complete(makeLlmRequest('q')).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({
      code: 'E_ENDPOINT_UNREACHABLE',
      message: expect.stringContaining('API key'),
    });
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain('pa55word');
    expect(server.requests).toHaveLength(0);
  });

  it('lists the models the endpoint offers', async () => {
    server.setScript({ models: ['small', 'large'] });
    expect(await client().listModels()).toEqual(['small', 'large']);
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
  });

  it('explains a missing model list as a base URL problem', async () => {
    await expect(client({ baseUrl: server.url }).listModels()).rejects.toMatchObject({
      code: 'E_ENDPOINT_REQUEST',
      message: expect.stringContaining('/v1') as unknown,
    });
  });
});

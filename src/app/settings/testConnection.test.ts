import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/testServer/startTestServer.ts';
import { testConnection } from './testConnection.ts';

const KEY = 'sk-right-0123456789';
const WRONG = 'sk-wrong-9876543210';
let server: TestServer;
const started = startTestServer({ script: { requiredKey: KEY } }).then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({ requiredKey: KEY });
  server.clearRequests();
});

const endpoint = (patch: { baseUrl?: string; model?: string; apiKey?: string } = {}) => ({
  baseUrl: server.baseUrl,
  model: 'test-model',
  apiKey: KEY,
  ...patch,
});

describe('testConnection', () => {
  it('succeeds with the model list, a one-token answer and the time it took', async () => {
    const result = await testConnection(endpoint());
    expect(result).toMatchObject({
      kind: 'ok',
      models: ['test-model', 'test-model-large'],
      modelAnswered: true,
    });
    if (result.kind === 'ok') expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const chat = server.requests.find((r) => r.path === '/v1/chat/completions');
    expect(chat?.body).toMatchObject({ model: 'test-model', max_tokens: 1, stream: false });
    expect(chat?.headers['authorization']).toBe(`Bearer ${KEY}`);
    expect(server.requests.every((r) => !r.path.includes(KEY))).toBe(true);
  });

  it('lists the models without a chat request while no model is chosen', async () => {
    const result = await testConnection(endpoint({ model: '' }));
    expect(result).toMatchObject({ kind: 'ok', modelAnswered: false });
    expect(server.requests.map((r) => r.path)).toEqual(['/v1/models']);
  });

  it.each([
    ['a wrong key (401)', { apiKey: WRONG }, 'auth', 'E_ENDPOINT_AUTH', 401],
    ['a base URL without /v1 (404)', { baseUrl: '' }, 'url', 'E_ENDPOINT_MODEL', 404],
    ['an unknown model (404)', { model: 'no-such-model' }, 'model', 'E_ENDPOINT_MODEL', 404],
  ] as const)('names %s, with no key in the message', async (_name, patch, reason, code, status) => {
    const e = endpoint('baseUrl' in patch ? { baseUrl: server.url } : patch);
    const result = await testConnection(e);
    expect(result).toMatchObject({ kind: 'failed', reason, code, status });
    if (result.kind === 'failed') {
      expect(result.message).not.toContain(KEY);
      expect(result.message).not.toContain(WRONG);
    }
  });

  it('reports a server that cannot be reached as a network failure', async () => {
    const result = await testConnection(endpoint({ baseUrl: 'http://127.0.0.1:9/v1' }));
    expect(result).toMatchObject({
      kind: 'failed',
      reason: 'network',
      code: 'E_ENDPOINT_UNREACHABLE',
      status: null,
    });
    if (result.kind === 'failed') expect(result.message).toMatch(/OLLAMA_ORIGINS/);
  });

  it('refuses a malformed URL inline without making any request', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const result = await testConnection(endpoint({ baseUrl: 'localhost:11434/v1' }), { fetch });
    expect(result.kind).toBe('invalid');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stops when aborted', async () => {
    server.setScript({ requiredKey: KEY, always: { delayMs: 5000 } });
    const controller = new AbortController();
    const pending = testConnection(endpoint(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ kind: 'failed', reason: 'aborted' });
  });
});

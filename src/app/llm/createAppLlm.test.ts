import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeLlmRequest } from '../../../e2e/testServer/makeLlmRequest.ts';
import { startTestServer, type TestServer } from '../../../e2e/testServer/startTestServer.ts';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '../settings/llmSettings.ts';
import { createAppLlm, resolveOverride } from './createAppLlm.ts';

const KEY = 'sk-app-0123456789';
let server: TestServer;
const started = startTestServer({ script: { requiredKey: KEY } }).then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({ requiredKey: KEY });
  server.clearRequests();
});

const real = (patch: Partial<LlmSettings> = {}): LlmSettings => ({
  ...DEFAULT_LLM_SETTINGS,
  backend: 'openai-compatible',
  endpoint: { baseUrl: server.baseUrl, model: 'test-model', apiKey: KEY },
  maxRetries: 0,
  timeoutMs: 5000,
  ...patch,
});

const modelOf = (index: number): unknown =>
  (server.requests.filter((r) => r.method === 'POST')[index]?.body as { model?: unknown }).model;

describe('createAppLlm', () => {
  it('is the seeded simulated backend by default, with the chosen profile', async () => {
    const a = createAppLlm(DEFAULT_LLM_SETTINGS, { seed: 't1' });
    expect(a.id).toBe('simulated:default:t1');
    expect(createAppLlm({ ...DEFAULT_LLM_SETTINGS, simProfile: 'strong' }, { seed: 't1' }).id).toBe(
      'simulated:strong:t1',
    );
    const request = makeLlmRequest('What is 6 * 7?');
    const b = createAppLlm(DEFAULT_LLM_SETTINGS, { seed: 't1' });
    expect((await a.complete(request)).text).toBe((await b.complete(request)).text);
  });

  it('ignores per-operator overrides on the simulated backend (it stays offline)', () => {
    const settings = { ...real(), backend: 'simulated' as const };
    settings.overrides = { Verify: { baseUrl: server.baseUrl, model: 'test-model-large', apiKey: '' } };
    expect(createAppLlm(settings, { seed: 's' }).id).toBe('simulated:default:s');
  });

  it('calls the OpenAI-compatible endpoint with the key in the header only', async () => {
    const llm = createAppLlm(real(), { seed: 's' });
    expect(llm.id).toBe(`openai:${server.baseUrl}#test-model`);
    const response = await llm.complete(makeLlmRequest('hello'));
    expect(response.text).toBe('echo: hello');
    const [request] = server.requests;
    expect(request?.headers['authorization']).toBe(`Bearer ${KEY}`);
    expect(request?.path).not.toContain(KEY);
  });

  it('routes an overridden operator to its own model and the rest to the default', async () => {
    const llm = createAppLlm(
      real({ overrides: { Verify: { baseUrl: server.baseUrl, model: 'test-model-large', apiKey: '' } } }),
      { seed: 's' },
    );
    expect(llm.id).toContain('Verify=openai:');
    await llm.complete(makeLlmRequest('a', { operator: 'Custom' }));
    await llm.complete(makeLlmRequest('b', { operator: 'Verify' }));
    expect([modelOf(0), modelOf(1)]).toEqual(['test-model', 'test-model-large']);
  });

  it('lends the default key to an override only on the same base URL', () => {
    const settings = real({
      overrides: {
        Verify: { baseUrl: `${server.baseUrl}/`, model: 'm', apiKey: '' },
        Review: { baseUrl: 'https://elsewhere.example/v1', model: 'm', apiKey: '' },
        Revise: { baseUrl: 'https://elsewhere.example/v1', model: 'm', apiKey: 'sk-own-key' },
      },
    });
    expect(resolveOverride(settings, 'Verify')?.apiKey).toBe(KEY);
    expect(resolveOverride(settings, 'Review')?.apiKey).toBe('');
    expect(resolveOverride(settings, 'Revise')?.apiKey).toBe('sk-own-key');
    expect(resolveOverride(settings, 'Custom')).toBeUndefined();
  });

  it('never puts the key in its id or its errors, even when the server echoes it', async () => {
    const wrong = 'sk-wrong-key-5555';
    const llm = createAppLlm(
      real({ endpoint: { baseUrl: server.baseUrl, model: 'test-model', apiKey: wrong } }),
      {
        seed: 's',
      },
    );
    expect(llm.id).not.toContain(wrong);
    const error = await llm.complete(makeLlmRequest('hi')).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe('E_ENDPOINT_AUTH');
    expect(`${error?.message} ${error?.stack ?? ''} ${JSON.stringify(error)}`).not.toContain(wrong);
  });
});

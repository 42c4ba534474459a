import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer } from './startTestServer.ts';
import type { TestServer } from './startTestServer.ts';
import { splitTokens } from './writeChatAnswer.ts';

let server: TestServer;
const started = startTestServer().then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({});
  server.clearRequests();
});

const chatBody = (content: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ model: 'test-model', messages: [{ role: 'user', content }], ...extra });

const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${server.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('startTestServer', () => {
  it('listens on 127.0.0.1 only and reports its base URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.baseUrl).toBe(`${server.url}/v1`);
  });

  it('echoes the last user message with usage, and records the request', async () => {
    const res = await post(chatBody('hello there'));
    const json = (await res.json()) as { choices: { message: { content: string } }[]; usage: object };
    expect(json.choices[0]?.message.content).toBe('echo: hello there');
    expect(json.usage).toEqual({ prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
  });

  it('answers by last user message, then from the queue in order', async () => {
    server.setScript({ answers: { 'q?': 'mapped' }, queue: [{ reply: 'first' }] });
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const json = (await (await post(chatBody('q?'))).json()) as {
        choices: { message: { content: string } }[];
      };
      texts.push(json.choices[0]?.message.content ?? '');
    }
    expect(texts).toEqual(['first', 'mapped', 'mapped']);
  });

  it('streams SSE chunks ending in a usage chunk and [DONE]', async () => {
    server.setScript({ queue: [{ reply: 'a b c' }] });
    const res = await post(chatBody('x', { stream: true, stream_options: { include_usage: true } }));
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const events = text.split('\n\n').filter((e) => e !== '');
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(events.at(-2)).toContain('"usage"');
    expect(events).toHaveLength(1 + 3 + 1 + 1 + 1);
  });

  it.each([
    [{ status: 429, retryAfter: '2' }, 429, '2'],
    [{ status: 500 }, 500, null],
  ])('injects HTTP faults %j', async (step, status, retryAfter) => {
    server.setScript({ queue: [step] });
    const res = await post(chatBody('x'));
    expect(res.status).toBe(status);
    expect(res.headers.get('retry-after')).toBe(retryAfter);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(String(status));
  });

  it('rejects a wrong key with 401, and an unknown model with 404', async () => {
    server.setScript({ requiredKey: 'sk-right' });
    expect((await post(chatBody('x'), { Authorization: 'Bearer sk-wrong' })).status).toBe(401);
    expect((await post(chatBody('x'), { Authorization: 'Bearer sk-right' })).status).toBe(200);
    const unknown = JSON.stringify({ model: 'nope', messages: [] });
    expect((await post(unknown, { Authorization: 'Bearer sk-right' })).status).toBe(404);
  });

  it('cuts a non-streamed answer mid-body and sends malformed JSON on request', async () => {
    server.setScript({ queue: [{ cutAfterChunks: 0 }, { malformed: true }] });
    await expect(post(chatBody('x')).then((r) => r.text())).rejects.toThrow();
    const malformed = await (await post(chatBody('x'))).text();
    expect(() => JSON.parse(malformed) as unknown).toThrow();
  });

  it('answers CORS preflights and sets CORS headers', async () => {
    const res = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    server.setScript({ cors: false });
    const models = await fetch(`${server.baseUrl}/models`);
    expect(models.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('can be scripted and inspected over HTTP by another process', async () => {
    await fetch(`${server.url}/__control/script`, {
      method: 'POST',
      body: JSON.stringify({ models: ['only-model'] }),
    });
    const models = (await (await fetch(`${server.baseUrl}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(['only-model']);
    const recorded = (await (await fetch(`${server.url}/__control/requests`)).json()) as unknown[];
    expect(recorded).toHaveLength(1);
  });

  it('splits replies into tokens that concatenate back exactly', () => {
    for (const reply of ['', 'one', ' lead and  gaps ', 'line\nbreak\n']) {
      expect(splitTokens(reply).join('')).toBe(reply);
    }
  });
});

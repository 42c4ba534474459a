import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeLlmRequest } from '../../../../e2e/testServer/makeLlmRequest.ts';
import { startTestServer } from '../../../../e2e/testServer/startTestServer.ts';
import type { TestServer } from '../../../../e2e/testServer/startTestServer.ts';
import { createFakeLlm } from '../../testing/FakeLlm.ts';
import { createRng } from '../../util/createRng.ts';
import { createOpenAiClient } from '../openai/createOpenAiClient.ts';
import { systemClock } from '../systemClock.ts';
import { createMemoryReplayStore, replayStoreFromJSON } from './createMemoryReplayStore.ts';
import { createRecordReplayLlm } from './createRecordReplayLlm.ts';

let server: TestServer;
const started = startTestServer().then((s) => (server = s));
afterAll(async () => (await started).close());
beforeEach(async () => {
  await started;
  server.setScript({});
  server.clearRequests();
});

const KEY = 'sk-replay-secret-987654321';
const endpoint = () =>
  createOpenAiClient(
    { baseUrl: server.baseUrl, apiKey: KEY, model: 'test-model', timeoutMs: 2000, maxRetries: 0 },
    { fetch: globalThis.fetch, clock: systemClock, rng: createRng(0) },
  );
const questions = ['what is 2+2?', 'name a prime', 'what is 2+2?'];

describe('createRecordReplayLlm', () => {
  it('records a run, then replays it from the saved JSON with zero requests', async () => {
    const store = createMemoryReplayStore();
    const recorder = createRecordReplayLlm(endpoint(), store, 'record');
    const first = [];
    for (const q of questions) first.push(await recorder.complete(makeLlmRequest(q)));
    // The repeated question is answered from this run's recording: identical requests, identical answers.
    expect(server.requests).toHaveLength(2);
    expect(JSON.stringify(store.toJSON())).not.toContain(KEY);

    server.clearRequests();
    const reloaded = replayStoreFromJSON(JSON.parse(JSON.stringify(store.toJSON())));
    const replayer = createRecordReplayLlm(null, reloaded, 'replay');
    expect(replayer.id).toBe(recorder.id);
    const tokens: string[] = [];
    for (const [i, q] of questions.entries()) {
      const again = await replayer.complete(makeLlmRequest(q, { onToken: (t) => tokens.push(t) }));
      expect(again).toEqual({ ...first[i], costUsd: 0 });
    }
    expect(tokens).toEqual(first.map((r) => r?.text));
    expect(server.requests).toHaveLength(0);
  });

  it('names the operator when a replay has no entry', async () => {
    const replayer = createRecordReplayLlm(endpoint(), createMemoryReplayStore(), 'replay');
    const request = makeLlmRequest('never recorded', { operator: 'Programmer', purpose: 'code' });
    await expect(replayer.complete(request)).rejects.toMatchObject({
      code: 'E_REPLAY_MISS',
      message: expect.stringContaining('Programmer call') as unknown,
    });
    expect(server.requests).toHaveLength(0);
  });

  it('in auto mode answers from the store when it can and records what it cannot', async () => {
    const store = createMemoryReplayStore();
    await createRecordReplayLlm(endpoint(), store, 'record').complete(makeLlmRequest('a'));
    server.clearRequests();
    const auto = createRecordReplayLlm(endpoint(), store, 'auto');
    await auto.complete(makeLlmRequest('a'));
    expect(server.requests).toHaveLength(0);
    await auto.complete(makeLlmRequest('b'));
    expect(server.requests).toHaveLength(1);
    expect(store.size).toBe(2);
  });

  it('re-records in a new record run, replacing older answers', async () => {
    const store = createMemoryReplayStore();
    server.setScript({ queue: [{ reply: 'old' }, { reply: 'new' }] });
    await createRecordReplayLlm(endpoint(), store, 'record').complete(makeLlmRequest('q'));
    const again = await createRecordReplayLlm(endpoint(), store, 'record').complete(makeLlmRequest('q'));
    expect(again.text).toBe('new');
    expect((await createRecordReplayLlm(null, store, 'replay').complete(makeLlmRequest('q'))).text).toBe(
      'new',
    );
  });

  it('keys on what the endpoint sees, not on the hints', async () => {
    const fake = createFakeLlm({ default: (_r, i) => `answer ${i}` });
    const llm = createRecordReplayLlm(fake, createMemoryReplayStore(), 'auto');
    const base = makeLlmRequest('same');
    const texts = [
      (await llm.complete(base)).text,
      (await llm.complete({ ...base, operator: 'Review', purpose: 'review', promptKey: 'other' })).text,
      (await llm.complete({ ...base, hints: { ...base.hints, branch: 2, attempt: 1 } })).text,
      (await llm.complete({ ...base, temperature: 0.7 })).text,
      (await llm.complete({ ...base, maxTokens: 10 })).text,
    ];
    expect(texts).toEqual(['answer 0', 'answer 0', 'answer 0', 'answer 1', 'answer 2']);
  });

  it('asks the backend once for concurrent identical calls', async () => {
    const fake = createFakeLlm({
      default: async (_r, i) => {
        await systemClock.sleep(30);
        return `answer ${i}`;
      },
    });
    const llm = createRecordReplayLlm(fake, createMemoryReplayStore(), 'auto');
    const results = await Promise.all([1, 2, 3].map(() => llm.complete(makeLlmRequest('same'))));
    expect(results.map((r) => r.text)).toEqual(['answer 0', 'answer 0', 'answer 0']);
    expect(fake.requests).toHaveLength(1);
  });

  it('stops a call whose signal is already aborted', async () => {
    const llm = createRecordReplayLlm(createFakeLlm({ default: 'x' }), createMemoryReplayStore(), 'auto');
    await expect(llm.complete(makeLlmRequest('q', { signal: AbortSignal.abort() }))).rejects.toMatchObject({
      code: 'E_ABORTED',
    });
  });

  it('refuses record mode without a backend', () => {
    expect(() => createRecordReplayLlm(null, createMemoryReplayStore(), 'record')).toThrow(/Record mode/);
  });

  it('takes the backend id from the option when the store holds several', async () => {
    const store = createMemoryReplayStore();
    await createRecordReplayLlm(createFakeLlm({ default: 'from a' }, { id: 'a' }), store, 'auto').complete(
      makeLlmRequest('q'),
    );
    await createRecordReplayLlm(createFakeLlm({ default: 'from b' }, { id: 'b' }), store, 'auto').complete(
      makeLlmRequest('q'),
    );
    const replayB = createRecordReplayLlm(null, store, 'replay', { backendId: 'b' });
    expect((await replayB.complete(makeLlmRequest('q'))).text).toBe('from b');
    await expect(
      createRecordReplayLlm(null, store, 'replay').complete(makeLlmRequest('q')),
    ).rejects.toMatchObject({
      code: 'E_REPLAY_MISS',
    });
  });
});

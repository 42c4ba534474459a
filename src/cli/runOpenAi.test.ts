import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../e2e/testServer/startTestServer.ts';
import type { TestServer } from '../../e2e/testServer/startTestServer.ts';
import { runCliWith } from './runCli.testutil.ts';

const KEY = 'sk-flowsteer-test-4f9c2a7e1b3d5f6a';
const WRONG_KEY = 'sk-flowsteer-wrong-8e7d6c5b4a392817';
const ENV_NAME = 'FLOWSTEER_TEST_API_KEY';

let server: TestServer;
const tmp = mkdtempSync(join(tmpdir(), 'flowsteer-run-'));

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  server.setScript({});
  server.clearRequests();
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const chatRequests = () => server.requests.filter((r) => r.path === '/v1/chat/completions');
const openAiArgs = (...extra: string[]) => [
  'run',
  '--workflow',
  'Custom -> Format',
  '--suite',
  'builtin:math',
  '--limit',
  '3',
  '--backend',
  'openai',
  '--base-url',
  server.baseUrl,
  '--model',
  'test-model',
  '--json',
  ...extra,
];

interface RunJson {
  backend: string;
  n: number;
  tokens: number;
  llmCalls: number;
  endpointCalls: number;
  perTask: { id: string; answer: string | null }[];
}

describe('run --backend openai over HTTP', () => {
  it('completes a math workflow against the endpoint and reports its tokens', async () => {
    server.setScript({ always: { reply: 'Adding it up, the answer is \\boxed{42}.' } });
    const r = await runCliWith({}, ...openAiArgs());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as RunJson;
    expect(report).toMatchObject({ backend: 'openai', n: 3 });
    expect(report.tokens).toBeGreaterThan(0);
    expect(report.perTask.every((t) => t.answer?.includes('42'))).toBe(true);
    expect(chatRequests().length).toBe(report.endpointCalls);
    expect(report.endpointCalls).toBeGreaterThanOrEqual(3);
    expect(chatRequests().every((q) => (q.body as { model?: string }).model === 'test-model')).toBe(true);
    expect(chatRequests().every((q) => q.headers['authorization'] === undefined)).toBe(true);
  });

  it('a second run with --cache replays every answer and makes no request at all', async () => {
    server.setScript({ always: { reply: 'The answer is \\boxed{7}.' } });
    const cache = join(tmp, 'replay.json');
    const first = await runCliWith({}, ...openAiArgs('--cache', cache));
    expect(first.code).toBe(0);
    const sent = server.requests.length;
    expect(sent).toBeGreaterThan(0);
    expect(existsSync(cache)).toBe(true);

    const second = await runCliWith({}, ...openAiArgs('--cache', cache));
    expect(second.code).toBe(0);
    expect(server.requests.length).toBe(sent);
    const [a, b] = [JSON.parse(first.out) as RunJson, JSON.parse(second.out) as RunJson];
    expect(b.endpointCalls).toBe(0);
    expect(b.perTask).toEqual(a.perTask);
    expect(b.tokens).toBe(a.tokens);
  });

  it('sends the key from --api-key-env and never prints it or writes it to the cache', async () => {
    server.setScript({ requiredKey: KEY, always: { reply: 'The answer is \\boxed{3}.' } });
    const cache = join(tmp, 'keyed.json');
    const r = await runCliWith(
      { [ENV_NAME]: KEY },
      ...openAiArgs('--api-key-env', ENV_NAME, '--cache', cache),
    );
    expect(r.code).toBe(0);
    expect(chatRequests().length).toBeGreaterThan(0);
    expect(chatRequests().every((q) => q.headers['authorization'] === `Bearer ${KEY}`)).toBe(true);
    expect(`${r.out}${r.err}`).not.toContain(KEY);
    expect(readFileSync(cache, 'utf8')).not.toContain(KEY);
  });

  it('a rejected key fails the run with E_ENDPOINT_AUTH, and no output or cache holds the key', async () => {
    // The server echoes the key it was sent in its 401 message, as some real servers do.
    server.setScript({ requiredKey: KEY });
    const cache = join(tmp, 'rejected.json');
    const r = await runCliWith(
      { [ENV_NAME]: WRONG_KEY },
      ...openAiArgs('--api-key-env', ENV_NAME, '--cache', cache),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_ENDPOINT_AUTH');
    expect(chatRequests().some((q) => q.headers['authorization'] === `Bearer ${WRONG_KEY}`)).toBe(true);
    for (const text of [r.out, r.err, existsSync(cache) ? readFileSync(cache, 'utf8') : '']) {
      expect(text).not.toContain(WRONG_KEY);
      expect(text).not.toContain(KEY);
    }
  });

  it('a missing key variable is a usage error that names the variable and prints no value', async () => {
    const r = await runCliWith(
      { OPENAI_API_KEY: KEY },
      ...openAiArgs('--api-key-env', 'MISSING_FLOWSTEER_KEY'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('MISSING_FLOWSTEER_KEY');
    expect(r.err).not.toContain(KEY);
    expect(server.requests).toHaveLength(0);
  });

  it('a key given in place of a variable name is refused without being echoed', async () => {
    const r = await runCliWith({}, ...openAiArgs('--api-key-env', KEY));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--api-key-env takes the NAME');
    expect(r.err).not.toContain(KEY);
    const underscored = 'abc123def456ghi789jkl012mno345';
    const u = await runCliWith({}, ...openAiArgs('--api-key-env', underscored));
    expect(u.code).toBe(2);
    expect(u.err).not.toContain(underscored);
  });
});

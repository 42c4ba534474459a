import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest, ScriptStep, TestServerScript } from './TestServerScript.ts';
import { DEFAULT_TEST_MODELS, pickReply } from './TestServerScript.ts';
import { writeJsonAnswer, writeStreamAnswer } from './writeChatAnswer.ts';

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The OpenAI-compatible base URL: `url` + `/v1`. */
  baseUrl: string;
  port: number;
  /** Every request received (preflights included), oldest first; the array is live. */
  requests: RecordedRequest[];
  /** Replaces the script and restarts its queue. */
  setScript(script: TestServerScript): void;
  /** Forgets the recorded requests. */
  clearRequests(): void;
  /** Stops listening, cancels pending delays and drops open connections. */
  close(): Promise<void>;
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  script?: TestServerScript;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const parseBody = (text: string): unknown => {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Starts a local OpenAI-compatible server on 127.0.0.1 for Vitest and Playwright: `/v1/chat/completions`
 * (streamed or not), `/v1/models`, scripted answers and per-request faults, CORS for browser pages, and
 * `/__control/script` (POST) and `/__control/requests` (GET, DELETE) so a separate process can drive it.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let script: TestServerScript = options.script ?? {};
  let queue: ScriptStep[] = [...(script.queue ?? [])];
  const requests: RecordedRequest[] = [];
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: (ok: boolean) => void }>();
  let served = 0;
  let closed = false;

  const setScript = (next: TestServerScript): void => {
    script = next;
    queue = [...(next.queue ?? [])];
  };

  const wait = (res: ServerResponse, ms: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (closed || res.destroyed) return resolve(false);
      const finish = (ok: boolean): void => {
        clearTimeout(entry.timer);
        timers.delete(entry);
        res.off('close', onClose);
        resolve(ok);
      };
      const onClose = (): void => finish(false);
      const entry = { timer: setTimeout(() => finish(!closed && !res.destroyed), ms), resolve: finish };
      timers.add(entry);
      res.once('close', onClose);
    });

  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    script.cors === false
      ? {}
      : {
          'Access-Control-Allow-Origin': req.headers.origin ?? '*',
          'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
          'Access-Control-Allow-Headers':
            req.headers['access-control-request-headers'] ?? 'authorization, content-type',
          'Access-Control-Expose-Headers': 'Retry-After, retry-after-ms',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        };

  const json = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    extra = {},
  ): void => {
    res.writeHead(status, { ...corsHeaders(req), 'Content-Type': 'application/json', ...extra });
    res.end(JSON.stringify(body));
  };
  const error = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    message: string,
    code: string,
  ): void => json(req, res, status, { error: { message, type: 'invalid_request_error', code } });

  async function chat(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const request = body as { model?: unknown; stream?: unknown } | null;
    if (request === null || typeof request !== 'object') {
      return error(req, res, 400, 'The body must be a JSON chat completion request.', 'bad_request');
    }
    const model = typeof request.model === 'string' ? request.model : '';
    if (!(script.models ?? DEFAULT_TEST_MODELS).includes(model)) {
      return error(req, res, 404, `The model \`${model}\` does not exist.`, 'model_not_found');
    }
    const step = queue.shift() ?? script.always ?? {};
    if (step.delayMs !== undefined && !(await wait(res, step.delayMs))) return;
    if (step.status !== undefined) {
      const extra = step.retryAfter === undefined ? {} : { 'Retry-After': step.retryAfter };
      res.writeHead(step.status, { ...corsHeaders(req), 'Content-Type': 'application/json', ...extra });
      const fallback = {
        error: { message: `Injected failure ${step.status}.`, type: 'server_error', code: null },
      };
      res.end(step.errorBody ?? JSON.stringify(fallback));
      return;
    }
    served++;
    const ctx = {
      res,
      body,
      reply: pickReply(script, step, body),
      step,
      model,
      id: `chatcmpl-test-${served}`,
      wait: (ms: number) => wait(res, ms),
      headers: corsHeaders(req),
    };
    if (request.stream === true) await writeStreamAnswer(ctx);
    else writeJsonAnswer(ctx);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    const body = parseBody(await readBody(req));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    if (!path.startsWith('/__control/')) requests.push({ method, path, headers, body });

    if (method === 'OPTIONS') {
      res.writeHead(script.cors === false ? 404 : 204, corsHeaders(req));
      return void res.end();
    }
    if (path === '/health') return json(req, res, 200, { ok: true });
    if (path === '/__control/script' && method === 'POST') {
      setScript((body ?? {}) as TestServerScript);
      return json(req, res, 200, { ok: true });
    }
    if (path === '/__control/requests') {
      if (method === 'DELETE') requests.length = 0;
      return json(req, res, 200, requests);
    }
    if (script.requiredKey !== undefined && headers['authorization'] !== `Bearer ${script.requiredKey}`) {
      const sent = (headers['authorization'] ?? '').replace(/^Bearer /, '');
      // Echoing the key sent, as some servers do, proves that clients keep it out of their own errors.
      return error(req, res, 401, `Incorrect API key provided: ${sent}.`, 'invalid_api_key');
    }
    if (path === '/v1/models' && method === 'GET') {
      const data = (script.models ?? DEFAULT_TEST_MODELS).map((id) => ({
        id,
        object: 'model',
        owned_by: 'test',
      }));
      return json(req, res, 200, { object: 'list', data });
    }
    if (path === '/v1/chat/completions' && method === 'POST') return chat(req, res, body);
    return error(req, res, 404, `Unknown path ${method} ${path}.`, 'not_found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((cause: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Test server failure: ${String(cause)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseUrl: `${url}/v1`,
    port,
    requests,
    setScript,
    clearRequests: () => void (requests.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const entry of [...timers]) entry.resolve(false);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

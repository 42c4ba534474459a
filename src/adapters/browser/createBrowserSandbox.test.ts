import { describe, expect, it } from 'vitest';
import { createBrowserSandbox } from './createBrowserSandbox.ts';
import type { SandboxWorkerLike, SandboxWorkerMessage, SandboxWorkerRequest } from './sandboxProtocol.ts';

/** A stand-in for the Pyodide worker: `hang` never answers, `crash` reports a fatal error, else echoes the code. */
function fakeWorkers(options: { loadError?: string } = {}) {
  const made: { terminated: boolean }[] = [];
  const createWorker = (): SandboxWorkerLike => {
    const record = { terminated: false };
    made.push(record);
    const worker: SandboxWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(request: SandboxWorkerRequest) {
        if (request.code === 'hang') return;
        const result: SandboxWorkerMessage =
          request.code === 'crash'
            ? {
                type: 'result',
                id: request.id,
                result: {
                  ok: false,
                  errorType: 'memory',
                  message: 'MemoryError',
                  fatal: true,
                  stdout: '',
                  stderr: '',
                },
              }
            : {
                type: 'result',
                id: request.id,
                result: { ok: true, stdout: `${request.code}\n`, stderr: '' },
              };
        queueMicrotask(() => !record.terminated && worker.onmessage?.({ data: result } as MessageEvent));
      },
      terminate() {
        record.terminated = true;
      },
    };
    const first: SandboxWorkerMessage = options.loadError
      ? { type: 'loadError', message: options.loadError }
      : { type: 'ready', loadMs: 1 };
    queueMicrotask(() => worker.onmessage?.({ data: first } as MessageEvent));
    return worker;
  };
  return { createWorker, made };
}

describe('createBrowserSandbox', () => {
  it('runs programs in one warm worker, in order', async () => {
    const workers = fakeWorkers();
    const sandbox = createBrowserSandbox({ createWorker: workers.createWorker });
    const [a, b] = await Promise.all([
      sandbox.run({ code: 'one', timeoutMs: 1000 }),
      sandbox.run({ code: 'two', timeoutMs: 1000 }),
    ]);
    expect(a).toMatchObject({ ok: true, stdout: 'one\n' });
    expect(b).toMatchObject({ ok: true, stdout: 'two\n' });
    expect(sandbox.stats().workerStarts).toBe(1);
  });

  it('terminates the worker at the time limit and starts a fresh one for the next program', async () => {
    const workers = fakeWorkers();
    const sandbox = createBrowserSandbox({ createWorker: workers.createWorker });
    const slow = await sandbox.run({ code: 'hang', timeoutMs: 30 });
    expect(slow).toMatchObject({ ok: false, errorType: 'timeout' });
    expect(workers.made[0]?.terminated).toBe(true);
    expect(await sandbox.run({ code: 'after', timeoutMs: 1000 })).toMatchObject({
      ok: true,
      stdout: 'after\n',
    });
    expect(sandbox.stats().workerStarts).toBe(2);
  });

  it('an abort kills the running program at once; an aborted request never starts', async () => {
    const workers = fakeWorkers();
    const sandbox = createBrowserSandbox({ createWorker: workers.createWorker });
    const controller = new AbortController();
    const pending = sandbox.run({ code: 'hang', timeoutMs: 60_000, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, errorType: 'aborted' });
    expect(workers.made[0]?.terminated).toBe(true);
    expect(await sandbox.run({ code: 'x', timeoutMs: 100, signal: controller.signal })).toMatchObject({
      errorType: 'aborted',
    });
  });

  it('replaces a worker whose runtime broke, and reports a failed load as unavailable', async () => {
    const workers = fakeWorkers();
    const sandbox = createBrowserSandbox({ createWorker: workers.createWorker });
    expect(await sandbox.run({ code: 'crash', timeoutMs: 1000 })).toMatchObject({ errorType: 'memory' });
    expect(await sandbox.run({ code: 'ok', timeoutMs: 1000 })).toMatchObject({ ok: true });
    expect(sandbox.stats().workerStarts).toBe(2);
    const broken = createBrowserSandbox({ createWorker: fakeWorkers({ loadError: 'no wasm' }).createWorker });
    const result = await broken.run({ code: 'x', timeoutMs: 1000 });
    expect(result).toMatchObject({ ok: false, errorType: 'unavailable' });
    expect(result.ok ? '' : result.message).toContain('no wasm');
    await sandbox.dispose();
    expect(await sandbox.run({ code: 'x', timeoutMs: 1000 })).toMatchObject({ errorType: 'unavailable' });
  });
});

import type {
  CodeSandbox,
  SandboxErrorType,
  SandboxRequest,
  SandboxResult,
} from '../../core/ports/CodeSandbox.ts';
import type { SandboxWorkerLike, SandboxWorkerMessage, SandboxWorkerResult } from './sandboxProtocol.ts';

/** Settings of the browser sandbox. */
export interface BrowserSandboxOptions {
  /** Starts a fresh sandbox worker (the app passes `new Worker(new URL(...))`). */
  createWorker: () => SandboxWorkerLike;
  /** How long Pyodide may take to load before the sandbox reports it unavailable (default 60 s). */
  loadTimeoutMs?: number;
}

/** The browser sandbox: the CodeSandbox port plus counters for tests and diagnostics. */
export interface BrowserSandbox extends CodeSandbox {
  /** Starts the worker now so the first program does not pay the load; never rejects. */
  warmUp(): Promise<boolean>;
  stats(): { workerStarts: number };
}

interface Handle {
  worker: SandboxWorkerLike;
  pending: Map<number, (result: SandboxWorkerResult) => void>;
  /** Rejects the pending run when the worker dies. */
  fail: (message: string) => void;
}

const failure = (errorType: SandboxErrorType, message: string, durationMs: number): SandboxResult => ({
  ok: false,
  errorType,
  message,
  stdout: '',
  stderr: '',
  durationMs,
});

/**
 * A CodeSandbox over Pyodide in a dedicated Web Worker. Programs run one at a time; the page has no shared memory
 * to interrupt Python, so a program past its time limit (or a stopped run) gets its worker terminated, and the
 * next program starts a fresh one.
 */
export function createBrowserSandbox(options: BrowserSandboxOptions): BrowserSandbox {
  const loadTimeoutMs = options.loadTimeoutMs ?? 60_000;
  let handle: Promise<Handle> | null = null;
  let nextId = 1;
  let tail: Promise<unknown> = Promise.resolve();
  let disposed = false;
  let workerStarts = 0;

  function start(): Promise<Handle> {
    workerStarts += 1;
    const worker = options.createWorker();
    const pending = new Map<number, (result: SandboxWorkerResult) => void>();
    return new Promise<Handle>((resolve, reject) => {
      const h: Handle = {
        worker,
        pending,
        fail(message) {
          for (const settle of pending.values()) {
            settle({ ok: false, errorType: 'runtime', message, fatal: true, stdout: '', stderr: '' });
          }
          pending.clear();
        },
      };
      const timer = setTimeout(() => {
        worker.terminate();
        reject(new Error(`Pyodide did not load within ${loadTimeoutMs} ms.`));
      }, loadTimeoutMs);
      worker.onmessage = (event) => {
        const message: SandboxWorkerMessage = event.data;
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(h);
        } else if (message.type === 'loadError') {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error(message.message));
        } else {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        }
      };
      worker.onerror = (event) => {
        clearTimeout(timer);
        const text = event.message || 'The sandbox worker crashed.';
        h.fail(text);
        reject(new Error(text));
      };
    });
  }

  const ensure = (): Promise<Handle> => {
    if (!handle) {
      const started = start();
      handle = started;
      started.catch(() => {
        if (handle === started) handle = null;
      });
    }
    return handle;
  };

  const kill = (h: Handle): void => {
    h.worker.terminate();
    h.pending.clear();
    handle = null;
  };

  async function execute(request: SandboxRequest): Promise<SandboxResult> {
    const began = performance.now();
    const elapsed = (): number => performance.now() - began;
    if (disposed) return failure('unavailable', 'The sandbox was disposed.', 0);
    if (request.signal?.aborted) return failure('aborted', 'The run was stopped.', 0);
    let h: Handle;
    try {
      h = await ensure();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure('unavailable', `The Python sandbox is unavailable: ${reason}`, elapsed());
    }
    if (request.signal?.aborted) return failure('aborted', 'The run was stopped.', elapsed());
    const id = nextId++;
    const ran = performance.now();
    return new Promise<SandboxResult>((resolve) => {
      let done = false;
      const finish = (result: SandboxResult): void => {
        if (done) return;
        done = true;
        clearTimeout(limit);
        request.signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };
      const limit = setTimeout(() => {
        kill(h);
        finish(
          failure(
            'timeout',
            `The program ran past its ${request.timeoutMs} ms time limit and was stopped.`,
            elapsed(),
          ),
        );
      }, request.timeoutMs);
      const onAbort = (): void => {
        kill(h);
        finish(failure('aborted', 'The run was stopped.', elapsed()));
      };
      request.signal?.addEventListener('abort', onAbort, { once: true });
      h.pending.set(id, (raw) => {
        if (!raw.ok && raw.fatal) kill(h);
        const durationMs = performance.now() - ran;
        if (raw.ok) finish({ ok: true, stdout: raw.stdout, stderr: raw.stderr, durationMs });
        else {
          finish({
            ok: false,
            errorType: raw.errorType,
            message: raw.message,
            stdout: raw.stdout,
            stderr: raw.stderr,
            durationMs,
            ...(raw.exception ? { exception: raw.exception } : {}),
          });
        }
      });
      h.worker.postMessage({ type: 'run', id, code: request.code, stdin: request.stdin ?? '' });
    });
  }

  return {
    run(request) {
      // One program at a time, in arrival order: the worker has one Python.
      const result = tail.then(() => execute(request));
      tail = result.catch(() => undefined);
      return result;
    },
    async warmUp() {
      try {
        await ensure();
        return true;
      } catch {
        return false;
      }
    },
    stats: () => ({ workerStarts }),
    async dispose() {
      disposed = true;
      const last = handle;
      handle = null;
      if (last) (await last.catch(() => null))?.worker.terminate();
    },
  };
}

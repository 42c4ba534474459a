import type {
  CodeSandbox,
  SandboxErrorType,
  SandboxRequest,
  SandboxResult,
} from '../../core/ports/CodeSandbox.ts';
import { startPyodideWorker, WorkerExitError } from './startPyodideWorker.ts';
import type { PyodideWorkerHandle, WorkerRunResult } from './startPyodideWorker.ts';

/** Settings of the Node Pyodide sandbox; every field has a default. */
export interface NodePyodideSandboxOptions {
  /** Cap on captured stdout and on captured stderr, each (default 1 MB); the rest is dropped with a note. */
  maxOutputBytes?: number;
  /** Cap on the WebAssembly memory of Python (default 512 MB): past it allocations raise MemoryError. */
  memoryLimitMb?: number;
  /** JavaScript heap limit of the worker (default 256 MB). */
  heapLimitMb?: number;
  /**
   * Native stack of the worker thread (default 256 MB, reserved, not committed). WebAssembly frames live there:
   * Node's 4 MB default overflows at about 1000 levels of C-level recursion such as `functools.lru_cache`.
   */
  stackSizeMb?: number;
  /** After the time limit a KeyboardInterrupt is raised; past this grace the worker is terminated (default 300). */
  interruptGraceMs?: number;
  /** How long Pyodide may take to load before the sandbox reports it unavailable (default 60 s). */
  loadTimeoutMs?: number;
  /** Module specifier of Pyodide's ESM entry, resolved from the worker (default `pyodide/pyodide.mjs`). */
  pyodideModule?: string;
}

/** Counters for diagnostics and tests. */
export interface NodePyodideSandboxStats {
  /** Workers started so far (a timeout past the grace, an abort or a crash costs one restart). */
  workerStarts: number;
  /** Load time of the most recent worker, in ms, or null before the first. */
  lastLoadMs: number | null;
}

/** The Node sandbox: the CodeSandbox port plus warm-up and counters. */
export interface NodePyodideSandbox extends CodeSandbox {
  /** Starts the worker now so the first run does not pay the ~3 s load; never rejects. */
  warmUp(): Promise<{ ready: true; loadMs: number } | { ready: false; message: string }>;
  stats(): NodePyodideSandboxStats;
}

interface Job {
  request: SandboxRequest;
  settle(result: SandboxResult): void;
  settled: boolean;
  /** Handed to the worker: from then on an abort interrupts the program instead of dropping the job. */
  started: boolean;
}

const now = (): number => performance.now();

function failure(
  errorType: SandboxErrorType,
  message: string,
  durationMs: number,
  partial?: WorkerRunResult,
): SandboxResult {
  return {
    ok: false,
    errorType,
    message,
    stdout: partial?.stdout ?? '',
    stderr: partial?.stderr ?? '',
    durationMs,
    ...(partial?.exception ? { exception: partial.exception } : {}),
  };
}

function toResult(raw: WorkerRunResult, durationMs: number): SandboxResult {
  if (raw.ok) return { ok: true, stdout: raw.stdout, stderr: raw.stderr, durationMs };
  return failure(raw.errorType ?? 'runtime', raw.message ?? 'The program failed.', durationMs, raw);
}

/**
 * A CodeSandbox backed by Pyodide in one `worker_threads` worker: requests run one at a time in arrival order;
 * the worker loads Pyodide once and cuts it off from the network, Node's modules and the host files. At the time
 * limit (or on abort) the program gets a KeyboardInterrupt; if it has not stopped after a short grace the worker
 * is terminated and the next request starts a fresh one. An aborted request returns 'aborted' at once.
 */
export function createNodePyodideSandbox(options: NodePyodideSandboxOptions = {}): NodePyodideSandbox {
  const settings = {
    maxOutputBytes: options.maxOutputBytes ?? 1_000_000,
    memoryLimitMb: options.memoryLimitMb ?? 512,
    heapLimitMb: options.heapLimitMb ?? 256,
    stackSizeMb: options.stackSizeMb ?? 256,
    loadTimeoutMs: options.loadTimeoutMs ?? 60_000,
    pyodideModule: options.pyodideModule ?? 'pyodide/pyodide.mjs',
  };
  const graceMs = options.interruptGraceMs ?? 300;
  const queue: Job[] = [];
  let worker: Promise<PyodideWorkerHandle> | null = null;
  let running = false;
  let disposed = false;
  let current: Job | null = null;
  const counters: NodePyodideSandboxStats = { workerStarts: 0, lastLoadMs: null };

  function ensureWorker(): Promise<PyodideWorkerHandle> {
    if (!worker) {
      counters.workerStarts += 1;
      const started = startPyodideWorker(settings);
      worker = started;
      started.then(
        (handle) => {
          counters.lastLoadMs = handle.loadMs;
        },
        () => {
          if (worker === started) worker = null;
        },
      );
    }
    return worker;
  }

  function dropWorker(handle: PyodideWorkerHandle): void {
    handle.terminate();
    worker = null;
  }

  async function execute(job: Job, handle: PyodideWorkerHandle): Promise<void> {
    const { code, stdin = '', timeoutMs, signal } = job.request;
    const started = now();
    const timeoutMessage = `The program ran past its ${timeoutMs} ms time limit and was stopped.`;
    let stopped: 'timeout' | 'aborted' | null = null;
    let killTimer: ReturnType<typeof setTimeout> | undefined;
    // Stopping is soft first (KeyboardInterrupt keeps the warm worker); a program that ignores it is killed.
    const stop = (reason: 'timeout' | 'aborted'): void => {
      if (stopped) return;
      stopped = reason;
      if (reason === 'aborted') job.settle(failure('aborted', 'The run was stopped.', now() - started));
      handle.interrupt();
      killTimer = setTimeout(() => {
        dropWorker(handle);
        job.settle(failure('timeout', timeoutMessage, now() - started));
      }, graceMs);
    };
    const limitTimer = setTimeout(() => stop('timeout'), timeoutMs);
    const onAbort = (): void => stop('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const raw = await handle.run(code, stdin);
      if (raw.fatal) dropWorker(handle);
      const duration = now() - started;
      job.settle(
        stopped === 'timeout' ? failure('timeout', timeoutMessage, duration, raw) : toResult(raw, duration),
      );
    } catch (error) {
      if (worker && (await worker.catch(() => null)) === handle) worker = null;
      const errorType = error instanceof WorkerExitError ? error.errorType : 'runtime';
      const reason = error instanceof Error ? error.message : String(error);
      job.settle(failure(errorType, reason, now() - started));
    } finally {
      clearTimeout(limitTimer);
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        if (job.settled) continue;
        let handle: PyodideWorkerHandle;
        try {
          handle = await ensureWorker();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          job.settle(
            failure(
              'unavailable',
              `The Python sandbox is unavailable: ${reason.replace(/\.?\s*$/, '.')} Check that the npm package ` +
                '"pyodide" is installed (npm install) and that its files are readable.',
              0,
            ),
          );
          continue;
        }
        if (job.settled) continue;
        job.started = true;
        current = job;
        handle.setBusy(true);
        await execute(job, handle);
        handle.setBusy(false);
        current = null;
      }
    } finally {
      running = false;
    }
  }

  return {
    run(request) {
      if (disposed) return Promise.resolve(failure('unavailable', 'The sandbox was disposed.', 0));
      if (request.signal?.aborted) return Promise.resolve(failure('aborted', 'The run was stopped.', 0));
      return new Promise<SandboxResult>((resolve) => {
        const job: Job = {
          request,
          settled: false,
          started: false,
          settle(result) {
            if (job.settled) return;
            job.settled = true;
            request.signal?.removeEventListener('abort', abortQueued);
            resolve(result);
          },
        };
        const abortQueued = (): void => {
          if (!job.started) job.settle(failure('aborted', 'The run was stopped.', 0));
        };
        request.signal?.addEventListener('abort', abortQueued, { once: true });
        queue.push(job);
        void pump();
      });
    },
    async warmUp() {
      try {
        const handle = await ensureWorker();
        return { ready: true, loadMs: handle.loadMs };
      } catch (error) {
        return { ready: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    stats: () => ({ ...counters }),
    async dispose() {
      disposed = true;
      for (const job of queue.splice(0)) job.settle(failure('aborted', 'The sandbox was disposed.', 0));
      current?.settle(failure('aborted', 'The sandbox was disposed.', 0));
      const last = worker;
      worker = null;
      if (last) (await last.catch(() => null))?.terminate();
    },
  };
}

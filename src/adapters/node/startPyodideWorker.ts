import { Worker } from 'node:worker_threads';
import type { SandboxErrorType } from '../../core/ports/CodeSandbox.ts';

/** What the worker's runner answers for one program (see src/adapters/pyodide/createPyodideRunner.mjs). */
export interface WorkerRunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  errorType?: SandboxErrorType;
  exception?: string;
  message?: string;
  /** The Python runtime is broken; the worker must be replaced. */
  fatal?: boolean;
}

/** Settings passed to the worker at start. */
export interface PyodideWorkerOptions {
  maxOutputBytes: number;
  memoryLimitMb: number;
  heapLimitMb: number;
  stackSizeMb: number;
  loadTimeoutMs: number;
  pyodideModule: string;
}

/** A started worker: send programs one at a time, interrupt or terminate it, hear when it dies. */
export interface PyodideWorkerHandle {
  /** Milliseconds Pyodide took to load and harden inside the worker. */
  readonly loadMs: number;
  run(code: string, stdin: string): Promise<WorkerRunResult>;
  /** Raises KeyboardInterrupt in the running program at its next bytecode boundary. */
  interrupt(): void;
  terminate(): void;
  /** Set when the worker exited; later `run` calls reject with it. */
  readonly exitReason: WorkerExitError | null;
  /** Keeps the process alive while work is pending; lets it exit when idle. */
  setBusy(busy: boolean): void;
}

const WORKER_URL = new URL('./pyodideWorker.mjs', import.meta.url);
const STDERR_TAIL_CHARS = 2000;
const INTERRUPT_SIGINT = 2;

type WorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'loadError'; message: string }
  | { type: 'result'; id: number; result: WorkerRunResult };

/** The worker died: out of its JavaScript heap ('memory') or any other crash ('runtime'). */
export class WorkerExitError extends Error {
  readonly errorType: 'memory' | 'runtime';
  constructor(errorType: 'memory' | 'runtime', message: string) {
    super(message);
    this.name = 'WorkerExitError';
    this.errorType = errorType;
  }
}

/** Describes a worker death for users: out of memory, or a crash with the tail of its stderr. */
function describeExit(code: number, error: Error | null, stderrTail: string): WorkerExitError {
  const errorCode = (error as { code?: string } | null)?.code;
  if (errorCode === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new WorkerExitError(
      'memory',
      'The Python worker ran out of memory; the next run starts a fresh one.',
    );
  }
  const detail = (error?.message ?? stderrTail.trim().split('\n').slice(-3).join(' ')).replace(/\.$/, '');
  return new WorkerExitError(
    'runtime',
    `The Python worker stopped unexpectedly (exit code ${code})${detail ? `: ${detail}` : ''}.`,
  );
}

/**
 * Starts the sandbox worker and resolves once Pyodide is loaded and hardened inside it; rejects with a message
 * that says what to do when Pyodide cannot be loaded or does not load in time.
 */
export function startPyodideWorker(options: PyodideWorkerOptions): Promise<PyodideWorkerHandle> {
  const interruptBuffer = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_URL, {
    workerData: {
      interruptBuffer,
      maxOutputBytes: options.maxOutputBytes,
      memoryLimitMb: options.memoryLimitMb,
      pyodideModule: options.pyodideModule,
    },
    env: {},
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb, stackSizeMb: options.stackSizeMb },
  });
  let stderrTail = '';
  worker.stdout.resume();
  worker.stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
  });
  const pending = new Map<number, { resolve: (r: WorkerRunResult) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exitReason: WorkerExitError | null = null;
  let lastError: Error | null = null;

  return new Promise((resolve, reject) => {
    const loadTimer = setTimeout(() => {
      reject(new Error(`Pyodide did not load within ${options.loadTimeoutMs} ms.`));
      void worker.terminate();
    }, options.loadTimeoutMs);
    worker.on('error', (error) => {
      lastError = error;
    });
    worker.on('exit', (code) => {
      clearTimeout(loadTimer);
      exitReason ??= describeExit(code, lastError, stderrTail);
      reject(exitReason);
      for (const job of pending.values()) job.reject(exitReason);
      pending.clear();
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'loadError') {
        clearTimeout(loadTimer);
        reject(new Error(message.message));
        void worker.terminate();
      } else if (message.type === 'ready') {
        clearTimeout(loadTimer);
        worker.unref();
        resolve(handle(message.loadMs));
      } else {
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
      }
    });
  });

  function handle(loadMs: number): PyodideWorkerHandle {
    return {
      loadMs,
      get exitReason() {
        return exitReason;
      },
      run(code, stdin) {
        if (exitReason) return Promise.reject(exitReason);
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          // A stale interrupt (one that came after the last run ended) must not stop this one.
          Atomics.store(interruptBuffer, 0, 0);
          worker.postMessage({ type: 'run', id, code, stdin });
        });
      },
      interrupt() {
        Atomics.store(interruptBuffer, 0, INTERRUPT_SIGINT);
      },
      terminate() {
        exitReason ??= new WorkerExitError('runtime', 'The Python worker was terminated.');
        void worker.terminate();
      },
      setBusy(busy) {
        if (busy) worker.ref();
        else worker.unref();
      },
    };
  }
}

import type { SandboxErrorType } from '../../core/ports/CodeSandbox.ts';

/** Default cap on captured stdout and on captured stderr, each. */
export declare const DEFAULT_MAX_OUTPUT_BYTES: number;
/** Recursion limit every run starts with (CPython's default). */
export declare const DEFAULT_RECURSION_LIMIT: number;
/** Highest limit `sys.setrecursionlimit` may set. */
export declare const DEFAULT_MAX_RECURSION_LIMIT: number;
/** File name user code is compiled under; tracebacks and line numbers refer to it. */
export declare const USER_FILENAME: string;

/** The parts of a loaded Pyodide instance the runner uses. */
export interface RunnerPyodide {
  setStdout(options: { write: (buffer: Uint8Array) => number; isatty?: boolean }): void;
  setStderr(options: { write: (buffer: Uint8Array) => number; isatty?: boolean }): void;
  setStdin(options: { read: (buffer: Uint8Array) => number; isatty?: boolean }): void;
  setInterruptBuffer(buffer: Int32Array | Uint8Array): void;
  toPy(value: object): unknown;
  runPython(code: string, options?: { globals?: unknown }): unknown;
}

/** Settings of the runner; every field has a default. */
export interface PyodideRunnerOptions {
  maxOutputBytes?: number;
  recursionLimit?: number;
  maxRecursionLimit?: number;
  /** A shared buffer the host sets to 2 to raise KeyboardInterrupt in the running program. */
  interruptBuffer?: Int32Array | Uint8Array;
}

/** One program to run. */
export interface RunnerRequest {
  code: string;
  stdin?: string;
  /** File name for tracebacks (default `<solution>`). */
  filename?: string;
  /** `__name__` of the program's namespace (default `__main__`). */
  moduleName?: string;
}

/** The outcome of one program; `fatal` means the runtime is broken and must be replaced. */
export type RunnerResult =
  | { ok: true; stdout: string; stderr: string }
  | {
      ok: false;
      errorType: SandboxErrorType;
      message: string;
      exception?: string;
      fatal: boolean;
      stdout: string;
      stderr: string;
    };

/** A runner of whole Python programs over one Pyodide instance. */
export interface PyodideRunner {
  run(request: RunnerRequest): RunnerResult;
  /** The value to write into the interrupt buffer to stop the running program. */
  readonly interruptSignal: number;
}

/**
 * Wraps a loaded Pyodide instance into a runner of whole programs: a fresh namespace per run, stdin supplied,
 * stdout/stderr captured separately and capped, errors classified. Call it before `hardenPyodide`.
 */
export declare function createPyodideRunner(
  pyodide: RunnerPyodide,
  options?: PyodideRunnerOptions,
): PyodideRunner;

/** Ways a sandboxed Python run can fail. */
export type SandboxErrorType = 'syntax' | 'runtime' | 'timeout' | 'memory' | 'aborted' | 'unavailable';

export interface SandboxRequest {
  /** Python source to run as `__main__` in a fresh namespace. */
  code: string;
  /** Text given to the program on standard input. */
  stdin?: string;
  /** Hard limit: past it the worker is terminated. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export type SandboxResult =
  | { ok: true; stdout: string; stderr: string; durationMs: number }
  | {
      ok: false;
      errorType: SandboxErrorType;
      /** One line a user can act on, e.g. `ZeroDivisionError: division by zero (line 3)`. */
      message: string;
      /** Python exception class name when there is one. */
      exception?: string;
      stdout: string;
      stderr: string;
      durationMs: number;
    };

/** The port for running untrusted Python: no network, captured output, a hard timeout. */
export interface CodeSandbox {
  run(request: SandboxRequest): Promise<SandboxResult>;
  /** Frees the worker(s). */
  dispose(): Promise<void>;
}

import type { SandboxErrorType } from '../../core/ports/CodeSandbox.ts';

/** Messages the page sends the sandbox worker. */
export type SandboxWorkerRequest = { type: 'run'; id: number; code: string; stdin: string };

/** What the runner in the worker reports for one program. */
export type SandboxWorkerResult =
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

/** Messages the sandbox worker sends back: once ready (or not), then one result per run. */
export type SandboxWorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'loadError'; message: string }
  | { type: 'result'; id: number; result: SandboxWorkerResult };

/** The part of a Worker the client uses, so tests can hand in a fake. */
export interface SandboxWorkerLike {
  postMessage(message: SandboxWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SandboxWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

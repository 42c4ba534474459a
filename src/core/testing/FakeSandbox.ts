import type { CodeSandbox, SandboxErrorType, SandboxRequest, SandboxResult } from '../ports/CodeSandbox.ts';

/** Decides a fake run's result; a string is shorthand for a successful run printing it. */
export type FakeSandboxHandler = (
  request: SandboxRequest,
  index: number,
) => SandboxResult | string | Promise<SandboxResult | string>;

/** A CodeSandbox for tests whose results come from a handler, with every request recorded. */
export interface FakeSandbox extends CodeSandbox {
  readonly requests: SandboxRequest[];
  readonly disposed: boolean;
}

/** A successful run's result. */
export const sandboxOk = (stdout: string, stderr = ''): SandboxResult => ({
  ok: true,
  stdout,
  stderr,
  durationMs: 1,
});

/** A failed run's result, e.g. `sandboxError('runtime', 'ZeroDivisionError: division by zero', 'ZeroDivisionError')`. */
export const sandboxError = (
  errorType: SandboxErrorType,
  message: string,
  exception?: string,
): SandboxResult => ({
  ok: false,
  errorType,
  message,
  ...(exception !== undefined ? { exception } : {}),
  stdout: '',
  stderr: '',
  durationMs: 1,
});

/** Creates a fake sandbox; with no handler every run succeeds and prints nothing. */
export function createFakeSandbox(handler: FakeSandboxHandler = () => ''): FakeSandbox {
  const requests: SandboxRequest[] = [];
  let disposed = false;
  return {
    requests,
    get disposed() {
      return disposed;
    },
    async run(request) {
      if (disposed) return sandboxError('unavailable', 'The sandbox was disposed.');
      if (request.signal?.aborted) return sandboxError('aborted', 'The run was stopped.');
      requests.push(request);
      const result = await handler(request, requests.length - 1);
      return typeof result === 'string' ? sandboxOk(result) : result;
    },
    async dispose() {
      disposed = true;
    },
  };
}

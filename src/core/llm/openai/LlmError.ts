import { FlowSteerError } from '../../errors.ts';
import type { ErrorCode } from '../../errors.ts';

/** Codes an LLM backend throws: endpoint failures, a stopped call, a replay miss. */
export type LlmErrorCode = Extract<ErrorCode, `E_ENDPOINT_${string}` | 'E_ABORTED' | 'E_REPLAY_MISS'>;

/** Details kept beside the message; never a header, a key or a request body. */
export interface LlmErrorDetails {
  /** HTTP status of the last answer, or null when none came (network error, timeout, abort). */
  status?: number | null;
  /** How many HTTP requests the call made before giving up. */
  attempts?: number;
  cause?: unknown;
}

/** An LLM backend failure with a stable code and a message a user can act on (it never contains a secret). */
export class LlmError extends FlowSteerError {
  override readonly code: LlmErrorCode;
  readonly status: number | null;
  readonly attempts: number;
  constructor(code: LlmErrorCode, message: string, details: LlmErrorDetails = {}) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'LlmError';
    this.code = code;
    this.status = details.status ?? null;
    this.attempts = details.attempts ?? 0;
  }
}

/** True for an {@link LlmError}, optionally with one given code. */
export function isLlmError(error: unknown, code?: LlmErrorCode): error is LlmError {
  return error instanceof LlmError && (code === undefined || error.code === code);
}

import type { Clock } from '../../ports/Clock.ts';
import type { Rng } from '../../ports/Rng.ts';
import type { LlmError } from './LlmError.ts';
import { BadResponseError } from './parseChatCompletion.ts';
import { isRetryableStatus, parseRetryAfter, retryDelay } from './retryDelay.ts';

/** Why an HTTP call failed, before it is worded as an {@link LlmError}. */
export type HttpFailure =
  | { kind: 'http'; status: number; bodyText: string; attempts: number }
  | { kind: 'network'; cause: unknown; attempts: number }
  | { kind: 'timeout'; attempts: number }
  | { kind: 'aborted'; attempts: number }
  | { kind: 'bad'; reason: string; status: number; attempts: number };

/** Options of {@link sendWithRetry}. */
export interface SendOptions<T> {
  url: string;
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string };
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  deps: { fetch: typeof fetch; clock: Clock; rng: Rng };
  /** Reads a 2xx answer; `touch` pushes the idle timeout back; throw {@link BadResponseError} for a bad body. */
  onOk: (response: Response, touch: () => void) => Promise<T>;
  toError: (failure: HttpFailure) => LlmError;
}

interface Deadline {
  readonly expired: boolean;
  touch(): void;
  cancel(): void;
}

/** An idle timer on the Clock port: fires `onExpire` once `ms` pass with no `touch`. */
function startDeadline(clock: Clock, ms: number, onExpire: () => void): Deadline {
  const timer = new AbortController();
  const state = { expired: false, last: clock.now() };
  if (!(ms > 0 && Number.isFinite(ms))) {
    return { expired: false, touch: () => undefined, cancel: () => undefined };
  }
  const wait = (delay: number): void => {
    clock.sleep(delay, timer.signal).then(
      () => {
        const left = state.last + ms - clock.now();
        if (left > 0) return wait(left);
        state.expired = true;
        onExpire();
      },
      () => undefined,
    );
  };
  wait(ms);
  return {
    get expired() {
      return state.expired;
    },
    touch: () => (state.last = clock.now()),
    cancel: () => timer.abort(),
  };
}

type AttemptOutcome<T> =
  { ok: true; value: T } | { ok: false; failure: HttpFailure; retryAfterMs: number | null };

async function attemptOnce<T>(options: SendOptions<T>, attempts: number): Promise<AttemptOutcome<T>> {
  const { signal, deps } = options;
  const controller = new AbortController();
  const forward = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const deadline = startDeadline(deps.clock, options.timeoutMs, () => controller.abort());
  const interrupted = (): AttemptOutcome<T> | null => {
    if (signal?.aborted === true)
      return { ok: false, failure: { kind: 'aborted', attempts }, retryAfterMs: null };
    if (deadline.expired) return { ok: false, failure: { kind: 'timeout', attempts }, retryAfterMs: null };
    return null;
  };
  try {
    let response: Response;
    try {
      response = await deps.fetch(options.url, { ...options.init, signal: controller.signal });
    } catch (cause) {
      return (
        interrupted() ?? { ok: false, failure: { kind: 'network', cause, attempts }, retryAfterMs: null }
      );
    }
    deadline.touch();
    if (!response.ok) {
      const bodyText = await response.text().catch(() => '');
      const stopped = interrupted();
      if (stopped !== null) return stopped;
      const retryAfterMs = parseRetryAfter(response.headers, deps.clock.now());
      return {
        ok: false,
        failure: { kind: 'http', status: response.status, bodyText, attempts },
        retryAfterMs,
      };
    }
    try {
      return { ok: true, value: await options.onOk(response, deadline.touch) };
    } catch (error) {
      const stopped = interrupted();
      if (stopped !== null) return stopped;
      if (!(error instanceof BadResponseError)) throw error;
      const failure: HttpFailure = { kind: 'bad', reason: error.reason, status: response.status, attempts };
      return { ok: false, failure, retryAfterMs: null };
    }
  } finally {
    deadline.cancel();
    signal?.removeEventListener('abort', forward);
  }
}

const isRetryable = (failure: HttpFailure): boolean =>
  failure.kind === 'network' || (failure.kind === 'http' && isRetryableStatus(failure.status));

/**
 * Sends one HTTP request with a per-attempt idle timeout, retrying 408/409/429/5xx answers and network errors
 * with jittered exponential backoff (or the server's Retry-After), up to `maxRetries` times. A caller's abort
 * stops at once, without retry; a timeout, a bad body and other 4xx answers are not retried either.
 */
export async function sendWithRetry<T>(options: SendOptions<T>): Promise<T> {
  const { signal, deps } = options;
  for (let attempts = 1; ; attempts++) {
    if (signal?.aborted === true) throw options.toError({ kind: 'aborted', attempts: attempts - 1 });
    const outcome = await attemptOnce(options, attempts);
    if (outcome.ok) return outcome.value;
    if (!isRetryable(outcome.failure) || attempts > options.maxRetries)
      throw options.toError(outcome.failure);
    const wait = retryDelay({
      retryIndex: attempts - 1,
      retryAfterMs: outcome.retryAfterMs,
      baseMs: options.backoffBaseMs,
      maxMs: options.backoffMaxMs,
      rng: deps.rng,
    });
    try {
      await deps.clock.sleep(wait, signal);
    } catch {
      throw options.toError({ kind: 'aborted', attempts });
    }
  }
}

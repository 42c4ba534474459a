import type { Rng } from '../../ports/Rng.ts';

/** HTTP statuses worth retrying: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait a server asked for, in ms, from `retry-after-ms`, or `Retry-After` as (fractional) seconds or an HTTP
 * date; a date is measured against the answer's own `Date` header when present, so clock skew does not matter.
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get('retry-after');
  if (value === null) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const serverNow = Date.parse(headers.get('date') ?? '');
  return Math.max(0, at - (Number.isNaN(serverNow) ? nowMs : serverNow));
}

/** Options of {@link retryDelay}. */
export interface RetryDelayOptions {
  /** 0 for the wait after the first failed attempt. */
  retryIndex: number;
  retryAfterMs: number | null;
  baseMs: number;
  maxMs: number;
  rng: Rng;
}

/**
 * Jittered exponential backoff (half fixed, half random, so many clients spread out), or the server's
 * Retry-After plus up to 10 % jitter; always capped at `maxMs`.
 */
export function retryDelay(options: RetryDelayOptions): number {
  const { retryIndex, retryAfterMs, baseMs, maxMs, rng } = options;
  if (retryAfterMs !== null) return Math.min(maxMs, retryAfterMs * (1 + 0.1 * rng.next()));
  const exponential = Math.min(maxMs, baseMs * 2 ** retryIndex);
  return exponential * (0.5 + 0.5 * rng.next());
}

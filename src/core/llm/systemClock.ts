import type { Clock } from '../ports/Clock.ts';

/** The error `sleep` rejects with on abort, shaped like the platform's so `name === 'AbortError'` checks work. */
function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}

/** Epoch milliseconds from the monotonic high-resolution timer when the platform has one. */
function readNow(): number {
  const perf = globalThis.performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.timeOrigin + perf.now();
  // eslint-disable-next-line no-restricted-properties -- the Clock port's real implementation: fallback without performance
  return Date.now();
}

/**
 * The real Clock for Node, workers and browsers: `now()` is epoch milliseconds that never run backwards within a
 * page or process, `sleep` is a cancellable timer. The only place in the core that touches real time.
 */
export const systemClock: Clock = {
  now: readNow,
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortError(signal as AbortSignal));
      };
      // eslint-disable-next-line no-restricted-globals -- the Clock port's real implementation owns the timer
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

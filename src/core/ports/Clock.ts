/** Time as a port, so the core stays reproducible and tests control time. */
export interface Clock {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  /** Resolves after `ms`, or rejects with an AbortError when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

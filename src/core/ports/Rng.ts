/** A seeded random source. Every draw in the core comes from one of these, never from Math.random. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A child stream whose draws depend only on this stream's seed and the key. */
  fork(key: string): Rng;
}

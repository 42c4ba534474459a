import type { Rng } from '../ports/Rng.ts';
import { hashString } from './hash.ts';

/**
 * A seeded generator (mulberry32) whose `fork(key)` derives an independent stream from the seed and a key, so a
 * draw can be made a pure function of its context (SPEC §3: identical calls give identical results).
 */
export function createRng(seed: string | number): Rng {
  const seedText = String(seed);
  let state = hashString(seedText) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    fork: (key) => createRng(`${seedText}\u241f${key}`),
  };
}

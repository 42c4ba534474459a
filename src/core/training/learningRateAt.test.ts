import { describe, expect, it } from 'vitest';
import { learningRateAt } from './learningRateAt.ts';

const schedule = { base: 1e-3, warmupIterations: 10, totalIterations: 111, minRatio: 0 };

describe('learningRateAt', () => {
  it.each([
    [0, 1e-4],
    [4, 5e-4],
    [9, 1e-3],
    [10, 1e-3],
    [60, 0.5e-3],
    [110, 0],
  ])('iteration %i → %f', (iteration, expected) => {
    expect(learningRateAt(schedule, iteration)).toBeCloseTo(expected, 9);
  });

  it('decays monotonically after warm-up and respects the floor', () => {
    const floor = { ...schedule, minRatio: 0.1 };
    const rates = Array.from({ length: 101 }, (_, i) => learningRateAt(floor, i + 10));
    rates.slice(1).forEach((r, i) => expect(r).toBeLessThanOrEqual(rates[i] as number));
    expect(rates.at(-1)).toBeCloseTo(1e-4, 9);
  });

  it('keeps the base rate when the run ends within warm-up', () => {
    expect(learningRateAt({ ...schedule, totalIterations: 5 }, 12)).toBe(1e-3);
  });
});

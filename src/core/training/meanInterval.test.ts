import { describe, expect, it } from 'vitest';
import { meanInterval } from './meanInterval.ts';

describe('meanInterval', () => {
  it.each([
    { values: [], mean: 0, low: 0, high: 0 },
    { values: [1], mean: 1, low: 1, high: 1 },
    { values: [1, 1, 1, 1], mean: 1, low: 1, high: 1 },
    // sd = 0.5164 (n-1), se = 0.2582, half = 0.5061
    { values: [1, 0, 1, 0], mean: 0.5, low: 0.5 - 0.50606, high: 0.5 + 0.50606 },
  ])('mean and 95% interval of $values', ({ values, mean, low, high }) => {
    const r = meanInterval(values);
    expect(r.mean).toBeCloseTo(mean, 4);
    expect(r.low).toBeCloseTo(Math.max(0, low), 4);
    expect(r.high).toBeCloseTo(Math.min(1, high), 4);
    expect(r.n).toBe(values.length);
  });

  it('clamps to [0, 1]', () => {
    const r = meanInterval([1, 1, 1, 0]);
    expect(r.high).toBe(1);
    expect(r.low).toBeGreaterThan(0);
  });
});

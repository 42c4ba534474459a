import { describe, expect, it } from 'vitest';
import { thetaAt } from './thetaSchedule.ts';

describe('thetaAt', () => {
  const schedule = { start: 0.6, end: 1, iterations: 10 };

  it.each([
    [-3, 0.6],
    [0, 0.6],
    [5, 0.8],
    [10, 1],
    [25, 1],
  ])('iteration %d → θ %d', (iteration, theta) => {
    expect(thetaAt(schedule, iteration)).toBeCloseTo(theta, 12);
  });

  it('goes down as well as up, and a schedule of no iterations is its end', () => {
    expect(thetaAt({ start: 1, end: 0.5, iterations: 4 }, 1)).toBeCloseTo(0.875, 12);
    expect(thetaAt({ start: 0.2, end: 0.9, iterations: 0 }, 0)).toBe(0.9);
  });
});

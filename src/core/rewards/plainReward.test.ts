import { describe, expect, it } from 'vitest';
import { plainReward } from './plainReward.ts';

describe('plainReward', () => {
  it('is the correctness itself, whatever it is', () => {
    expect([0, 0.4, 1].map(plainReward)).toEqual([0, 0.4, 1]);
  });
});

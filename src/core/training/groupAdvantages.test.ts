import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../policy/types.ts';
import { groupAdvantages, toBatchItems } from './groupAdvantages.ts';

const record = (logProb = -1): DecisionRecord => ({
  features: Float32Array.of(0),
  masks: Float32Array.of(1),
  choices: Int32Array.of(0),
  logProb,
});

describe('groupAdvantages', () => {
  it('sums to zero and has unit spread within any group with differing rewards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 2, maxLength: 16 }),
        (rewards) => {
          const g = groupAdvantages(rewards);
          if (!g.informative) return;
          const sum = g.advantages.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum)).toBeLessThan(1e-6 * rewards.length);
          const meanSquare = g.advantages.reduce((a, b) => a + b * b, 0) / rewards.length;
          expect(meanSquare).toBeLessThanOrEqual(1 + 1e-9);
          // The 1e-6 in the denominator only shrinks advantages of groups whose spread is near that size.
          if (g.std > 1e-3) expect(meanSquare).toBeGreaterThan(0.99);
        },
      ),
    );
  });

  it('orders advantages like rewards', () => {
    const { advantages } = groupAdvantages([-1, 0.5, 0.2, 1.4]);
    expect(advantages[3]).toBeGreaterThan(advantages[1] as number);
    expect(advantages[1]).toBeGreaterThan(advantages[2] as number);
    expect(advantages[2]).toBeGreaterThan(advantages[0] as number);
  });

  it.each([
    ['equal rewards', [0.4, 0.4, 0.4]],
    ['a NaN reward', [0, Number.NaN, 1]],
    ['an infinite reward', [0, Infinity]],
    ['an empty group', []],
  ])('gives zeros and no signal for %s', (_name, rewards) => {
    const g = groupAdvantages(rewards);
    expect(g.informative).toBe(false);
    expect(g.advantages).toEqual(rewards.map(() => 0));
  });
});

describe('toBatchItems', () => {
  it('drops zero-variance groups and episodes without decisions', () => {
    const items = toBatchItems([
      { rewards: [1, 1, 1], decisions: [[record()], [record()], [record()]] },
      { rewards: [0, 1, 0.5], decisions: [[record(), record()], [], [record()]] },
    ]);
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.decisions.length)).toEqual([2, 1]);
    expect(items[0]?.advantage).toBeLessThan(0);
    expect(items[1]?.advantage).toBeCloseTo(0, 6);
  });

  it('gives nothing when every group is uninformative', () => {
    expect(toBatchItems([{ rewards: [-1, -1], decisions: [[record()], [record()]] }])).toEqual([]);
  });
});

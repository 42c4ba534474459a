import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createTfPolicy } from './createTfPolicy.ts';
import type { TfPolicy } from './createTfPolicy.ts';
import { randomInputs } from './policyTestKit.ts';
import { DEFAULT_UPDATE_OPTIONS } from './types.ts';
import type { DecisionRecord, EpisodeBatchItem, PolicyInput } from './types.ts';

const registry = createFixtureRegistry();

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

async function recordsOf(
  policy: TfPolicy,
  inputs: readonly PolicyInput[],
  seed: number,
): Promise<DecisionRecord[]> {
  const out: DecisionRecord[] = [];
  for (const [i, input] of inputs.entries()) {
    const { record } = await policy.decide(input, createRng(`${seed}:${i}`));
    if (record) out.push(record);
  }
  return out;
}

/** Episodes of 8 decisions with advantages +1, 0, −1 in turn. */
const episodes = (records: DecisionRecord[], size = 8): EpisodeBatchItem[] =>
  Array.from({ length: Math.floor(records.length / size) }, (_, e) => ({
    decisions: records.slice(e * size, (e + 1) * size),
    advantage: (e % 3) - 1,
  }));

const sameWeights = (a: Float32Array, b: Float32Array): boolean => a.every((x, i) => x === b[i]);

describe('runPolicyUpdate (through TfPolicy.update)', () => {
  it('reports a finite loss, KL, entropy and gradient norm, and changes the weights', async () => {
    const policy = createTfPolicy({ registry, seed: 1 });
    const batch = episodes(await recordsOf(policy, randomInputs(registry, 64, 1), 1));
    const before = policy.weights();
    const stats = await policy.update(batch, DEFAULT_UPDATE_OPTIONS);
    expect(stats.skipped).toBe(false);
    for (const v of [stats.loss, stats.kl, stats.entropy, stats.gradNorm])
      expect(Number.isFinite(v)).toBe(true);
    expect(stats.entropy).toBeGreaterThan(0);
    expect(stats.kl).toBeGreaterThanOrEqual(0);
    expect(sameWeights(before, policy.weights())).toBe(false);
    policy.dispose();
  });

  it('leaks no tensor from the second update on (Adam moments exist from the start)', async () => {
    const policy = createTfPolicy({ registry, seed: 2 });
    const batch = episodes(await recordsOf(policy, randomInputs(registry, 48, 2), 2));
    await policy.update(batch, DEFAULT_UPDATE_OPTIONS);
    const before = tf.memory().numTensors;
    await policy.update(batch, DEFAULT_UPDATE_OPTIONS);
    await policy.update(batch, { ...DEFAULT_UPDATE_OPTIONS, epochs: 1 });
    expect(tf.memory().numTensors).toBe(before);
    policy.dispose();
  });

  it.each([
    ['a NaN advantage', (b: EpisodeBatchItem[]) => [{ ...b[0], advantage: Number.NaN }, ...b.slice(1)]],
    [
      'an infinite old log-probability',
      (b: EpisodeBatchItem[]) => [
        { ...b[0], decisions: [{ ...b[0]!.decisions[0]!, logProb: -Infinity }] },
        ...b.slice(1),
      ],
    ],
    ['no decisions', () => [{ decisions: [], advantage: 1 }]],
  ] as const)('skips the update on %s, weights unchanged', async (_, corrupt) => {
    const policy = createTfPolicy({ registry, seed: 3 });
    const batch = episodes(await recordsOf(policy, randomInputs(registry, 32, 3), 3));
    const before = policy.weights();
    const stats = await policy.update(corrupt(batch) as EpisodeBatchItem[], DEFAULT_UPDATE_OPTIONS);
    expect(stats.skipped).toBe(true);
    expect(stats.reason).toBeTruthy();
    expect(sameWeights(before, policy.weights())).toBe(true);
    policy.dispose();
  });

  it('restores the weights when a later epoch diverges (all epochs or none)', async () => {
    const policy = createTfPolicy({ registry, seed: 4 });
    const batch = episodes(await recordsOf(policy, randomInputs(registry, 32, 4), 4));
    const before = policy.weights();
    const stats = await policy.update(batch, {
      ...DEFAULT_UPDATE_OPTIONS,
      learningRate: 1e38,
      gradClipNorm: 0,
      epochs: 3,
    });
    expect(stats).toMatchObject({ skipped: true });
    expect(stats.reason).toMatch(/epoch [23]/);
    expect(sameWeights(before, policy.weights())).toBe(true);
    const after = await policy.update(batch, DEFAULT_UPDATE_OPTIONS);
    expect(after.skipped).toBe(false);
    policy.dispose();
  });

  it('raises the log-probability of positively advantaged decisions and lowers the others', async () => {
    const policy = createTfPolicy({ registry, seed: 5 });
    const records = await recordsOf(policy, randomInputs(registry, 32, 5), 5);
    const good = records.slice(0, 16);
    const bad = records.slice(16, 32);
    const batch = [
      { decisions: good, advantage: 1 },
      { decisions: bad, advantage: -1 },
    ];
    const mean = (xs: Float32Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const g0 = mean(policy.logProbs(good));
    const b0 = mean(policy.logProbs(bad));
    for (let i = 0; i < 5; i++) await policy.update(batch, { ...DEFAULT_UPDATE_OPTIONS, learningRate: 3e-3 });
    expect(mean(policy.logProbs(good))).toBeGreaterThan(g0);
    expect(mean(policy.logProbs(bad))).toBeLessThan(b0);
    policy.dispose();
  });

  it('measures KL to the frozen reference: zero before training, positive after, zero again once refrozen', async () => {
    const policy = createTfPolicy({ registry, seed: 6 });
    const batch = episodes(await recordsOf(policy, randomInputs(registry, 32, 6), 6));
    const once = { ...DEFAULT_UPDATE_OPTIONS, epochs: 1, learningRate: 5e-3 };
    expect((await policy.update(batch, once)).kl).toBeCloseTo(0, 6);
    await policy.update(batch, once);
    expect((await policy.update(batch, once)).kl).toBeGreaterThan(1e-6);
    policy.freezeReference();
    expect((await policy.update(batch, once)).kl).toBeCloseTo(0, 6);
    policy.dispose();
  });

  it('trains on decisions made with different registries in one batch', async () => {
    const policy = createTfPolicy({ registry, seed: 7 });
    const extended = registry.extend([
      fixtureOperator('Critique', { category: 'verification', isChecker: true, isSolver: false }),
    ]);
    const a = await recordsOf(policy, randomInputs(registry, 16, 7), 7);
    const b = await recordsOf(policy, randomInputs(extended, 16, 8), 8);
    const mixed = [...a, ...b];
    policy.logProbs(mixed).forEach((lp, i) => expect(lp).toBeCloseTo(mixed[i]?.logProb ?? 0, 3));
    const stats = await policy.update(episodes(mixed), DEFAULT_UPDATE_OPTIONS);
    expect(stats.skipped).toBe(false);
    policy.dispose();
  });
});

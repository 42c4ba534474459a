import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createTfPolicy } from './createTfPolicy.ts';
import { packBatch } from './packBatch.ts';
import type { TfPolicyConfig } from './policyConfig.ts';
import { lossGradient, policyLoss } from './policyLoss.ts';
import { batchLogits, unpackParams } from './policyNetwork.ts';
import { randomInputs } from './policyTestKit.ts';
import { uploadTrain } from './runPolicyUpdate.ts';
import { createTfPolicyState } from './tfPolicyState.ts';
import { trainBackward } from './trainBackward.ts';
import { trainForward } from './trainForward.ts';
import { DEFAULT_UPDATE_OPTIONS } from './types.ts';
import type { DecisionRecord, EpisodeBatchItem, UpdateOptions } from './types.ts';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

const registry = createFixtureRegistry();
const extended = registry.extend([
  fixtureOperator('Critique', { category: 'verification', isChecker: true, isSolver: false }),
]);

async function batchFor(config: Partial<TfPolicyConfig>, mixed: boolean): Promise<EpisodeBatchItem[]> {
  const policy = createTfPolicy({ registry, seed: 11, config });
  const inputs = [...randomInputs(registry, 24, 11), ...(mixed ? randomInputs(extended, 16, 12) : [])];
  const records: DecisionRecord[] = [];
  for (const [i, input] of inputs.entries()) {
    const { record } = await policy.decide(input, createRng(`grad:${i}`));
    // Shifted old log-probabilities put some ratios outside the clip range, so both branches are exercised.
    if (record) records.push({ ...record, logProb: record.logProb + ((i % 5) - 2) * 0.15 });
  }
  policy.dispose();
  return Array.from({ length: Math.floor(records.length / 4) }, (_, e) => ({
    decisions: records.slice(e * 4, e * 4 + 4),
    advantage: (e % 3) - 1 + 0.25,
  }));
}

const maxAbs = (a: Float32Array): number => a.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe('trainForward + lossGradient + trainBackward', () => {
  it.each([
    ['defaults', {}, false, {}],
    ['entropy bonus and no KL', {}, false, { entropyCoef: 0.01, klBeta: 0 }],
    ['two registries in one batch', {}, true, { klBeta: 0.05 }],
    ['operator rows narrower than the grid (padding)', { maxOperatorTypes: 6 }, false, {}],
  ] as const)(
    'give the loss and gradient of autodiff through batchLogits: %s',
    async (_, config, mixed, o) => {
      const options: UpdateOptions = { ...DEFAULT_UPDATE_OPTIONS, ...o };
      const state = createTfPolicyState(createTfPolicy({ registry, seed: 1, config }).config, 3);
      const packed = packBatch(await batchFor(config, mixed), state.dims);
      if ('error' in packed) throw new Error(packed.error);
      const t = uploadTrain(packed, state);
      const { dims, consts, specs } = state;
      // A reference that differs from the weights, so the KL term and its gradient are not zero.
      const ref = tf.tidy((): tf.Tensor1D =>
        t.oldLogProb.sub(0.1).add(tf.randomUniform([packed.count], 0, 0.2, 'float32', 5)),
      );
      const [autoLoss, autoGrad] = tf.tidy(() => {
        const f = (flat: tf.Tensor) =>
          policyLoss(batchLogits(unpackParams(flat, specs), dims, consts, t), t, ref, options).loss;
        const { value, grad } = tf.valueAndGrad(f)(state.params);
        return [value.dataSync()[0] ?? Number.NaN, grad.dataSync() as Float32Array];
      });
      const [handLoss, handGrad] = tf.tidy(() => {
        const p = unpackParams(state.params, specs);
        const { logits, cache } = trainForward(p, dims, consts, t);
        const { stats, dLogits } = lossGradient(logits, t, ref, options, true);
        const grad = trainBackward(dLogits, p, specs, dims, consts, t, cache);
        return [stats.dataSync()[0] ?? Number.NaN, grad.dataSync() as Float32Array];
      });
      expect(handLoss).toBeCloseTo(autoLoss, 5);
      expect(handGrad.length).toBe(autoGrad.length);
      const diff = handGrad.map((g, i) => g - (autoGrad[i] ?? 0));
      expect(maxAbs(autoGrad)).toBeGreaterThan(1e-3);
      expect(maxAbs(diff)).toBeLessThan(1e-4 * Math.max(1, maxAbs(autoGrad)));
      for (const x of [...Object.values(t), ref]) if (x instanceof tf.Tensor) x.dispose();
      state.dispose();
    },
  );
});

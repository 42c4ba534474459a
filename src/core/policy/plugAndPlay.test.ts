import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import type { CanvasAction } from '../actions/types.ts';
import { opNode, parallelNode, workflowOf } from '../canvas/canvasTestKit.ts';
import { createFixtureRegistry, FIXTURE_DESCRIPTORS, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createTfPolicy } from './createTfPolicy.ts';
import { policyInput, randomInputs } from './policyTestKit.ts';
import { DEFAULT_UPDATE_OPTIONS } from './types.ts';
import type { DecisionRecord } from './types.ts';

const registry = createFixtureRegistry();

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

const usesCritique = (a: CanvasAction): boolean =>
  (a.type === 'addOperator' && a.operator === 'Critique') ||
  (a.type === 'addConditional' &&
    (a.checker === 'Critique' || a.fix === 'Critique' || a.otherwise === 'Critique'));

describe('plug-and-play operators', () => {
  it('a 13th operator registered after training can be chosen, with the weights unchanged', async () => {
    const policy = createTfPolicy({ registry, seed: 31 });
    policy.freezeReference();
    for (let iteration = 0; iteration < 3; iteration++) {
      const records: DecisionRecord[] = [];
      for (const [i, input] of randomInputs(registry, 32, 40 + iteration).entries()) {
        const { record } = await policy.decide(input, createRng(`${iteration}:${i}`));
        if (record) records.push(record);
      }
      const half = records.length >> 1;
      const batch = [
        { decisions: records.slice(0, half), advantage: 1 },
        { decisions: records.slice(half), advantage: -1 },
      ];
      expect((await policy.update(batch, DEFAULT_UPDATE_OPTIONS)).skipped).toBe(false);
    }
    const trainedWeights = policy.weights();

    // After training: a new operator of a known kind (Review's descriptor) joins the registry.
    const critique = fixtureOperator('Critique', FIXTURE_DESCRIPTORS.Review);
    const extended = registry.extend([critique]);
    const w = workflowOf(opNode('Plan', 'n1'), parallelNode(['Custom', 'AnswerGenerate'], 'n2'));
    const input = policyInput(extended, { workflow: w });
    expect(input.mask.operators).toContain('Critique');

    // Its descriptor matches Review's, so every head scores it exactly like Review: non-zero and equal.
    const top = await policy.topActions(input, 4000);
    const probability = (pred: (a: CanvasAction) => boolean) =>
      top.filter((t) => pred(t.action)).reduce((s, t) => s + t.probability, 0);
    const critiqueAdd = probability((a) => a.type === 'addOperator' && a.operator === 'Critique');
    const reviewAdd = probability((a) => a.type === 'addOperator' && a.operator === 'Review');
    expect(critiqueAdd).toBeGreaterThan(0);
    expect(critiqueAdd).toBeCloseTo(reviewAdd, 6);
    const critiqueChecker = probability((a) => a.type === 'addConditional' && a.checker === 'Critique');
    expect(critiqueChecker).toBeGreaterThan(0);

    // And sampling picks it for some seed.
    let sampled: CanvasAction | null = null;
    for (let seed = 0; seed < 2000 && !sampled; seed++) {
      const { action } = await policy.decide(input, createRng(`critique:${seed}`));
      expect(isAllowedByMask(input.mask, action)).toBe(true);
      if (usesCritique(action)) sampled = action;
    }
    expect(sampled).not.toBeNull();
    expect(Array.from(policy.weights())).toEqual(Array.from(trainedWeights));
    policy.dispose();
  });
});

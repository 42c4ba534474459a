import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createTfPolicy } from './createTfPolicy.ts';
import type { TfPolicy } from './createTfPolicy.ts';
import { HEAD } from './policyHeads.ts';
import { policyInput, randomInputs } from './policyTestKit.ts';
import type { DecisionRecord } from './types.ts';

const registry = createFixtureRegistry();
let policy: TfPolicy;

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  policy = createTfPolicy({ registry, seed: 7 });
});
afterAll(() => policy.dispose());

describe('createTfPolicy', () => {
  it('never samples an action the mask refuses (2,400 decisions over 400 random states)', async () => {
    const inputs = randomInputs(registry, 400, 3);
    const seen = new Set<string>();
    let decisions = 0;
    for (const [i, input] of inputs.entries()) {
      for (let s = 0; s < 6; s++) {
        const { action, record } = await policy.decide(input, createRng(`${i}:${s}`));
        decisions++;
        const nothingLegal = !ACTION_TYPES.some((t) => input.mask.type[t]);
        expect(isAllowedByMask(input.mask, action) || (nothingLegal && action.type === 'finish')).toBe(true);
        expect(record === undefined).toBe(nothingLegal);
        seen.add(action.type);
      }
    }
    expect(decisions).toBeGreaterThanOrEqual(2000);
    expect([...seen].sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('records choices only for the heads the action uses, with a finite log-probability', async () => {
    for (const input of randomInputs(registry, 40, 5)) {
      const { action, record } = await policy.decide(input, createRng(1));
      if (!record) continue;
      expect(Number.isFinite(record.logProb) && record.logProb <= 0).toBe(true);
      expect(record.choices[HEAD.type]).toBe(ACTION_TYPES.indexOf(action.type));
      const usesTarget = ['deleteNode', 'modifyOperator', 'setPrompt'].includes(action.type);
      expect((record.choices[HEAD.target] ?? -1) >= 0).toBe(usesTarget);
      expect((record.choices[HEAD.opAdd] ?? -1) >= 0).toBe(action.type === 'addOperator');
    }
  });

  it('recomputes the recorded log-probabilities in one batched pass (same network, same masks)', async () => {
    const records: DecisionRecord[] = [];
    for (const [i, input] of randomInputs(registry, 150, 9).entries()) {
      const { record } = await policy.decide(input, createRng(i));
      if (record) records.push(record);
    }
    const batched = policy.logProbs(records);
    records.forEach((r, i) => expect(batched[i]).toBeCloseTo(r.logProb, 3));
  });

  it('computes the same decision outputs in plain JS as with tfjs tensors', () => {
    for (const input of randomInputs(registry, 60, 19)) {
      const js = policy.outputs(input, 'js');
      const tensor = policy.outputs(input, 'tensor');
      expect(js.length).toBe(tensor.length);
      let worst = 0;
      js.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - (tensor[i] ?? 0)))));
      expect(worst).toBeLessThan(1e-4);
    }
  });

  it('decides the same on the tensor path', async () => {
    const tensorPolicy = createTfPolicy({ registry, seed: 7, decisionPath: 'tensor' });
    for (const [i, input] of randomInputs(registry, 30, 23).entries()) {
      const a = await policy.decide(input, createRng(i));
      const b = await tensorPolicy.decide(input, createRng(i));
      expect(b.action).toEqual(a.action);
      expect(b.record?.logProb ?? 0).toBeCloseTo(a.record?.logProb ?? 0, 4);
    }
    tensorPolicy.dispose();
  });

  it('decides greedily: legal and independent of the Rng', async () => {
    const greedy = policy.greedy();
    expect(greedy.name).toBe(`${policy.name}-greedy`);
    for (const [i, input] of randomInputs(registry, 60, 11).entries()) {
      const a = await greedy.decide(input, createRng(`a${i}`));
      const b = await greedy.decide(input, createRng(`b${i}`));
      expect(b.action).toEqual(a.action);
      const nothingLegal = !ACTION_TYPES.some((t) => input.mask.type[t]);
      expect(isAllowedByMask(input.mask, a.action) || nothingLegal).toBe(true);
    }
  });

  it('is reproducible: the same Rng seed gives the same decision', async () => {
    const [input] = randomInputs(registry, 1, 11);
    if (!input) throw new Error('no input');
    const a = await policy.decide(input, createRng('same'));
    const b = await policy.decide(input, createRng('same'));
    expect(b.action).toEqual(a.action);
    expect(b.record?.logProb).toBe(a.record?.logProb);
  });

  it.each(['js', 'tensor'] as const)(
    'leaks no tensor over decisions and top-action queries (%s path)',
    async (path) => {
      const subject = createTfPolicy({ registry, seed: 3, decisionPath: path });
      const inputs = randomInputs(registry, 20, 13);
      await subject.decide(inputs[0] ?? policyInput(registry), createRng(0));
      const before = tf.memory().numTensors;
      for (const input of inputs) {
        await subject.decide(input, createRng(1));
        await subject.topActions(input, 3);
      }
      expect(tf.memory().numTensors).toBe(before);
      subject.dispose();
    },
  );

  it('lists its most likely actions, legal, in decreasing probability, summing to at most 1', async () => {
    for (const input of randomInputs(registry, 30, 17)) {
      const top = await policy.topActions(input, 5);
      if (!ACTION_TYPES.some((t) => input.mask.type[t])) continue;
      expect(top.length).toBeGreaterThan(0);
      for (const t of top) expect(isAllowedByMask(input.mask, t.action)).toBe(true);
      for (let i = 1; i < top.length; i++)
        expect(top[i]?.probability).toBeLessThanOrEqual(top[i - 1]?.probability ?? 1);
      expect(top.reduce((s, t) => s + t.probability, 0)).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('gives an exhaustive beam the full probability mass on a small canvas', async () => {
    const input = policyInput(registry, {
      context: {
        taskType: 'math',
        hasTests: false,
        lastAnswerLong: null,
        rules: { finishRule: true, maxNodes: 1, maxOperators: 1 },
      },
    });
    // addOperator: 12 operators × 3 templates (one position); addLoop of one operator: 12 × 5 counts.
    const top = await policy.topActions(input, 500);
    expect(top).toHaveLength(96);
    expect(top.reduce((s, t) => s + t.probability, 0)).toBeCloseTo(1, 5);
  });
});

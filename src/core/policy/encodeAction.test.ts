import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { CanvasAction } from '../actions/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createTestEnvFactory, trainingTasks } from '../training/trainingTestKit.ts';
import { runEpisode } from '../training/runEpisode.ts';
import { createRng } from '../util/createRng.ts';
import { createHeuristicPolicy } from './createHeuristicPolicy.ts';
import { createTfPolicy } from './createTfPolicy.ts';
import type { TfPolicy } from './createTfPolicy.ts';
import { HEAD } from './policyHeads.ts';
import { policyInput, policyTask } from './policyTestKit.ts';
import { randomInputs } from './policyTestKit.ts';
import type { Policy } from './types.ts';

const registry = createFixtureRegistry();
let policy: TfPolicy;

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  policy = createTfPolicy({ registry, seed: 11 });
});
afterAll(() => policy.dispose());

describe('encodeAction (through TfPolicy.record)', () => {
  it('reproduces the sampled choices, masks and log-probability of 1,200 sampled decisions', async () => {
    let compared = 0;
    for (const [i, input] of randomInputs(registry, 300, 21).entries()) {
      for (let s = 0; s < 4; s++) {
        const { action, record } = await policy.decide(input, createRng(`${i}:${s}`));
        const encoded = policy.record(input, action);
        if (!record) {
          expect(encoded).toBeNull();
          continue;
        }
        expect(encoded).not.toBeNull();
        if (!encoded) continue;
        const expected = record.choices.slice();
        // With one node, "first" and "before the last node" are the same place: the encoder picks "first".
        if (input.observation.workflow.nodes.length === 1 && expected[HEAD.position] === 2)
          expected[HEAD.position] = 1;
        expect([...encoded.choices]).toEqual([...expected]);
        if (expected[HEAD.position] !== record.choices[HEAD.position]) continue;
        expect(encoded.logProb).toBeCloseTo(record.logProb, 5);
        expect([...encoded.masks]).toEqual([...record.masks]);
        expect([...encoded.features]).toEqual([...record.features]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('returns null for what the policy cannot express and accepts equivalent forms', () => {
    const task = policyTask('math');
    const input = policyInput(registry, { task });
    const op = input.mask.operators.find((_, j) => input.mask.addOperator.operator[j]) as string;
    const templates = input.mask.addOperator.templates[input.mask.operators.indexOf(op)] ?? [];
    expect(templates.length).toBeGreaterThan(0);
    const first = { kind: 'template', id: templates[0] ?? '' } as const;
    const cases: [CanvasAction, boolean][] = [
      [{ type: 'addOperator', operator: op }, true],
      [{ type: 'addOperator', operator: op, position: 0 }, true],
      [{ type: 'addOperator', operator: op, prompt: first }, true],
      [
        { type: 'addOperator', operator: op, prompt: { kind: 'text', text: 'Solve it step by step.' } },
        false,
      ],
      [{ type: 'addOperator', operator: op, prompt: { kind: 'template', id: 'no-such-template' } }, false],
      [{ type: 'addOperator', operator: 'NoSuchOperator' }, false],
      [{ type: 'addOperator', operator: op, position: 3 }, false],
      [{ type: 'deleteNode', target: 'n99' as never }, false],
    ];
    for (const [action, ok] of cases)
      expect(policy.record(input, action) !== null, JSON.stringify(action)).toBe(ok);
    const plain = policy.record(input, { type: 'addOperator', operator: op });
    const explicit = policy.record(input, { type: 'addOperator', operator: op, prompt: first });
    expect(plain?.logProb).toBe(explicit?.logProb);
  });
});

describe('encodeAction on the heuristic teacher', () => {
  it('expresses at least 90% of the heuristic policy’s decisions on real episodes', async () => {
    const env = createTestEnvFactory();
    const student = createTfPolicy({ registry: env.registry, seed: 3 });
    const heuristic = createHeuristicPolicy();
    let asked = 0;
    let expressed = 0;
    const wrapper: Policy = {
      name: 'wrapper',
      async decide(input, rng) {
        const { action } = await heuristic.decide(input, rng);
        asked++;
        if (student.record(input, action)) expressed++;
        return { action };
      },
    };
    try {
      for (const [i, task] of trainingTasks(12, ['math', 'qa', 'code', 'mc']).entries()) {
        for (const finishRule of [true, false]) {
          const rules = { ...DEFAULT_ACTION_RULES, finishRule };
          const canvas = env.createEnv({ rules, maxTurns: 12 });
          await runEpisode({
            env: canvas,
            policy: wrapper,
            task,
            rng: createRng(i),
            registry: env.registry,
            rules,
          });
        }
      }
    } finally {
      student.dispose();
    }
    expect(asked).toBeGreaterThan(50);
    expect(expressed / asked).toBeGreaterThanOrEqual(0.9);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyWorkflow } from '../graph/types.ts';
import { createOperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { defineOperator } from '../operators/defineOperator.ts';
import { conditionalNode, opNode, parallelNode, workflowOf } from '../canvas/canvasTestKit.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { encodeObservation, GLOBAL_FEATURES, TOKEN_FEATURES } from './encodeObservation.ts';
import { OPERATOR_FEATURES, encodeRegistry } from './encodeOperator.ts';
import { policyDims, resolveConfig } from './policyConfig.ts';
import { policyInput, policyTask, randomInputs } from './policyTestKit.ts';

const registry = createFixtureRegistry();
const sizes = { maxTokens: 12, maxOperatorTypes: 16 };
const dims = policyDims(resolveConfig(sizes));
const tokenAt = (features: Float32Array, t: number): Float32Array =>
  features.subarray(GLOBAL_FEATURES + t * TOKEN_FEATURES, GLOBAL_FEATURES + (t + 1) * TOKEN_FEATURES);

describe('encodeObservation', () => {
  it('gives every observation the same finite size', () => {
    for (const input of randomInputs(registry, 60, 1)) {
      const { features } = encodeObservation(input, sizes);
      expect(features.length).toBe(dims.featureSize);
      expect(features.every(Number.isFinite)).toBe(true);
    }
  });

  it('makes one token per operator node, children included, and marks the delete target of each node', () => {
    const w = workflowOf(
      opNode('Plan', 'n1'),
      parallelNode(['Custom', 'AnswerGenerate'], 'n2'),
      conditionalNode('Verify', 'Revise', null, 'n5'),
    );
    const encoded = encodeObservation(policyInput(registry, { workflow: w }), sizes);
    expect(encoded.tokens.map((t) => t.node.operator)).toEqual([
      'Plan',
      'Custom',
      'AnswerGenerate',
      'Verify',
      'Revise',
    ]);
    expect(encoded.headToken).toEqual([0, 1, 3]);
    expect(tokenAt(encoded.features, 4)[0]).toBe(1);
    expect(tokenAt(encoded.features, 5).every((x) => x === 0)).toBe(true);
  });

  it('reads operators by descriptor, never by name: a renamed operator encodes identically', () => {
    const review = registry.get('Review');
    if (!review) throw new Error('fixture has Review');
    const renamed = createOperatorRegistry([
      ...registry.list().filter((d) => d.type !== 'Review'),
      defineOperator({ ...review, type: 'Critique' }),
    ]);
    const original = createOperatorRegistry([...registry.list().filter((d) => d.type !== 'Review'), review]);
    const a = encodeObservation(
      policyInput(original, { workflow: workflowOf(opNode('Review', 'n1')) }),
      sizes,
    );
    const b = encodeObservation(
      policyInput(renamed, { workflow: workflowOf(opNode('Critique', 'n1')) }),
      sizes,
    );
    expect(Array.from(b.features)).toEqual(Array.from(a.features));
  });

  it('writes the registry rows and the conditional done row last', () => {
    const table = encodeRegistry(registry, 16);
    expect(table.length).toBe(17 * OPERATOR_FEATURES);
    const row = (j: number) => table.subarray(j * OPERATOR_FEATURES, (j + 1) * OPERATOR_FEATURES);
    expect(row(0)[0]).toBe(1);
    expect(row(12).every((x) => x === 0)).toBe(true);
    expect(row(16)[OPERATOR_FEATURES - 1]).toBe(1);
    expect(
      row(16)
        .slice(0, -1)
        .every((x) => x === 0),
    ).toBe(true);
  });

  it.each([
    ['math', 0],
    ['qa', 1],
    ['code', 2],
    ['mc', 3],
  ] as const)('one-hot encodes the task type %s', (type, index) => {
    const { features } = encodeObservation(policyInput(registry, { task: policyTask(type) }), sizes);
    expect(Array.from(features.subarray(0, 4))).toEqual([0, 1, 2, 3].map((i) => (i === index ? 1 : 0)));
  });

  it('encodes the last run status of each node', () => {
    const w = workflowOf(opNode('Custom', 'n1'), opNode('Verify', 'n2'));
    const feedback = {
      status: 'succeeded' as const,
      errorCode: null,
      message: '',
      perNode: { n1: 'succeeded', n2: 'failed' } as never,
      finalOutput: '',
      signals: {
        answerPresent: true,
        answerConcise: true,
        verdict: 'fail' as const,
        confidence: 0.8,
        testPassRatio: null,
        agreement: null,
        errorType: null,
      },
    };
    // Status one-hot (succeeded, failed, skipped, aborted, not run) after valid, descriptor, slot, kind, 5 numbers.
    const at = 1 + OPERATOR_FEATURES + 6 + 4 + 5;
    const status = (f: Float32Array, t: number) => Array.from(tokenAt(f, t).subarray(at, at + 5));
    const withRun = encodeObservation(policyInput(registry, { workflow: w, feedback }), sizes).features;
    const without = encodeObservation(policyInput(registry, { workflow: w }), sizes).features;
    expect(status(withRun, 0)).toEqual([1, 0, 0, 0, 0]);
    expect(status(withRun, 1)).toEqual([0, 1, 0, 0, 0]);
    expect(status(without, 1)).toEqual([0, 0, 0, 0, 1]);
    const empty = encodeObservation(policyInput(registry, { workflow: emptyWorkflow() }), sizes);
    expect(empty.tokens).toHaveLength(0);
  });
});

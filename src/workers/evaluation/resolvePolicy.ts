import type { ActionRules } from '../../core/actions/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import { createHeuristicPolicy } from '../../core/policy/createHeuristicPolicy.ts';
import { createRandomPolicy } from '../../core/policy/createRandomPolicy.ts';
import type { Policy, PolicyArtifacts } from '../../core/policy/types.ts';
import { trainingRules } from '../../core/training/trainerConfig.ts';
import { readTrainerState } from '../../core/training/trainerState.ts';

/** The disposable policy the tfjs factories return. */
export type DisposablePolicy = Policy & { dispose(): void };

/** The tfjs policy factories, loaded only when a tfjs policy is evaluated (tfjs is large). */
export interface TfPolicyFactories {
  createUntrainedPolicy(options: {
    registry: OperatorRegistry;
    seed: number | string;
    rules?: Partial<ActionRules>;
  }): DisposablePolicy;
  loadTfPolicy(options: { registry: OperatorRegistry; artifacts: PolicyArtifacts }): DisposablePolicy;
}

/** A policy ready to evaluate, the rules it acts under, and how to free it. */
export interface ResolvedPolicy {
  policy: Policy;
  rules: Partial<ActionRules>;
  dispose(): void;
}

/** The prefix of a checkpoint's policy id. */
export const CHECKPOINT_PREFIX = 'checkpoint:';

const noop = (): void => {};

/**
 * Builds the policy a contender names: the built-in baselines under the default rules (finish rule on), the
 * untrained tfjs policy seeded with the evaluation seed, or a saved checkpoint under the rules it was trained
 * with (a GRPO run trains with the finish rule off, and is judged the same way).
 */
export async function resolvePolicy(
  id: string,
  seed: number,
  deps: {
    registry: OperatorRegistry;
    loadTf(): Promise<TfPolicyFactories>;
    checkpoints(): Promise<CheckpointStore | null>;
  },
): Promise<ResolvedPolicy> {
  if (id === 'heuristic') return { policy: createHeuristicPolicy(), rules: {}, dispose: noop };
  if (id === 'random') return { policy: createRandomPolicy(), rules: {}, dispose: noop };
  if (id === 'untrained') {
    const tf = await deps.loadTf();
    const policy = tf.createUntrainedPolicy({ registry: deps.registry, seed });
    return { policy, rules: {}, dispose: () => policy.dispose() };
  }
  if (id.startsWith(CHECKPOINT_PREFIX)) {
    const name = id.slice(CHECKPOINT_PREFIX.length);
    const store = await deps.checkpoints();
    if (!store) throw new Error(`No checkpoint store is available to load "${name}".`);
    const artifacts = await store.load(name);
    const state = readTrainerState(artifacts);
    const tf = await deps.loadTf();
    const policy = tf.loadTfPolicy({ registry: deps.registry, artifacts });
    return { policy, rules: state ? trainingRules(state.config) : {}, dispose: () => policy.dispose() };
  }
  throw new Error(
    `Unknown policy "${id}": expected heuristic, random, untrained or ${CHECKPOINT_PREFIX}<name>.`,
  );
}

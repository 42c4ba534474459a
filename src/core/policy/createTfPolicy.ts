import * as tf from '@tensorflow/tfjs';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionRules, CanvasAction } from '../actions/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Rng } from '../ports/Rng.ts';
import { createHeadMasker } from './createHeadMasker.ts';
import { decodeChoices } from './decodeChoices.ts';
import { encodeAction } from './encodeAction.ts';
import { encodeObservation } from './encodeObservation.ts';
import { jsDecisionOutputs } from './jsDecisionOutputs.ts';
import { decodeCheckpoint, encodeCheckpoint } from './policyArtifacts.ts';
import { DEFAULT_TF_POLICY_CONFIG, resolveConfig, policyDims } from './policyConfig.ts';
import type { TfPolicyConfig } from './policyConfig.ts';
import { decisionOutputs } from './policyNetwork.ts';
import { splitFeatures, stateTensors } from './stateTensors.ts';
import { paramSpecs } from './policyParams.ts';
import { recordLogProbs, runPolicyUpdate } from './runPolicyUpdate.ts';
import { beamChoices, sampleChoices } from './sampleChoices.ts';
import type { DecisionView } from './sampleChoices.ts';
import { createTfPolicyState } from './tfPolicyState.ts';
import type { SavedWeights } from './tfPolicyState.ts';
import type {
  DecisionRecord,
  Policy,
  PolicyArtifacts,
  PolicyDecision,
  PolicyInput,
  TopAction,
  TrainablePolicy,
} from './types.ts';

/** Options of {@link createTfPolicy}. */
export interface TfPolicyOptions {
  /** The registry at creation (recorded in checkpoints); decisions score the operators of `input.registry`. */
  registry: OperatorRegistry;
  /** Seeds the initial weights (decisions use the Rng passed to `decide`). */
  seed: string | number;
  /** Caps the token budget: `maxTokens` is at most `rules.maxOperators` unless the config says otherwise. */
  rules?: Partial<ActionRules>;
  config?: Partial<TfPolicyConfig>;
  /** Default `tfjs`. */
  name?: string;
  /**
   * How a single decision runs its forward pass: `js` (default) mirrors the network in plain loops, fastest on
   * every backend; `tensor` runs it as tfjs ops on the current backend. Both give the same outputs (tested);
   * updates always run on tfjs.
   */
  decisionPath?: DecisionPath;
}

/** Where the batch-1 forward pass of a decision runs. */
export type DecisionPath = 'js' | 'tensor';

/** A trainable tfjs policy plus what the UI and tests read about it. */
export interface TfPolicy extends TrainablePolicy {
  readonly config: TfPolicyConfig;
  readonly seed: string | number;
  topActions(input: PolicyInput, k: number): Promise<TopAction[]>;
  /**
   * The same weights deciding greedily (each head's most likely legal value), named `<name>-greedy`: the
   * deterministic policy an evaluation reports beside the sampled one. It shares the weights, so it sees updates.
   */
  greedy(): Policy;
  /** A copy of the current weights as one flat vector (tests, diagnostics). */
  weights(): Float32Array;
  /** The decision outputs (merged heads, token and operator projections) for an input (tests, diagnostics). */
  outputs(input: PolicyInput, path?: DecisionPath): Float32Array;
  /** log π(a|s) of recorded decisions under the current weights, recomputed in one batched pass. */
  logProbs(records: readonly DecisionRecord[]): Float32Array;
  /** The record of `action` as if this policy had chosen it (imitation), or null when it cannot express it. */
  record(input: PolicyInput, action: CanvasAction): DecisionRecord | null;
}

function buildTfPolicy(
  config: TfPolicyConfig,
  seed: string | number,
  name: string,
  operators: string[],
  path: DecisionPath,
  saved?: SavedWeights,
): TfPolicy {
  const state = createTfPolicyState(config, seed, saved);
  const { dims, layout } = state;
  let disposed = false;
  const alive = (): void => {
    if (disposed) throw new Error(`policy ${name} was disposed`);
  };

  const tensorOutputs = (features: Float32Array): Float32Array => {
    const parts = splitFeatures(features, dims, 1);
    const out = tf.tidy(() =>
      decisionOutputs(
        state.views(),
        dims,
        stateTensors(parts, dims, 1),
        tf.tensor2d(parts.operators(0), [dims.opWidth, dims.operatorSize]),
      ),
    );
    const outputs = out.dataSync() as Float32Array;
    out.dispose();
    return outputs;
  };
  const view = (input: PolicyInput, via: DecisionPath = path) => {
    alive();
    const encoded = encodeObservation(input, config);
    const masker = createHeadMasker(input, encoded, config);
    const outputs =
      via === 'js'
        ? jsDecisionOutputs(state.jsWeights(), dims, encoded.features)
        : tensorOutputs(encoded.features);
    const decision: DecisionView = { outputs, layout, dims, masker };
    return { encoded, masker, decision };
  };

  const decide = async (input: PolicyInput, rng: Rng, greedy: boolean): Promise<PolicyDecision> => {
    const { encoded, masker, decision } = view(input);
    const set = sampleChoices(decision, rng, greedy);
    // Only a degenerate context (no room, no operators, finish refused) leaves nothing to choose.
    if (!set) return { action: { type: 'finish' } };
    const n = input.observation.workflow.nodes.length;
    const action = decodeChoices(set.choices, input.mask, masker, n);
    const record = {
      features: encoded.features,
      masks: set.masks,
      choices: set.choices,
      logProb: set.logProb,
    };
    return { action, record };
  };

  const policy: TfPolicy = {
    name,
    config,
    seed,
    decide: (input, rng) => decide(input, rng, false),
    greedy: () => ({
      name: `${name}-greedy`,
      decide: (input, rng) => decide(input, rng, true),
      topActions: (input, k) => policy.topActions(input, k),
    }),
    async topActions(input: PolicyInput, k: number): Promise<TopAction[]> {
      const { masker, decision } = view(input);
      const n = input.observation.workflow.nodes.length;
      return beamChoices(decision, k).map((c) => ({
        action: decodeChoices(c.choices, input.mask, masker, n),
        probability: Math.exp(c.logProb),
      }));
    },
    async update(batch, options) {
      alive();
      return runPolicyUpdate(state, batch, options);
    },
    freezeReference() {
      alive();
      state.freezeReference();
    },
    async saveArtifacts(meta: Record<string, unknown>): Promise<PolicyArtifacts> {
      alive();
      const [params, reference, m, v] = await Promise.all(
        [state.params, state.reference, state.adam.m, state.adam.v].map(
          (t) => t.data() as Promise<Float32Array>,
        ),
      );
      if (!params || !reference || !m || !v) throw new Error('policy weights could not be read');
      const adam = { m, v, step: state.adam.step };
      return encodeCheckpoint({ config, seed, name, operators, meta, params, reference, adam }, state.specs);
    },
    weights: () => {
      alive();
      return (state.params.dataSync() as Float32Array).slice();
    },
    outputs: (input, via) => view(input, via).decision.outputs.slice(),
    logProbs: (records) => {
      alive();
      return recordLogProbs(state, records);
    },
    record(input, action) {
      const { encoded, decision } = view(input);
      const set = encodeAction(decision, input, action);
      return (
        set && { features: encoded.features, masks: set.masks, choices: set.choices, logProb: set.logProb }
      );
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      state.dispose();
    },
  };
  return policy;
}

/**
 * A small tfjs policy (SPEC §5): an MLP trunk over global features and pooled per-node embeddings, with factored
 * heads (action type; operators scored from their descriptors; arity, loop count, target pointer, template,
 * position). Prompts are always template ids (the policy never writes setPrompt free text) and an add goes at
 * the end, first, or before the last node. Seeded initial weights; π_ref starts as these weights. Choose the
 * tfjs backend first (`selectTfBackend`), since creating the weights needs a ready backend.
 */
export function createTfPolicy(options: TfPolicyOptions): TfPolicy {
  const maxOperators = options.rules?.maxOperators ?? DEFAULT_ACTION_RULES.maxOperators;
  const maxTokens = Math.max(1, Math.min(DEFAULT_TF_POLICY_CONFIG.maxTokens, maxOperators));
  const config = resolveConfig({ maxTokens, ...options.config });
  const operators = options.registry.list().map((d) => d.type);
  return buildTfPolicy(config, options.seed, options.name ?? 'tfjs', operators, options.decisionPath ?? 'js');
}

/** The untrained baseline: a tfjs policy with its seeded initial weights, named `untrained`. */
export const createUntrainedPolicy = (options: Omit<TfPolicyOptions, 'name'>): TfPolicy =>
  createTfPolicy({ ...options, name: 'untrained' });

/** Options of {@link loadTfPolicy}. */
export interface LoadTfPolicyOptions {
  registry: OperatorRegistry;
  artifacts: PolicyArtifacts;
  /** Overrides the name stored in the checkpoint. */
  name?: string;
  decisionPath?: DecisionPath;
}

/** Rebuilds a policy from a checkpoint: same weights, π_ref and Adam state, so it decides and trains on. */
export function loadTfPolicy(options: LoadTfPolicyOptions): TfPolicy {
  const c = decodeCheckpoint(options.artifacts, (config) => paramSpecs(policyDims(config)));
  const operators = options.registry.list().map((d) => d.type);
  return buildTfPolicy(c.config, c.seed, options.name ?? c.name, operators, options.decisionPath ?? 'js', c);
}

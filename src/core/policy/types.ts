import type { ActionMask } from '../actions/legalActionMask.ts';
import type { ActionContext, CanvasAction } from '../actions/types.ts';
import type { Observation } from '../canvas/canvasEnvTypes.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Rng } from '../ports/Rng.ts';

/** Everything a policy sees before a decision: the canvas observation, the legal-action mask and the operators. */
export interface PolicyInput {
  observation: Observation;
  mask: ActionMask;
  context: ActionContext;
  registry: OperatorRegistry;
}

/** One of the policy's most likely next actions, for the UI overlay ("top actions with probabilities"). */
export interface TopAction {
  action: CanvasAction;
  probability: number;
}

/**
 * What a trainable policy keeps about one decision so the trainer can recompute its log-probability later:
 * the encoded observation and masks (plain arrays, no tensors, so steps can be batched and cross a worker
 * boundary) and the index chosen in each head (-1 where the action does not use that head).
 */
export interface DecisionRecord {
  /** Flat features in the policy's own encoding; the trainer treats them as opaque. */
  features: Float32Array;
  /** Per-head masks in the policy's own layout (1 legal, 0 illegal); opaque to the trainer. */
  masks: Float32Array;
  /** Chosen index per head, -1 for heads the action does not use (they add nothing to the loss). */
  choices: Int32Array;
  /** log π_old(a|s) summed over the used heads, at sampling time. */
  logProb: number;
}

/** A decision: the action to apply and, for trainable policies, what the update needs. */
export interface PolicyDecision {
  action: CanvasAction;
  /** Present for trainable policies. */
  record?: DecisionRecord;
  /** Set when the policy could not decide itself and used its fallback (e.g. an unreadable LLM reply). */
  fallbackReason?: string;
}

/** Anything that can drive the canvas: tfjs policy, random, heuristic, untrained, LLM director. */
export interface Policy {
  readonly name: string;
  /** Picks one action; must only return actions the mask allows (or `finish` when nothing else is legal). */
  decide(input: PolicyInput, rng: Rng): Promise<PolicyDecision>;
  /** The k most likely actions with probabilities, when the policy can say (UI overlay). */
  topActions?(input: PolicyInput, k: number): Promise<TopAction[]>;
}

/** One episode's decisions with its group-relative advantage, as the update consumes them. */
export interface EpisodeBatchItem {
  decisions: DecisionRecord[];
  advantage: number;
}

/** Hyper-parameters of one CWRPO/GRPO update (SPEC §5). */
export interface UpdateOptions {
  clipEpsilon: number;
  klBeta: number;
  entropyCoef: number;
  learningRate: number;
  gradClipNorm: number;
  /** Epochs over the batch (K). */
  epochs: number;
}

export const DEFAULT_UPDATE_OPTIONS: UpdateOptions = {
  clipEpsilon: 0.2,
  klBeta: 0.005,
  entropyCoef: 0,
  learningRate: 1e-3,
  gradClipNorm: 1,
  epochs: 2,
};

/** What one update reports; `skipped` is true when the NaN guard refused it (weights unchanged). */
export interface UpdateStats {
  loss: number;
  kl: number;
  entropy: number;
  gradNorm: number;
  skipped: boolean;
  reason?: string;
}

/** A policy whose weights the trainer can improve. */
export interface TrainablePolicy extends Policy {
  /** Clipped-ratio loss + β·KL(π‖π_ref) − η·entropy, per episode averaged over its decisions (SPEC §5). */
  update(batch: readonly EpisodeBatchItem[], options: UpdateOptions): Promise<UpdateStats>;
  /**
   * The record of `action` as if this policy had chosen it, or null when it cannot express it: what an
   * imitation warm start trains on. Optional: policies without it cannot be warm-started.
   */
  record?(input: PolicyInput, action: CanvasAction): DecisionRecord | null;
  /** Freezes the current weights as π_ref (the trainer calls it once at the start of training). */
  freezeReference(): void;
  /** Weights and config in the standard tfjs format, plus the training config and seed. */
  saveArtifacts(meta: Record<string, unknown>): Promise<PolicyArtifacts>;
  dispose(): void;
}

/** A checkpoint in tfjs's standard layout: model.json's topology/manifest plus the weight bytes. */
export interface PolicyArtifacts {
  modelJson: Record<string, unknown>;
  weights: ArrayBuffer;
}

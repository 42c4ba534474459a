import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import { GLOBAL_FEATURES, TOKEN_FEATURES } from './encodeObservation.ts';
import { OPERATOR_FEATURES } from './encodeOperator.ts';
import {
  DENSE_LOGITS,
  HEAD_COUNT,
  OP_SLOT_COUNT,
  POINTER_TYPES,
  SMALL_HEAD_WIDTH,
  TYPE_WIDTH,
} from './policyHeads.ts';

/** Sizes of the tfjs policy; everything a checkpoint needs to rebuild the same network. */
export interface TfPolicyConfig {
  /**
   * Operator-node tokens (children included, document order); the pointer head ranges over them, so nodes past
   * the budget can be seen by the global counts only and not targeted. Default 12 (capped by rules.maxOperators).
   */
  maxTokens: number;
  /** Operator types the operator heads can score; operators registered past it are invisible. Default 16. */
  maxOperatorTypes: number;
  /** Width of the batched per-node dense layer. */
  nodeHidden: number;
  /** Widths of the trunk MLP layers; the last is the query width of every head. */
  trunkHidden: number[];
  /** Width of the operator-descriptor embedding (and of the operator-slot queries). */
  operatorEmbedding: number;
  /** Width of the pointer keys and queries. */
  pointerKey: number;
}

/** About 46k parameters: small enough to train in a browser tab on two cores. */
export const DEFAULT_TF_POLICY_CONFIG: TfPolicyConfig = {
  maxTokens: Math.min(12, DEFAULT_ACTION_RULES.maxOperators),
  maxOperatorTypes: 16,
  nodeHidden: 32,
  trunkHidden: [128, 64],
  operatorEmbedding: 16,
  pointerKey: 16,
};

/** Derived sizes: the flat feature layout and the padded head grid that records and the update share. */
export interface PolicyDims {
  config: TfPolicyConfig;
  globalSize: number;
  tokenSize: number;
  operatorSize: number;
  /** Operator rows in the features: `maxOperatorTypes` plus the `done` row; also the operator heads' width. */
  opWidth: number;
  /** Length of a record's `features`: global, then tokens, then operator descriptors. */
  featureSize: number;
  /** Row width of the head grid: every head's choices padded to it. */
  rowWidth: number;
  /** Length of a record's `masks` (HEAD_COUNT rows of `rowWidth`). */
  maskSize: number;
  /** Columns of the merged head layer: dense logits, pointer queries, operator-slot queries. */
  headsWidth: number;
}

/** Fills defaults and checks the sizes are usable. */
export function resolveConfig(partial: Partial<TfPolicyConfig> = {}): TfPolicyConfig {
  const config = { ...DEFAULT_TF_POLICY_CONFIG, ...partial };
  const sizes = [
    config.maxTokens,
    config.maxOperatorTypes,
    config.nodeHidden,
    config.operatorEmbedding,
    config.pointerKey,
    ...config.trunkHidden,
  ];
  if (config.trunkHidden.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`Bad policy sizes: ${JSON.stringify(config)}`);
  }
  return { ...config, trunkHidden: [...config.trunkHidden] };
}

/** The layout sizes for a config. */
export function policyDims(config: TfPolicyConfig): PolicyDims {
  const opWidth = config.maxOperatorTypes + 1;
  const rowWidth = Math.max(opWidth, config.maxTokens, TYPE_WIDTH, SMALL_HEAD_WIDTH);
  return {
    config,
    globalSize: GLOBAL_FEATURES,
    tokenSize: TOKEN_FEATURES,
    operatorSize: OPERATOR_FEATURES,
    opWidth,
    featureSize: GLOBAL_FEATURES + config.maxTokens * TOKEN_FEATURES + opWidth * OPERATOR_FEATURES,
    rowWidth,
    maskSize: HEAD_COUNT * rowWidth,
    headsWidth:
      DENSE_LOGITS + POINTER_TYPES.length * config.pointerKey + OP_SLOT_COUNT * config.operatorEmbedding,
  };
}

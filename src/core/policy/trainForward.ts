import * as tf from '@tensorflow/tfjs';
import type { NetworkConstants } from './networkConstants.ts';
import type { PolicyDims } from './policyConfig.ts';
import { DENSE_LOGITS, MISC_HEAD_COUNT, OP_SLOT_COUNT, POINTER_TYPES, USED_OP_ROWS } from './policyHeads.ts';
import type { BatchInputs, ParamTensors } from './policyNetwork.ts';
import { trunkLayer } from './policyParams.ts';
import { maxOverTokens, sumOverTokens } from './trainOps.ts';

/** Per-batch constants of the hand-written training pass, uploaded once per update with the batch. */
export interface TrainInputs extends BatchInputs {
  tokensT: tf.Tensor2D;
  /** 1 / max(1, real tokens) per decision: [B, 1]. */
  invCount: tf.Tensor2D;
  /** Rows of ones that sum over the batch, the tokens and the operator table by a matmul: [1, rows]. */
  onesB: tf.Tensor2D;
  onesTokens: tf.Tensor2D;
  onesOps: tf.Tensor2D;
  /** `addOperator` transposed: [U·opWidth, B]. */
  addOperatorT: tf.Tensor2D;
  /** 1 on the columns of the pointer query each decision uses: [B, 3·pointerKey]. */
  pointerMask: tf.Tensor2D;
  /** Folds the three pointer queries onto one: [3·pointerKey, pointerKey], and its transpose. */
  pointerFold: tf.Tensor2D;
  pointerFoldT: tf.Tensor2D;
}

/** What the backward pass reads from the forward one. */
export interface TrainCache {
  nodeFlat: tf.Tensor2D;
  nodeH: tf.Tensor3D;
  max: tf.Tensor2D;
  /** Trunk inputs and outputs: h0 (pooled state) … the last trunk layer. */
  hs: tf.Tensor2D[];
  opE: tf.Tensor2D;
  query: tf.Tensor2D;
  targetQ: tf.Tensor2D;
  targetEmb: tf.Tensor2D;
  chosenOp: tf.Tensor2D;
  /** Operator-row queries: [3B, operatorEmbedding]. */
  queries: tf.Tensor2D;
}

/** A named weight of the unpacked parameters. */
export const weight = (p: ParamTensors, name: string): tf.Tensor2D => {
  const t = p.get(name);
  if (!t) throw new Error(`missing policy weight ${name}`);
  return t as tf.Tensor2D;
};

const dense = (x: tf.Tensor2D, p: ParamTensors, name: string, relu: boolean): tf.Tensor2D =>
  tf.fused.matMul({
    a: x,
    b: weight(p, `${name}/kernel`),
    bias: weight(p, `${name}/bias`),
    activation: relu ? 'relu' : 'linear',
  }) as tf.Tensor2D;

/**
 * The training forward pass: the same logits as `batchLogits` ([B, USED_ROWS, rowWidth]), computed with fused
 * layers and no gradient tape, keeping what `trainBackward` needs. Per-decision selections are one-hot products
 * against constants uploaded once per update, so no op slices along an inner axis but the one head split.
 */
export function trainForward(
  p: ParamTensors,
  dims: PolicyDims,
  consts: NetworkConstants,
  x: TrainInputs,
): { logits: tf.Tensor3D; cache: TrainCache } {
  const { config, rowWidth: w, opWidth: v } = dims;
  const n = config.maxTokens;
  const hn = config.nodeHidden;
  const e = config.operatorEmbedding;
  const b = x.globals.shape[0];
  const nodeFlat = dense(x.tokens, p, 'node', true).mul(x.valid) as tf.Tensor2D;
  const nodeH = nodeFlat.reshape([b, n, hn]) as tf.Tensor3D;
  const max = maxOverTokens(nodeH);
  const hs = [tf.concat([x.globals, sumOverTokens(nodeH).mul(x.invCount), max], 1) as tf.Tensor2D];
  config.trunkHidden.forEach((_, i) => hs.push(dense(hs[i] as tf.Tensor2D, p, trunkLayer(i), true)));
  const heads = dense(hs[hs.length - 1] as tf.Tensor2D, p, 'heads', false);
  const [denseLogits, pointerQ, slotQ] = tf.split(
    heads,
    [DENSE_LOGITS, POINTER_TYPES.length * config.pointerKey, OP_SLOT_COUNT * e],
    1,
  ) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  const opE = tf.tanh(dense(x.opTable, p, 'operator', false));
  const query = pointerQ.mul(x.pointerMask).matMul(x.pointerFold) as tf.Tensor2D;
  const targetQ = query.matMul(weight(p, 'pointer/keys').transpose()) as tf.Tensor2D;
  const target = nodeH.mul(targetQ.reshape([b, 1, hn])).sum(2) as tf.Tensor2D;
  // The chosen token's row: nodeH ≥ 0 (relu) and the target is one-hot, so the max over tokens is that row exactly.
  const targetEmb = maxOverTokens(nodeH.mul(x.target) as tf.Tensor3D);
  const chosenOp = x.addOperator.matMul(opE) as tf.Tensor2D;
  const template = targetEmb
    .matMul(weight(p, 'template/target'))
    .add(chosenOp.matMul(weight(p, 'template/operator'))) as tf.Tensor2D;
  const misc = denseLogits
    .matMul(consts.denseLogits.matrix)
    .add(target.matMul(consts.target.matrix))
    .add(template.matMul(consts.template.matrix));
  const modifyQ = targetEmb.matMul(weight(p, 'slot/target')).reshape([b, 1, e]).mul(x.modifyRow);
  const queries = tf
    .matMul(x.opRows, slotQ.reshape([b, OP_SLOT_COUNT, e]) as tf.Tensor3D)
    .add(modifyQ)
    .reshape([b * USED_OP_ROWS, e]) as tf.Tensor2D;
  const scores = queries.matMul(opE.transpose());
  let ops: tf.Tensor =
    x.blocks === 1 ? scores : scores.reshape([b, USED_OP_ROWS, x.blocks, v]).mul(x.block).sum(2);
  if (w > v)
    ops = ops.reshape([b, USED_OP_ROWS, v]).pad([
      [0, 0],
      [0, 0],
      [0, w - v],
    ]);
  const logits = tf
    .concat([misc, ops.reshape([b, USED_OP_ROWS * w])], 1)
    .reshape([b, MISC_HEAD_COUNT + USED_OP_ROWS, w]) as tf.Tensor3D;
  return {
    logits,
    cache: { nodeFlat, nodeH, max, hs, opE, query, targetQ, targetEmb, chosenOp, queries },
  };
}

import * as tf from '@tensorflow/tfjs';
import type { NetworkConstants, Placement } from './networkConstants.ts';
import type { PolicyDims } from './policyConfig.ts';
import {
  DENSE_LOGITS,
  MAX_TEMPLATES,
  MISC_HEAD_COUNT,
  OP_SLOT_COUNT,
  POINTER_TYPES,
  USED_OP_ROWS,
} from './policyHeads.ts';
import { sizeOf, trunkLayer } from './policyParams.ts';
import type { ParamSpec } from './policyParams.ts';
import type { StateTensors } from './stateTensors.ts';
import { matMulBT2d, selectRows } from './trainOps.ts';

/** The network's weights by name (views of the flat vector, or of a frozen copy). */
export type ParamTensors = ReadonlyMap<string, tf.Tensor>;

/** Splits the flat parameter vector into named, shaped weights (one split op, whose gradient is one concat). */
export function unpackParams(flat: tf.Tensor, specs: readonly ParamSpec[]): Map<string, tf.Tensor> {
  const parts = tf.split(
    flat,
    specs.map((s) => sizeOf(s.shape)),
  );
  return new Map(specs.map((s, i) => [s.name, (parts[i] as tf.Tensor).reshape(s.shape)]));
}

/**
 * The same weights as `unpackParams`, for passes that take no gradient through the split (the hand-written update,
 * kept views). On wasm the flat vector is read once and each weight uploaded from a subarray: wasm's Slice copies its
 * whole input for every piece, so `split` moved all 46k values once per weight. Other backends keep the split (on a
 * GPU a read-back would stall).
 */
export function unpackParamsNoGrad(flat: tf.Tensor, specs: readonly ParamSpec[]): Map<string, tf.Tensor> {
  if (tf.getBackend() !== 'wasm') return unpackParams(flat, specs);
  const values = flat.dataSync() as Float32Array;
  let offset = 0;
  return new Map(
    specs.map((s) => {
      const size = sizeOf(s.shape);
      const t = tf.tensor(values.subarray(offset, offset + size), s.shape);
      offset += size;
      return [s.name, t];
    }),
  );
}

const get = (p: ParamTensors, name: string): tf.Tensor2D => {
  const t = p.get(name);
  if (!t) throw new Error(`missing policy weight ${name}`);
  return t as tf.Tensor2D;
};

/** A dense layer by weight name. */
type Dense = (x: tf.Tensor2D, name: string, relu: boolean) => tf.Tensor2D;

/** Plain fused dense layers. */
const plainDense =
  (p: ParamTensors): Dense =>
  (x, name, relu) =>
    tf.fused.matMul({
      a: x,
      b: get(p, `${name}/kernel`),
      bias: get(p, `${name}/bias`),
      activation: relu ? 'relu' : 'linear',
    }) as tf.Tensor2D;

/** Shared encoder: the batched per-node layer, mean and max pooling over tokens, and the trunk MLP. */
function encodeState(dense: Dense, dims: PolicyDims, x: StateTensors) {
  const { config } = dims;
  const n = config.maxTokens;
  const b = x.globals.shape[0];
  const nodeFlat = dense(x.tokens, 'node', true).mul(x.valid) as tf.Tensor2D;
  const nodeH = nodeFlat.reshape([b, n, config.nodeHidden]) as tf.Tensor3D;
  const count = x.valid.reshape([b, n]).sum(1, true).maximum(1);
  const max = nodeH.max(1);
  let h = tf.concat([x.globals, nodeH.sum(1).div(count), max], 1) as tf.Tensor2D;
  config.trunkHidden.forEach((_, i) => {
    h = dense(h, trunkLayer(i), true);
  });
  return { h, nodeFlat, nodeH, b, n };
}

/** Operator embeddings from descriptor rows only: [rows, operatorEmbedding]. */
const embedOperators = (dense: Dense, rows: tf.Tensor2D): tf.Tensor2D =>
  tf.tanh(dense(rows, 'operator', false));

/** Splits the merged head layer into dense logits, pointer queries and operator-slot queries. */
function splitHeads(heads: tf.Tensor2D, dims: PolicyDims) {
  const k = dims.config.pointerKey;
  const e = dims.config.operatorEmbedding;
  return tf.split(heads, [DENSE_LOGITS, POINTER_TYPES.length * k, OP_SLOT_COUNT * e], 1) as [
    tf.Tensor2D,
    tf.Tensor2D,
    tf.Tensor2D,
  ];
}

/**
 * Everything one decision needs, from one pass and one read-back: the merged head layer, each token's key,
 * modify-query term and template term, each operator's embedding and template term. Sampling and the beam then
 * take the dot products head by head in plain JS (`headLogits`), which `batchLogits` computes as tensors.
 */
export function decisionOutputs(
  p: ParamTensors,
  dims: PolicyDims,
  state: StateTensors,
  operators: tf.Tensor2D,
): tf.Tensor1D {
  const dense = plainDense(p);
  const { h, nodeFlat } = encodeState(dense, dims, state);
  const opE = embedOperators(dense, operators);
  const nodeSide = tf.concat([get(p, 'pointer/keys'), get(p, 'slot/target'), get(p, 'template/target')], 1);
  const parts = [
    dense(h, 'heads', false),
    nodeFlat.matMul(nodeSide),
    opE,
    opE.matMul(get(p, 'template/operator')),
  ];
  return tf.concat(parts.map((t) => t.reshape([-1]))) as tf.Tensor1D;
}

/** Offsets of the parts of `decisionOutputs`. */
export function outputLayout(dims: PolicyDims) {
  const { config, headsWidth, opWidth } = dims;
  const n = config.maxTokens;
  const side = config.pointerKey + config.operatorEmbedding + MAX_TEMPLATES;
  const heads = 0;
  const nodeSide = heads + headsWidth;
  const opEmbedding = nodeSide + n * side;
  const opTemplate = opEmbedding + opWidth * config.operatorEmbedding;
  return { heads, nodeSide, side, opEmbedding, opTemplate, total: opTemplate + opWidth * MAX_TEMPLATES };
}

/** Teacher-forced inputs of a batch: the operator table, the used rows, and the conditioning choices. */
export interface BatchInputs extends StateTensors {
  /** Distinct operator-descriptor blocks: [U·opWidth, operatorSize]. */
  opTable: tf.Tensor2D;
  opTableT: tf.Tensor2D;
  /** Which block each decision scores against: [B, 1, U, 1]. */
  block: tf.Tensor4D;
  blocks: number;
  /** Which pointer query the target head uses: [B, 3, 1] (zeros when the type has no target). */
  pointerType: tf.Tensor3D;
  /** The chosen target token: [B, N, 1]. */
  target: tf.Tensor3D;
  /** The operator chosen by addOperator, as a column of the table: [B, U·opWidth]. */
  addOperator: tf.Tensor2D;
  /** Selects the used operator slots into rows: [B, USED_OP_ROWS, OP_SLOT_COUNT], and its transpose. */
  opRows: tf.Tensor3D;
  opRowsT: tf.Tensor3D;
  /** 1 on the row that holds the modifyOperator slot: [B, USED_OP_ROWS, 1]. */
  modifyRow: tf.Tensor3D;
}

/**
 * Logits of the misc heads and of the used operator heads: [B, USED_ROWS, rowWidth], by plain tfjs ops (scoring
 * records; the reference the hand-written training pass of trainForward/trainBackward is tested against).
 */
export function batchLogits(
  p: ParamTensors,
  dims: PolicyDims,
  consts: NetworkConstants,
  x: BatchInputs,
): tf.Tensor3D {
  const dense = plainDense(p);
  const { h, nodeH, b } = encodeState(dense, dims, x);
  const opE = embedOperators(dense, x.opTable);
  const { config, rowWidth: w, opWidth: v } = dims;
  const e = config.operatorEmbedding;
  const k = config.pointerKey;
  const [logits, pointerQ, slotQ] = splitHeads(dense(h, 'heads', false), dims);
  // keys·q = nodeH·(W_k·q): project the one used query back to node space instead of keying every token.
  const query = pointerQ.reshape([b, POINTER_TYPES.length, k]).mul(x.pointerType).sum(1) as tf.Tensor2D;
  const target = nodeH
    .mul(matMulBT2d(query, get(p, 'pointer/keys')).reshape([b, 1, -1]))
    .sum(2) as tf.Tensor2D;
  const targetEmb = nodeH.mul(x.target).sum(1) as tf.Tensor2D;
  const chosenOp = tf.matMul(x.addOperator, opE);
  const template = targetEmb
    .matMul(get(p, 'template/target'))
    .add(chosenOp.matMul(get(p, 'template/operator')));
  const place = (t: tf.Tensor2D, at: Placement) => tf.matMul(t, at.matrix);
  const misc = place(logits, consts.denseLogits)
    .add(place(target, consts.target))
    .add(place(template as tf.Tensor2D, consts.template))
    .reshape([b, MISC_HEAD_COUNT, w]);
  const modifyQ = targetEmb.matMul(get(p, 'slot/target')).reshape([b, 1, e]).mul(x.modifyRow);
  const slots = slotQ.reshape([b, OP_SLOT_COUNT, e]) as tf.Tensor3D;
  const queries = selectRows(x.opRows, x.opRowsT, slots).add(modifyQ);
  const scores = matMulBT2d(queries.reshape([b * USED_OP_ROWS, e]) as tf.Tensor2D, opE);
  let ops =
    x.blocks === 1
      ? scores.reshape([b, USED_OP_ROWS, v])
      : scores.reshape([b, USED_OP_ROWS, x.blocks, v]).mul(x.block).sum(2);
  if (w > v)
    ops = ops.pad([
      [0, 0],
      [0, 0],
      [0, w - v],
    ]);
  return tf.concat([misc, ops], 1) as tf.Tensor3D;
}

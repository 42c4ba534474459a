import * as tf from '@tensorflow/tfjs';
import type { NetworkConstants } from './networkConstants.ts';
import type { PolicyDims } from './policyConfig.ts';
import { MISC_HEAD_COUNT, OP_SLOT_COUNT, USED_OP_ROWS } from './policyHeads.ts';
import type { ParamTensors } from './policyNetwork.ts';
import { trunkLayer } from './policyParams.ts';
import { sumOverTokens, transposeRows } from './trainOps.ts';
import type { ParamSpec } from './policyParams.ts';
import { weight } from './trainForward.ts';
import type { TrainCache, TrainInputs } from './trainForward.ts';

/*
 * Written out by hand rather than by tfjs's tape: on wasm a matmul with a transpose flag is ten times slower
 * than an explicit transpose, a reduction over axis 0 transposes first (a ones-row matmul does not), and the
 * tape costs a few ops per op. Every line is the chain rule of one line of `trainForward`.
 */

const t = (x: tf.Tensor): tf.Tensor2D => x.transpose() as tf.Tensor2D;

/** Gradients of a dense layer y = act(x·W + b) given dL/d(pre-activation) `dz`: [dW, db]. */
const denseGrads = (xT: tf.Tensor2D, dz: tf.Tensor2D, ones: tf.Tensor2D): [tf.Tensor, tf.Tensor] => [
  xT.matMul(dz),
  ones.matMul(dz),
];

/**
 * The flat gradient of the loss (in `specs` order) from dL/dlogits [B, USED_ROWS, rowWidth], by the chain rule
 * through `trainForward`'s ops. Tested against tfjs's autodiff of `batchLogits`.
 */
export function trainBackward(
  dLogits: tf.Tensor3D,
  p: ParamTensors,
  specs: readonly ParamSpec[],
  dims: PolicyDims,
  consts: NetworkConstants,
  x: TrainInputs,
  c: TrainCache,
): tf.Tensor1D {
  const { config, rowWidth: w, opWidth: v, globalSize } = dims;
  const n = config.maxTokens;
  const hn = config.nodeHidden;
  const e = config.operatorEmbedding;
  const b = x.globals.shape[0];
  const g = new Map<string, tf.Tensor>();
  const [dMisc, dOpsRow] = tf.split(
    dLogits.reshape([b, (MISC_HEAD_COUNT + USED_OP_ROWS) * w]),
    [MISC_HEAD_COUNT * w, USED_OP_ROWS * w],
    1,
  ) as [tf.Tensor2D, tf.Tensor2D];
  let dOps: tf.Tensor = dOpsRow;
  if (w > v) dOps = dOps.reshape([b, USED_OP_ROWS, w]).slice([0, 0, 0], [b, USED_OP_ROWS, v]);
  const dScores = (
    x.blocks === 1
      ? dOps.reshape([b * USED_OP_ROWS, v])
      : dOps
          .reshape([b, USED_OP_ROWS, 1, v])
          .mul(x.block)
          .reshape([b * USED_OP_ROWS, x.blocks * v])
  ) as tf.Tensor2D;
  // Operator rows: scores = queries·opEᵀ, queries = opRows·slots + modifyRow ⊗ (targetEmb·W_slot).
  const dQueries = dScores.matMul(c.opE);
  let dOpE = t(dScores).matMul(c.queries);
  const dQ3 = dQueries.reshape([b, USED_OP_ROWS, e]) as tf.Tensor3D;
  // dSlots = opRowsᵀ·dQ, as a product broadcast over [B, slots, rows, e] summed over the 3 rows: the batched
  // [B, 10, 3]×[B, 3, 16] matmul takes wasm's naive loop, about twice as slow. Exact: one term per slot is non-zero.
  const dSlots = x.opRowsT
    .reshape([b, OP_SLOT_COUNT, USED_OP_ROWS, 1])
    .mul(dQ3.reshape([b, 1, USED_OP_ROWS, e]))
    .sum(2)
    .reshape([b, -1]);
  const dModifyQ = dQ3.mul(x.modifyRow).sum(1) as tf.Tensor2D;
  // Misc rows: the placements are 0/1 matrices, so their transposes route the gradient back.
  const dDense = dMisc.matMul(consts.denseLogits.transposed);
  const dTarget = dMisc.matMul(consts.target.transposed);
  const dTemplate = dMisc.matMul(consts.template.transposed);
  const targetEmbT = t(c.targetEmb);
  g.set('template/target', targetEmbT.matMul(dTemplate));
  g.set('template/operator', t(c.chosenOp).matMul(dTemplate));
  g.set('slot/target', targetEmbT.matMul(dModifyQ));
  const dTargetEmb = dTemplate
    .matMul(t(weight(p, 'template/target')))
    .add(dModifyQ.matMul(t(weight(p, 'slot/target'))));
  const dChosenOp = dTemplate.matMul(t(weight(p, 'template/operator')));
  dOpE = dOpE.add(x.addOperatorT.matMul(dChosenOp));
  // Pointer: target[b, n] = nodeH[b, n]·targetQ[b], targetQ = query·W_keysᵀ.
  const dTarget3 = dTarget.reshape([b, n, 1]);
  const dTargetQ = sumOverTokens(c.nodeH.mul(dTarget3) as tf.Tensor3D);
  g.set('pointer/keys', t(dTargetQ).matMul(c.query));
  const dQuery = dTargetQ.matMul(weight(p, 'pointer/keys'));
  const dPointerQ = dQuery.matMul(x.pointerFoldT).mul(x.pointerMask);
  const dHeads = tf.concat([dDense, dPointerQ, dSlots], 1) as tf.Tensor2D;
  // Head layer and trunk, last layer first.
  const hs = c.hs;
  const last = hs.length - 1;
  const [dWh, dbh] = denseGrads(transposeRows(hs[last] as tf.Tensor2D), dHeads, x.onesB);
  g.set('heads/kernel', dWh);
  g.set('heads/bias', dbh);
  let dh = dHeads.matMul(t(weight(p, 'heads/kernel')));
  for (let i = last - 1; i >= 0; i--) {
    const dz = dh.mul(tf.step(hs[i + 1] as tf.Tensor2D)) as tf.Tensor2D;
    const [dW, db] = denseGrads(transposeRows(hs[i] as tf.Tensor2D), dz, x.onesB);
    g.set(`${trunkLayer(i)}/kernel`, dW);
    g.set(`${trunkLayer(i)}/bias`, db);
    // The first layer's input is the pooled state: only its pooled columns (after the globals) need a gradient.
    const kernel = weight(p, `${trunkLayer(i)}/kernel`);
    dh =
      i > 0 ? dz.matMul(t(kernel)) : dz.matMul(t(kernel.slice([globalSize, 0], [2 * hn, kernel.shape[1]])));
  }
  const [dMean, dMax] = tf.split(dh, [hn, hn], 1) as [tf.Tensor2D, tf.Tensor2D];
  // Pooling, pointer and target embedding all read nodeH: their gradients meet there.
  const isMax = tf.step(c.nodeH.sub(c.max.reshape([b, 1, hn])).add(1e-12));
  const dNodeH = isMax
    .mul(dMax.reshape([b, 1, hn]))
    .add(dMean.mul(x.invCount).reshape([b, 1, hn]))
    .add(dTarget3.mul(c.targetQ.reshape([b, 1, hn])))
    .add(x.target.mul(dTargetEmb.reshape([b, 1, hn])));
  // step(nodeFlat) is the relu's gradient times the valid mask (padding tokens are exactly zero).
  const dNode = dNodeH.reshape([b * n, hn]).mul(tf.step(c.nodeFlat)) as tf.Tensor2D;
  const [dWn, dbn] = denseGrads(x.tokensT, dNode, x.onesTokens);
  g.set('node/kernel', dWn);
  g.set('node/bias', dbn);
  const dOpPre = dOpE.mul(tf.scalar(1).sub(c.opE.square())) as tf.Tensor2D;
  const [dWo, dbo] = denseGrads(x.opTableT, dOpPre, x.onesOps);
  g.set('operator/kernel', dWo);
  g.set('operator/bias', dbo);
  return tf.concat(
    specs.map((s) => {
      const grad = g.get(s.name);
      if (!grad) throw new Error(`no gradient for policy weight ${s.name}`);
      return grad.reshape([-1]);
    }),
  ) as tf.Tensor1D;
}

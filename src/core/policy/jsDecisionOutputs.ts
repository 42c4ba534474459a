import type { PolicyDims } from './policyConfig.ts';
import { MAX_TEMPLATES } from './policyHeads.ts';
import { outputLayout } from './policyNetwork.ts';
import { sizeOf, trunkLayer } from './policyParams.ts';
import type { ParamSpec } from './policyParams.ts';

/** The weights as plain arrays by name (views into one copy of the flat vector). */
export type JsWeights = ReadonlyMap<string, Float32Array>;

/** Splits a flat weight vector into named views, in spec order. */
export function jsWeights(flat: Float32Array, specs: readonly ParamSpec[]): JsWeights {
  const out = new Map<string, Float32Array>();
  let offset = 0;
  for (const spec of specs) {
    const size = sizeOf(spec.shape);
    out.set(spec.name, flat.subarray(offset, offset + size));
    offset += size;
  }
  return out;
}

const weight = (w: JsWeights, name: string): Float32Array => {
  const found = w.get(name);
  if (!found) throw new Error(`missing policy weight ${name}`);
  return found;
};

/** out[o] += Σ_i x[xOff + i] · W[i, o] for a row-major [inSize, outSize] kernel. */
function accumulate(
  out: Float64Array,
  x: ArrayLike<number>,
  xOff: number,
  inSize: number,
  kernel: Float32Array,
  outSize: number,
): void {
  for (let i = 0; i < inSize; i++) {
    const xi = x[xOff + i] ?? 0;
    if (xi === 0) continue;
    const row = i * outSize;
    for (let o = 0; o < outSize; o++) out[o] = (out[o] ?? 0) + xi * (kernel[row + o] ?? 0);
  }
}

/** A dense layer on one row: (x·W + b), then relu or tanh. */
function dense(
  w: JsWeights,
  name: string,
  x: ArrayLike<number>,
  xOff: number,
  inSize: number,
  activation: 'relu' | 'tanh' | 'linear',
): Float64Array {
  const bias = weight(w, `${name}/bias`);
  const out = Float64Array.from(bias);
  accumulate(out, x, xOff, inSize, weight(w, `${name}/kernel`), bias.length);
  if (activation === 'relu') for (let o = 0; o < out.length; o++) out[o] = Math.max(0, out[o] ?? 0);
  if (activation === 'tanh') for (let o = 0; o < out.length; o++) out[o] = Math.tanh(out[o] ?? 0);
  return out;
}

/**
 * `decisionOutputs` computed in plain JS for one decision: the same layout and the same math as the tensor path
 * (which stays the reference, and trains). A batch-1 pass is ~70k multiply-adds, so plain loops beat tens of
 * tfjs kernel launches on every backend, and on the GPU backends they avoid a read-back per decision.
 */
export function jsDecisionOutputs(w: JsWeights, dims: PolicyDims, features: Float32Array): Float32Array {
  const { config, globalSize: g, tokenSize: t, operatorSize: d, opWidth } = dims;
  const n = config.maxTokens;
  const hn = config.nodeHidden;
  const e = config.operatorEmbedding;
  const k = config.pointerKey;
  const layout = outputLayout(dims);
  const out = new Float32Array(layout.total);

  const nodes: (Float64Array | null)[] = [];
  const mean = new Float64Array(hn);
  const max = new Float64Array(hn);
  let count = 0;
  for (let tok = 0; tok < n; tok++) {
    const at = g + tok * t;
    if (features[at] !== 1) {
      nodes.push(null);
      continue;
    }
    const h = dense(w, 'node', features, at, t, 'relu');
    nodes.push(h);
    count++;
    for (let i = 0; i < hn; i++) {
      mean[i] = (mean[i] ?? 0) + (h[i] ?? 0);
      max[i] = Math.max(max[i] ?? 0, h[i] ?? 0);
    }
  }
  for (let i = 0; i < hn; i++) mean[i] = (mean[i] ?? 0) / Math.max(1, count);

  let h: ArrayLike<number> = [...features.subarray(0, g), ...mean, ...max];
  config.trunkHidden.forEach((_, i) => {
    h = dense(w, trunkLayer(i), h, 0, h.length, 'relu');
  });
  out.set(dense(w, 'heads', h, 0, h.length, 'linear'), layout.heads);

  const side = new Float32Array(hn * layout.side);
  const parts: [string, number][] = [
    ['pointer/keys', k],
    ['slot/target', e],
    ['template/target', MAX_TEMPLATES],
  ];
  for (let i = 0; i < hn; i++) {
    let col = 0;
    for (const [name, width] of parts) {
      side.set(weight(w, name).subarray(i * width, (i + 1) * width), i * layout.side + col);
      col += width;
    }
  }
  nodes.forEach((node, tok) => {
    if (!node) return;
    const row = new Float64Array(layout.side);
    accumulate(row, node, 0, hn, side, layout.side);
    out.set(row, layout.nodeSide + tok * layout.side);
  });

  const opStart = dims.featureSize - opWidth * d;
  const templateOp = weight(w, 'template/operator');
  for (let j = 0; j < opWidth; j++) {
    const emb = dense(w, 'operator', features, opStart + j * d, d, 'tanh');
    out.set(emb, layout.opEmbedding + j * e);
    const tpl = new Float64Array(MAX_TEMPLATES);
    accumulate(tpl, emb, 0, e, templateOp, MAX_TEMPLATES);
    out.set(tpl, layout.opTemplate + j * MAX_TEMPLATES);
  }
  return out;
}

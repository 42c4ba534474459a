import type { EpisodeBatchItem, UpdateOptions } from '../policy/types.ts';

/** Loss terms and the gradient of the loss with respect to every logit of the table. */
export interface TabularGradients {
  loss: number;
  kl: number;
  entropy: number;
  gradNorm: number;
  grad: Float64Array;
}

function softmax(logits: Float64Array, offset: number, mask: Float32Array): number[] {
  const z = Array.from(mask, (m, j) => (m > 0 ? (logits[offset + j] as number) : -Infinity));
  const max = Math.max(...z);
  const e = z.map((v) => (v === -Infinity ? 0 : Math.exp(v - max)));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

/**
 * The CWRPO loss of SPEC §5 on a single softmax head: per episode the mean over its decisions of
 * −min(ρÂ, clip(ρ)Â) + β·KL(π‖π_ref) − η·H, then the mean over episodes, with its exact gradient.
 */
export function tabularGradients(
  logits: Float64Array,
  reference: Float64Array,
  width: number,
  batch: readonly EpisodeBatchItem[],
  opts: UpdateOptions,
): TabularGradients {
  const grad = new Float64Array(logits.length);
  let loss = 0;
  let klSum = 0;
  let entropySum = 0;
  let decisions = 0;
  for (const item of batch) {
    const weight = 1 / Math.max(1, batch.length) / Math.max(1, item.decisions.length);
    for (const d of item.decisions) {
      const row = (d.features[0] ?? 0) * width;
      const a = d.choices[0] ?? -1;
      if (a < 0) continue;
      const p = softmax(logits, row, d.masks);
      const q = softmax(reference, row, d.masks);
      const pa = p[a] as number;
      const ratio = pa / Math.exp(d.logProb);
      const A = item.advantage;
      const clipped = Math.min(Math.max(ratio, 1 - opts.clipEpsilon), 1 + opts.clipEpsilon);
      const kl = p.reduce((s, pj, j) => (pj > 0 ? s + pj * Math.log(pj / (q[j] as number)) : s), 0);
      const entropy = -p.reduce((s, pj) => (pj > 0 ? s + pj * Math.log(pj) : s), 0);
      loss += weight * (-Math.min(ratio * A, clipped * A) + opts.klBeta * kl - opts.entropyCoef * entropy);
      klSum += kl;
      entropySum += entropy;
      decisions += 1;
      // The clipped branch has no gradient once the ratio has moved past the clip in the advantage's direction.
      const active = !((A > 0 && ratio > 1 + opts.clipEpsilon) || (A < 0 && ratio < 1 - opts.clipEpsilon));
      p.forEach((pj, j) => {
        if (pj === 0) return;
        const logRatio = Math.log(pj / (q[j] as number));
        let g = opts.klBeta * pj * (logRatio - kl) + opts.entropyCoef * pj * (Math.log(pj) + entropy);
        if (active) g -= A * ratio * ((j === a ? 1 : 0) - pj);
        grad[row + j] = (grad[row + j] as number) + weight * g;
      });
    }
  }
  const gradNorm = Math.sqrt(grad.reduce((s, g) => s + g * g, 0));
  const n = Math.max(1, decisions);
  return { loss, kl: klSum / n, entropy: entropySum / n, gradNorm, grad };
}

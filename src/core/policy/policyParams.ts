import type { Rng } from '../ports/Rng.ts';
import { createRng } from '../util/createRng.ts';
import type { PolicyDims } from './policyConfig.ts';
import { MAX_TEMPLATES } from './policyHeads.ts';

/** How a weight starts: Glorot-uniform, zeros, or a tenth of Glorot (output heads start near uniform). */
export type ParamInit = 'glorot' | 'zeros' | 'head';

/** One named weight of the network, stored in this order in the flat parameter vector and the checkpoint. */
export interface ParamSpec {
  name: string;
  shape: number[];
  init: ParamInit;
}

const dense = (name: string, inSize: number, outSize: number, init: ParamInit = 'glorot'): ParamSpec[] => [
  { name: `${name}/kernel`, shape: [inSize, outSize], init },
  { name: `${name}/bias`, shape: [outSize], init: 'zeros' },
];

/** Names of the trunk layers, for the forward pass. */
export const trunkLayer = (i: number): string => `trunk${i}`;

/**
 * The weights of the factored MLP policy: per-node layer, trunk, operator-descriptor embedding, one merged head
 * layer (dense logits, pointer queries, operator-slot queries) and the per-token and per-operator projections that
 * condition the pointer, the modify slot and the template head.
 */
export function paramSpecs(dims: PolicyDims): ParamSpec[] {
  const { config, globalSize, tokenSize, operatorSize, headsWidth } = dims;
  const hn = config.nodeHidden;
  const e = config.operatorEmbedding;
  const trunk: ParamSpec[] = [];
  let width = globalSize + 2 * hn;
  config.trunkHidden.forEach((size, i) => {
    trunk.push(...dense(trunkLayer(i), width, size));
    width = size;
  });
  return [
    ...dense('node', tokenSize, hn),
    ...trunk,
    ...dense('operator', operatorSize, e),
    ...dense('heads', width, headsWidth, 'head'),
    { name: 'pointer/keys', shape: [hn, config.pointerKey], init: 'glorot' },
    { name: 'slot/target', shape: [hn, e], init: 'head' },
    { name: 'template/target', shape: [hn, MAX_TEMPLATES], init: 'head' },
    { name: 'template/operator', shape: [e, MAX_TEMPLATES], init: 'head' },
  ];
}

/** Number of scalars in a shape. */
export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Total scalars over the specs (the flat vector's length). */
export const totalSize = (specs: readonly ParamSpec[]): number =>
  specs.reduce((sum, s) => sum + sizeOf(s.shape), 0);

function fill(out: Float32Array, offset: number, spec: ParamSpec, rng: Rng): void {
  if (spec.init === 'zeros') return;
  const fanIn = spec.shape[0] ?? 1;
  const fanOut = spec.shape[1] ?? 1;
  const limit = Math.sqrt(6 / (fanIn + fanOut)) * (spec.init === 'head' ? 0.1 : 1);
  const n = sizeOf(spec.shape);
  for (let i = 0; i < n; i++) out[offset + i] = (2 * rng.next() - 1) * limit;
}

/** Seeded initial weights as one flat vector (each weight from its own forked stream, so sizes don't shift it). */
export function initialParams(specs: readonly ParamSpec[], seed: string | number): Float32Array {
  const out = new Float32Array(totalSize(specs));
  const root = createRng(`policy-init:${String(seed)}`);
  let offset = 0;
  for (const spec of specs) {
    fill(out, offset, spec, root.fork(spec.name));
    offset += sizeOf(spec.shape);
  }
  return out;
}

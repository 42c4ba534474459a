import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { OPERATOR_CATEGORIES, VALUE_KINDS } from '../operators/types.ts';
import type { CostClass, OperatorDefinition } from '../operators/types.ts';
import { MAX_TEMPLATES } from './policyHeads.ts';

const COST_CLASSES: readonly CostClass[] = ['none', 'low', 'medium', 'high'];
const FLAGS = [
  'isSolver',
  'isChecker',
  'runsTests',
  'isEnsemble',
  'isFormatter',
  'needsLlm',
  'needsSandbox',
] as const;

/**
 * Features of one operator read from its descriptor only (never its name), so a new operator of a known kind
 * lands near the operators it resembles: present, category, cost class, input kinds, output kind, role flags,
 * how many prompt templates it has, and a last flag that marks the conditional's `done` pseudo-operator.
 */
export const OPERATOR_FEATURES =
  1 + OPERATOR_CATEGORIES.length + COST_CLASSES.length + 2 * VALUE_KINDS.length + FLAGS.length + 2;

/** Writes an operator's descriptor features at `offset`; an unknown operator (undefined) stays all zeros. */
export function writeOperatorFeatures(
  out: Float32Array,
  offset: number,
  def: OperatorDefinition | undefined,
): void {
  if (!def) return;
  const d = def.descriptor;
  let i = offset;
  out[i++] = 1;
  for (const c of OPERATOR_CATEGORIES) out[i++] = d.category === c ? 1 : 0;
  for (const c of COST_CLASSES) out[i++] = d.costClass === c ? 1 : 0;
  for (const k of VALUE_KINDS) out[i++] = d.inputKinds.includes(k) ? 1 : 0;
  for (const k of VALUE_KINDS) out[i++] = d.outputKind === k ? 1 : 0;
  for (const f of FLAGS) out[i++] = d[f] ? 1 : 0;
  out[i] = Math.min(def.templates.length, MAX_TEMPLATES) / MAX_TEMPLATES;
}

const registryCache = new WeakMap<OperatorRegistry, Map<number, Float32Array>>();

/**
 * The descriptor features of the first `maxTypes` registered operators, padded with zero rows, then one row for
 * the conditional's `done` choice (so every operator head scores `done` like an operator, with its own learned
 * embedding). Cached per registry (registries are immutable, `extend` makes a new one).
 */
export function encodeRegistry(registry: OperatorRegistry, maxTypes: number): Float32Array {
  const byWidth = registryCache.get(registry) ?? new Map<number, Float32Array>();
  registryCache.set(registry, byWidth);
  const cached = byWidth.get(maxTypes);
  if (cached) return cached;
  const out = new Float32Array((maxTypes + 1) * OPERATOR_FEATURES);
  registry
    .list()
    .slice(0, maxTypes)
    .forEach((def, j) => writeOperatorFeatures(out, j * OPERATOR_FEATURES, def));
  out[(maxTypes + 1) * OPERATOR_FEATURES - 1] = 1;
  byWidth.set(maxTypes, out);
  return out;
}

import type { NodeSlot } from '../graph/structureRules.ts';
import type { WorkflowNode } from '../graph/types.ts';
import { placedOperators } from '../graph/workflowQueries.ts';
import type { PlacedOperator } from '../graph/workflowQueries.ts';
import { encodeRegistry, writeOperatorFeatures, OPERATOR_FEATURES } from './encodeOperator.ts';
import { GLOBAL_FEATURES, writeGlobalFeatures } from './globalFeatures.ts';
import { MAX_TEMPLATES } from './policyHeads.ts';
import type { PolicyInput } from './types.ts';

export { GLOBAL_FEATURES } from './globalFeatures.ts';

const SLOTS: readonly NodeSlot[] = ['top', 'branch', 'checker', 'fix', 'otherwise', 'body'];
const KINDS: readonly WorkflowNode['kind'][] = ['operator', 'parallel', 'conditional', 'loop'];
const STATUSES = ['succeeded', 'failed', 'skipped', 'aborted'] as const;

/**
 * Features of one operator-node token: valid, the operator's descriptor features (never its name), its slot and
 * structure, loop count, place in the workflow, execution status in the last run, and prompt template.
 */
export const TOKEN_FEATURES =
  1 + OPERATOR_FEATURES + SLOTS.length + KINDS.length + 5 + (STATUSES.length + 1) + (MAX_TEMPLATES + 1);

/** The fixed-size encoding of an observation and the token bookkeeping the heads need to decode choices. */
export interface EncodedObservation {
  /** Global features, then `maxTokens` token rows, then `maxTypes` operator-descriptor rows and the `done` row. */
  features: Float32Array;
  /** The operator node behind each token (document order, structure children included). */
  tokens: PlacedOperator[];
  /** Token of each top-level node's first operator (the delete pointer's target), -1 beyond the budget. */
  headToken: number[];
}

function writeToken(
  out: Float32Array,
  offset: number,
  placed: PlacedOperator,
  input: PolicyInput,
  parent: WorkflowNode,
): void {
  const { workflow, lastFeedback } = input.observation;
  const def = input.registry.get(placed.node.operator);
  let i = offset;
  out[i++] = 1;
  writeOperatorFeatures(out, i, def);
  i += OPERATOR_FEATURES;
  for (const s of SLOTS) out[i++] = placed.slot === s ? 1 : 0;
  for (const k of KINDS) out[i++] = parent.kind === k ? 1 : 0;
  out[i++] = parent.kind === 'loop' ? parent.count / 5 : 0;
  out[i++] = placed.childIndex / 3;
  out[i++] = placed.topIndex / Math.max(1, input.context.rules.maxNodes);
  out[i++] = placed.topIndex === 0 ? 1 : 0;
  out[i++] = placed.topIndex === workflow.nodes.length - 1 ? 1 : 0;
  const perNode = lastFeedback?.perNode;
  const status = perNode?.[placed.node.id] ?? perNode?.[parent.id];
  for (const s of STATUSES) out[i++] = status === s ? 1 : 0;
  out[i++] = status === undefined ? 1 : 0;
  const prompt = placed.node.prompt;
  const template =
    prompt.kind === 'template' ? (def?.templates.findIndex((t) => t.id === prompt.id) ?? -1) : -1;
  for (let t = 0; t < MAX_TEMPLATES; t++) out[i++] = template === t ? 1 : 0;
  out[i] = prompt.kind === 'text' ? 1 : 0;
}

/**
 * Encodes what the policy sees as fixed-size features (no raw text model): global task, workflow, turn and
 * feedback features; one token per operator node up to `maxTokens`; the registry's descriptor rows.
 */
export function encodeObservation(
  input: PolicyInput,
  sizes: { maxTokens: number; maxOperatorTypes: number },
): EncodedObservation {
  const globalSize = GLOBAL_FEATURES;
  const { maxTokens, maxOperatorTypes } = sizes;
  const features = new Float32Array(
    globalSize + maxTokens * TOKEN_FEATURES + (maxOperatorTypes + 1) * OPERATOR_FEATURES,
  );
  writeGlobalFeatures(features, input);
  const workflow = input.observation.workflow;
  const all = placedOperators(workflow);
  const tokens = all.slice(0, maxTokens);
  const headToken = workflow.nodes.map(() => -1);
  tokens.forEach((placed, t) => {
    if (headToken[placed.topIndex] === -1) headToken[placed.topIndex] = t;
    const parent = workflow.nodes[placed.topIndex] ?? placed.node;
    writeToken(features, globalSize + t * TOKEN_FEATURES, placed, input, parent);
  });
  features.set(encodeRegistry(input.registry, maxOperatorTypes), globalSize + maxTokens * TOKEN_FEATURES);
  return { features, tokens, headToken };
}

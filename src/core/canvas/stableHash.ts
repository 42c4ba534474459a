import type { Workflow } from '../graph/types.ts';
import type { StageState } from '../operators/types.ts';
import { hashHex } from '../util/hash.ts';

/** JSON with object keys sorted, so equal values always print, and hash, the same. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** Hash of a stage state: the input part of a node-cache key. */
export const hashStageState = (state: StageState): string => hashHex(stableStringify(state));

/** Hash of a workflow's semantics (its nodes; the id counter and any layout do not count). */
export const hashWorkflow = (workflow: Workflow): string => hashHex(stableStringify(workflow.nodes));

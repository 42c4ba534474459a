import { stableStringify } from '../canvas/stableHash.ts';
import type { Workflow } from '../graph/types.ts';
import type { DiffOp, WorkflowDiff } from './types.ts';
import { deepEqual, definedKeys, isRecord } from './jsonValue.ts';

type Path = (string | number)[];

// Nodes and children are matched by id, so an edit inside a node is a small op rather than a remove and insert.
const matchKey = (value: unknown): string =>
  isRecord(value) && typeof value['id'] === 'string' ? `id:${value['id']}` : `v:${stableStringify(value)}`;

/** Index pairs of a longest common subsequence of the two key lists, in increasing order. */
function commonPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => table[i * cols + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Removals first (from the back, so earlier indices stay valid), then insertions in increasing target index (each
 * lands where it belongs because everything before it is already in place), then the matched elements' own diffs
 * at their final indices. Inverting the ops in reverse order undoes the three phases in turn.
 */
function diffArray(before: unknown[], after: unknown[], path: Path, ops: DiffOp[]): void {
  const pairs = commonPairs(before.map(matchKey), after.map(matchKey));
  const keptBefore = new Set(pairs.map(([i]) => i));
  const keptAfter = new Set(pairs.map(([, j]) => j));
  for (let i = before.length - 1; i >= 0; i--) {
    if (!keptBefore.has(i)) ops.push({ path: [...path, i], before: structuredClone(before[i]) });
  }
  after.forEach((value, j) => {
    if (!keptAfter.has(j)) ops.push({ path: [...path, j], after: structuredClone(value) });
  });
  for (const [i, j] of pairs) diffValue(before[i], after[j], [...path, j], ops);
}

function diffValue(before: unknown, after: unknown, path: Path, ops: DiffOp[]): void {
  if (deepEqual(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after, path, ops);
  if (isRecord(before) && isRecord(after)) {
    const keys = definedKeys(before);
    const sameKeys = keys.length === definedKeys(after).length && keys.every((k) => after[k] !== undefined);
    // A change of shape (a prompt from template to text, a node of another kind) replaces the whole object, so
    // applying the diff never reorders keys.
    if (sameKeys) {
      for (const key of keys) diffValue(before[key], after[key], [...path, key], ops);
      return;
    }
  }
  ops.push({ path, before: structuredClone(before), after: structuredClone(after) });
}

/**
 * The minimal reversible change from one workflow to another: nodes and children are matched by id, unchanged
 * subtrees give no ops, a changed field gives one op at its path. Pure: neither input is touched.
 */
export function diffWorkflow(before: Workflow, after: Workflow): WorkflowDiff {
  const ops: DiffOp[] = [];
  diffValue(before, after, [], ops);
  return ops;
}

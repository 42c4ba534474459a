import type { Workflow } from '../graph/types.ts';
import type { DiffOp, WorkflowDiff } from './types.ts';
import { deepEqual } from './jsonValue.ts';

/** A diff that does not fit the workflow it is applied to (another workflow, or ops out of order). */
export class DiffMismatchError extends Error {
  override name = 'DiffMismatchError';
}

const where = (path: readonly (string | number)[]): string => (path.length === 0 ? '(root)' : path.join('.'));

function containerAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) {
      throw new DiffMismatchError(`The diff path ${where(path)} does not exist in this workflow.`);
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function applyOp(root: unknown, op: DiffOp): unknown {
  const has = (field: 'before' | 'after'): boolean => Object.hasOwn(op, field);
  if (op.path.length === 0) {
    if (!deepEqual(root, op.before)) {
      throw new DiffMismatchError('The diff was made from another workflow: (root) differs.');
    }
    return structuredClone(op.after);
  }
  const parent = containerAt(root, op.path.slice(0, -1));
  const key = op.path[op.path.length - 1] as string | number;
  if (typeof parent !== 'object' || parent === null) {
    throw new DiffMismatchError(`The diff path ${where(op.path)} does not exist in this workflow.`);
  }
  const after = structuredClone(op.after);
  if (Array.isArray(parent)) {
    if (typeof key !== 'number' || key < 0 || key > parent.length - (has('before') ? 1 : 0)) {
      throw new DiffMismatchError(`The diff index ${where(op.path)} is outside the list.`);
    }
    if (has('before') && !deepEqual(parent[key], op.before)) {
      throw new DiffMismatchError(`The diff was made from another workflow: ${where(op.path)} differs.`);
    }
    if (!has('before')) parent.splice(key, 0, after);
    else if (!has('after')) parent.splice(key, 1);
    else parent[key] = after;
    return root;
  }
  const record = parent as Record<string | number, unknown>;
  const current = Object.hasOwn(record, key) ? record[key] : undefined;
  if (!deepEqual(current, op.before)) {
    throw new DiffMismatchError(`The diff was made from another workflow: ${where(op.path)} differs.`);
  }
  if (has('after')) record[key] = after;
  else delete record[key];
  return root;
}

const invert = (op: DiffOp): DiffOp => {
  const inverse: DiffOp = { path: op.path };
  if (Object.hasOwn(op, 'after')) inverse.before = op.after;
  if (Object.hasOwn(op, 'before')) inverse.after = op.before;
  return inverse;
};

/** Applies a diff to a copy of the workflow (the input is untouched); throws DiffMismatchError if it does not fit. */
export function applyDiff(w: Workflow, diff: WorkflowDiff): Workflow {
  let root: unknown = structuredClone(w);
  for (const op of diff) root = applyOp(root, op);
  return root as Workflow;
}

/** Undoes a diff on a copy of the workflow it produced (the input is untouched). */
export function revertDiff(w: Workflow, diff: WorkflowDiff): Workflow {
  return applyDiff(w, diff.map(invert).reverse());
}

import type { ErrorCode } from '../errors.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { LOOP_ARITY, PARALLEL_ARITY, isLoopCount, promptProblem, slotProblem } from './structureRules.ts';
import type { NodeId, Workflow } from './types.ts';
import { allNodeIds, placedOperators } from './workflowQueries.ts';

/** One broken invariant of a workflow. `nodeId` is null for workflow-wide problems. */
export interface WorkflowIssue {
  code: ErrorCode;
  message: string;
  nodeId: NodeId | null;
}

/** The number of a canonical node id (`n7` → 7), or null for any other text. */
export function nodeIdNumber(id: string): number | null {
  const match = /^n([1-9][0-9]*)$/.exec(id);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * Lists every structural invariant the workflow breaks (empty when valid): structure arities and counts, slot
 * rules read from descriptors, unknown operators and templates, short free text, and id hygiene.
 */
export function validateWorkflow(w: Workflow, registry: OperatorRegistry): WorkflowIssue[] {
  const issues: WorkflowIssue[] = [];
  const issue = (code: ErrorCode, message: string, nodeId: NodeId | null): void => {
    issues.push({ code, message, nodeId });
  };
  if (!Number.isInteger(w.nextId) || w.nextId < 1) {
    issue('E_BAD_NODE_ID', `The id counter nextId must be a positive integer, not ${w.nextId}.`, null);
  }
  const seen = new Set<string>();
  for (const id of allNodeIds(w)) {
    if (seen.has(id)) issue('E_DUPLICATE_NODE_ID', `Two nodes have the id "${id}".`, id);
    seen.add(id);
    const n = nodeIdNumber(id);
    if (n === null) issue('E_BAD_NODE_ID', `Node id "${id}" is not of the form n1, n2, ….`, id);
    else if (n >= w.nextId) {
      issue('E_BAD_NODE_ID', `Node id "${id}" is not below the id counter nextId = ${w.nextId}.`, id);
    }
  }
  for (const node of w.nodes) {
    if (node.kind === 'parallel') {
      const k = node.children.length;
      if (k < PARALLEL_ARITY.min || k > PARALLEL_ARITY.max) {
        issue('E_BAD_ARITY', `Parallel node ${node.id} has ${k} branches; it needs 2 or 3.`, node.id);
      }
    } else if (node.kind === 'loop') {
      const k = node.children.length;
      if (k < LOOP_ARITY.min || k > LOOP_ARITY.max) {
        issue('E_BAD_ARITY', `Loop node ${node.id} has ${k} operators; it needs 1 or 2.`, node.id);
      }
      if (!isLoopCount(node.count)) {
        issue(
          'E_BAD_COUNT',
          `Loop node ${node.id} repeats ${node.count} times; use an integer from 1 to 5.`,
          node.id,
        );
      }
    }
  }
  for (const placed of placedOperators(w)) {
    const { node, slot } = placed;
    const def = registry.get(node.operator);
    if (!def) {
      const lookup = registry.lookup(node.operator);
      issue(
        'E_UNKNOWN_OPERATOR',
        lookup.ok ? `Unknown operator "${node.operator}".` : lookup.message,
        node.id,
      );
      continue;
    }
    const slotIssue = slotProblem(slot, def);
    if (slotIssue) issue(slotIssue.code, `Node ${node.id}: ${slotIssue.message}`, node.id);
    const promptIssue = promptProblem(def, node.prompt);
    if (promptIssue) issue(promptIssue.code, `Node ${node.id}: ${promptIssue.message}`, node.id);
  }
  return issues;
}

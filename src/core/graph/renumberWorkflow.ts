import type { OperatorNode, Workflow, WorkflowNode } from './types.ts';
import { toNodeId } from './types.ts';
import { assertNever } from '../util/assertNever.ts';

/**
 * The same workflow with ids n1, n2, … in document order (a structure before its children) and nextId just
 * past them: the numbering `parseWorkflow` produces, so canonical workflows compare equal.
 */
export function renumberWorkflow(w: Workflow): Workflow {
  let next = 1;
  const id = () => toNodeId(`n${next++}`);
  const op = (node: OperatorNode): OperatorNode => ({ ...node, id: id() });
  const renumber = (node: WorkflowNode): WorkflowNode => {
    switch (node.kind) {
      case 'operator':
        return op(node);
      case 'parallel':
      case 'loop': {
        const own = id();
        return { ...node, id: own, children: node.children.map(op) };
      }
      case 'conditional': {
        const own = id();
        const checker = op(node.checker);
        const fix = op(node.fix);
        return { ...node, id: own, checker, fix, otherwise: node.otherwise ? op(node.otherwise) : null };
      }
      default:
        return assertNever(node, 'node kind');
    }
  };
  const nodes = w.nodes.map(renumber);
  return { nodes, nextId: next };
}

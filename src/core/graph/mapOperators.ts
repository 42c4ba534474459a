import { assertNever } from '../util/assertNever.ts';
import type { OperatorNode, Workflow, WorkflowNode } from './types.ts';

/**
 * A copy of the workflow with `fn` applied to every operator node, structure children included; nodes `fn`
 * returns unchanged keep their identity, so untouched parts are shared, never mutated.
 */
export function mapOperators(w: Workflow, fn: (node: OperatorNode) => OperatorNode): Workflow {
  const mapNode = (node: WorkflowNode): WorkflowNode => {
    switch (node.kind) {
      case 'operator':
        return fn(node);
      case 'parallel':
        return { ...node, children: node.children.map(fn) };
      case 'loop':
        return { ...node, children: node.children.map(fn) };
      case 'conditional':
        return {
          ...node,
          checker: fn(node.checker),
          fix: fn(node.fix),
          otherwise: node.otherwise && fn(node.otherwise),
        };
      default:
        return assertNever(node, 'node kind');
    }
  };
  return { ...w, nodes: w.nodes.map(mapNode) };
}

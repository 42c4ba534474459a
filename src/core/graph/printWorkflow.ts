import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { assertNever } from '../util/assertNever.ts';
import type { OperatorNode, Workflow, WorkflowNode } from './types.ts';

/**
 * One operator in text form: the bare name for its default (first) template, `#id` or `("text")` otherwise.
 * Template ids read back only when made of letters, digits, `_`, `.` and `-` (the DSL's id characters).
 */
export function printOperator(node: OperatorNode, registry: OperatorRegistry): string {
  const { prompt } = node;
  if (prompt.kind === 'text') return `${node.operator}(${JSON.stringify(prompt.text)})`;
  const first = registry.get(node.operator)?.templates[0];
  return first?.id === prompt.id ? node.operator : `${node.operator}#${prompt.id}`;
}

/** One top-level node in text form. */
export function printNode(node: WorkflowNode, registry: OperatorRegistry): string {
  const op = (n: OperatorNode) => printOperator(n, registry);
  switch (node.kind) {
    case 'operator':
      return op(node);
    case 'parallel':
      return `[${node.children.map(op).join(', ')}]`;
    case 'loop':
      return `(${node.children.map(op).join(' -> ')}) * ${node.count}`;
    case 'conditional':
      return `${op(node.checker)} ? ${op(node.fix)} : ${node.otherwise ? op(node.otherwise) : 'done'}`;
    default:
      return assertNever(node, 'node kind');
  }
}

/**
 * The canonical text form of a workflow (`parseWorkflow` reads it back to an equal workflow once ids are
 * canonical); the empty workflow prints as the empty string. Ids are not part of the text.
 */
export const printWorkflow = (w: Workflow, registry: OperatorRegistry): string =>
  w.nodes.map((n) => printNode(n, registry)).join(' -> ');

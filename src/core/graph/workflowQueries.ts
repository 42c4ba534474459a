import { assertNever } from '../util/assertNever.ts';
import type { NodeSlot } from './structureRules.ts';
import type { NodeId, OperatorNode, Workflow, WorkflowNode } from './types.ts';

/** An operator node with where it sits: its top-level index, its slot and its index inside that slot. */
export interface PlacedOperator {
  node: OperatorNode;
  topIndex: number;
  slot: NodeSlot;
  /** Index among a parallel's branches or a loop's body; 0 elsewhere. */
  childIndex: number;
}

/** The operator nodes inside one top-level node, in document order (checker, fix, otherwise). */
export function placedOperatorsOf(node: WorkflowNode, topIndex: number): PlacedOperator[] {
  switch (node.kind) {
    case 'operator':
      return [{ node, topIndex, slot: 'top', childIndex: 0 }];
    case 'parallel':
      return node.children.map((child, i) => ({ node: child, topIndex, slot: 'branch', childIndex: i }));
    case 'loop':
      return node.children.map((child, i) => ({ node: child, topIndex, slot: 'body', childIndex: i }));
    case 'conditional': {
      const placed: PlacedOperator[] = [
        { node: node.checker, topIndex, slot: 'checker', childIndex: 0 },
        { node: node.fix, topIndex, slot: 'fix', childIndex: 0 },
      ];
      if (node.otherwise) placed.push({ node: node.otherwise, topIndex, slot: 'otherwise', childIndex: 0 });
      return placed;
    }
    default:
      return assertNever(node, 'node kind');
  }
}

/** Every operator node with its placement, structure children included, in document order. */
export const placedOperators = (w: Workflow): PlacedOperator[] =>
  w.nodes.flatMap((node, i) => placedOperatorsOf(node, i));

/** Every operator node, structure children included, in document order. */
export const operatorNodes = (w: Workflow): OperatorNode[] => placedOperators(w).map((p) => p.node);

/** Operators counted as SPEC §4 does: each operator node once, so a loop body counts once whatever its count. */
export const countOperators = (w: Workflow): number => operatorNodes(w).length;

/** Whether the workflow has a parallel, conditional or loop node. */
export const hasStructure = (w: Workflow): boolean => w.nodes.some((n) => n.kind !== 'operator');

/** A node found by id: the node, the index of the top-level node that is or holds it, and its slot. */
export interface FoundNode {
  node: WorkflowNode;
  topIndex: number;
  /** `top` for a top-level node (operator or structure). */
  slot: NodeSlot;
  childIndex: number;
}

/** Finds a top-level node or a structure child by id; undefined when no node has that id. */
export function findNode(w: Workflow, id: string): FoundNode | undefined {
  for (let i = 0; i < w.nodes.length; i++) {
    const node = w.nodes[i];
    if (!node) continue;
    if (node.id === id) return { node, topIndex: i, slot: 'top', childIndex: 0 };
    if (node.kind === 'operator') continue;
    const child = placedOperatorsOf(node, i).find((p) => p.node.id === id);
    if (child) return child;
  }
  return undefined;
}

/** Index of the top-level node that is or holds the node `id`; -1 when absent. */
export const topLevelIndex = (w: Workflow, id: string): number => findNode(w, id)?.topIndex ?? -1;

/** Every node id of the workflow (structures and their children), in document order. */
export const allNodeIds = (w: Workflow): NodeId[] =>
  w.nodes.flatMap((node, i) =>
    node.kind === 'operator' ? [node.id] : [node.id, ...placedOperatorsOf(node, i).map((p) => p.node.id)],
  );

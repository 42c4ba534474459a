import type { Edge, Node } from '@xyflow/react';
import type { NodeId, OperatorNode, Workflow, WorkflowNode } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { OperatorCategory } from '../../core/operators/types.ts';
import { assertNever } from '../../core/util/assertNever.ts';

/** Data carried by an operator node on the canvas. */
export interface OperatorNodeData extends Record<string, unknown> {
  operator: string;
  category: OperatorCategory | 'unknown';
  prompt: string;
  role: 'step' | 'branch' | 'checker' | 'fix' | 'otherwise' | 'loop-body';
}

/** Data carried by a loop group on the canvas. */
export interface LoopGroupData extends Record<string, unknown> {
  count: number;
}

export type FlowNode =
  Node<OperatorNodeData, 'operator'> | Node<LoopGroupData, 'loop'> | Node<Record<string, never>, 'terminal'>;

const COLUMN = 230;
const ROW = 110;
const NODE_W = 180;

/**
 * Draws a workflow left to right: one column per top-level stage, parallel branches stacked (fork and join),
 * conditionals with labelled "on fail → fix" and "on pass" edges, loops as a group marked ×n. Pure, so it is
 * tested without a DOM and React Flow stays a controlled view of the graph.
 */
export function toFlowElements(
  workflow: Workflow,
  registry: OperatorRegistry,
): { nodes: FlowNode[]; edges: Edge[] } {
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  let x = 0;
  let previous: string[] = ['start'];
  nodes.push({
    id: 'start',
    type: 'terminal',
    position: { x, y: 0 },
    data: {},
    deletable: false,
    ariaLabel: 'Start: the task',
  });
  x += COLUMN - 40;

  const opNode = (
    n: OperatorNode,
    role: OperatorNodeData['role'],
    pos: { x: number; y: number },
    parentId?: string,
  ): FlowNode => {
    const def = registry.get(n.operator);
    const prompt = n.prompt.kind === 'template' ? `template: ${n.prompt.id}` : `prompt: ${n.prompt.text}`;
    const node: FlowNode = {
      id: n.id,
      type: 'operator',
      position: pos,
      data: { operator: n.operator, category: def?.descriptor.category ?? 'unknown', prompt, role },
      ariaLabel: `${n.operator} (${def?.descriptor.category ?? 'unknown operator'}), ${prompt}`,
    };
    if (parentId !== undefined) Object.assign(node, { parentId, extent: 'parent' as const });
    return node;
  };
  const connect = (from: string[], to: string, label?: string, kind = 'default'): void => {
    for (const f of from) {
      edges.push({
        id: `${f}->${to}${label ? `:${label}` : ''}`,
        source: f,
        target: to,
        type: kind,
        ...(label ? { label } : {}),
      });
    }
  };

  for (const stage of workflow.nodes) {
    previous = placeStage(stage);
  }
  nodes.push({
    id: 'end',
    type: 'terminal',
    position: { x, y: 0 },
    data: {},
    deletable: false,
    ariaLabel: 'End: the final answer',
  });
  connect(previous, 'end');
  return { nodes, edges };

  function placeStage(stage: WorkflowNode): string[] {
    switch (stage.kind) {
      case 'operator': {
        nodes.push(opNode(stage, 'step', { x, y: 0 }));
        connect(previous, stage.id);
        x += COLUMN;
        return [stage.id];
      }
      case 'parallel': {
        const offset = ((stage.children.length - 1) * ROW) / 2;
        const ids = stage.children.map((child, i) => {
          nodes.push(opNode(child, 'branch', { x, y: i * ROW - offset }));
          connect(previous, child.id, i === 0 ? 'fork' : undefined);
          return child.id as string;
        });
        x += COLUMN;
        return ids;
      }
      case 'conditional': {
        nodes.push(opNode(stage.checker, 'checker', { x, y: 0 }));
        connect(previous, stage.checker.id);
        x += COLUMN;
        nodes.push(opNode(stage.fix, 'fix', { x, y: ROW }));
        connect([stage.checker.id], stage.fix.id, 'on fail → fix');
        const outs: string[] = [stage.fix.id];
        if (stage.otherwise) {
          nodes.push(opNode(stage.otherwise, 'otherwise', { x, y: -ROW }));
          connect([stage.checker.id], stage.otherwise.id, 'on pass');
          outs.push(stage.otherwise.id);
        } else {
          outs.push(stage.checker.id);
        }
        x += COLUMN;
        return outs;
      }
      case 'loop': {
        const groupId = stage.id;
        const width = stage.children.length * COLUMN + 10;
        nodes.push({
          id: groupId,
          type: 'loop',
          position: { x: x - 20, y: -40 },
          data: { count: stage.count },
          style: { width, height: 120 },
          ariaLabel: `Loop repeated ${stage.count} times`,
        });
        let inner: string[] = previous;
        stage.children.forEach((child, i) => {
          nodes.push(opNode(child, 'loop-body', { x: 20 + i * COLUMN, y: 40 }, groupId));
          connect(inner, child.id);
          inner = [child.id];
        });
        x += width + 30;
        return inner;
      }
      default:
        return assertNever(stage, 'workflow node');
    }
  }
}

/** Node width used by the operator node component, kept beside the layout constants it must agree with. */
export const OPERATOR_NODE_WIDTH = NODE_W;

/** Ids of every node of a workflow, for tests and selection. */
export const flowNodeIds = (elements: { nodes: FlowNode[] }): NodeId[] =>
  elements.nodes.filter((n) => n.type === 'operator').map((n) => n.id as NodeId);

import type { Edge, Node } from '@xyflow/react';
import type { NodeId, OperatorNode, Workflow, WorkflowNode } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { OperatorCategory } from '../../core/operators/types.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import { layoutFlow } from './layoutFlow.ts';

/** What the last or current run says about a node, drawn on the node itself. */
export type NodeStatus = 'running' | 'succeeded' | 'failed' | 'skipped';

/** Data carried by an operator node on the canvas. */
export interface OperatorNodeData extends Record<string, unknown> {
  operator: string;
  category: OperatorCategory | 'unknown';
  prompt: string;
  role: 'step' | 'branch' | 'checker' | 'fix' | 'otherwise' | 'loop-body';
  /** The top-level node this operator belongs to (itself when it is one): what Delete removes. */
  topLevel: NodeId;
  status?: NodeStatus;
}

/** Data carried by a loop group on the canvas. */
export interface LoopGroupData extends Record<string, unknown> {
  count: number;
  status?: NodeStatus;
}

export type FlowNode =
  Node<OperatorNodeData, 'operator'> | Node<LoopGroupData, 'loop'> | Node<Record<string, never>, 'terminal'>;

const NODE_W = 180;

/**
 * Draws a workflow left to right (dagre auto-layout): parallel branches as a fork and a join, conditionals with
 * labelled "on fail → fix" and "on pass" edges, loops as a group marked ×n, each node with its run status. Pure,
 * so it is tested without a DOM and React Flow stays a controlled view of the graph.
 */
export function toFlowElements(
  workflow: Workflow,
  registry: OperatorRegistry,
  status: Readonly<Record<string, NodeStatus>> = {},
): { nodes: FlowNode[]; edges: Edge[] } {
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  const origin = { x: 0, y: 0 };
  let previous: string[] = ['start'];
  let top: NodeId = 'start' as NodeId;
  nodes.push({
    id: 'start',
    type: 'terminal',
    position: origin,
    data: {},
    deletable: false,
    ariaLabel: 'Start: the task',
  });

  const opNode = (n: OperatorNode, role: OperatorNodeData['role'], parentId?: string): FlowNode => {
    const def = registry.get(n.operator);
    const prompt = n.prompt.kind === 'template' ? `template: ${n.prompt.id}` : `prompt: ${n.prompt.text}`;
    const data: OperatorNodeData = {
      operator: n.operator,
      category: def?.descriptor.category ?? 'unknown',
      prompt,
      role,
      topLevel: top,
    };
    const run = status[n.id];
    if (run !== undefined) data.status = run;
    const node: FlowNode = {
      id: n.id,
      type: 'operator',
      position: origin,
      data,
      ariaLabel: `${n.operator} (${def?.descriptor.category ?? 'unknown operator'}), ${prompt}${run ? `, ${run}` : ''}`,
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
    top = stage.id;
    previous = placeStage(stage);
  }
  nodes.push({
    id: 'end',
    type: 'terminal',
    position: origin,
    data: {},
    deletable: false,
    ariaLabel: 'End: the final answer',
  });
  connect(previous, 'end');
  return { nodes: layoutFlow(nodes, edges), edges };

  function placeStage(stage: WorkflowNode): string[] {
    switch (stage.kind) {
      case 'operator': {
        nodes.push(opNode(stage, 'step'));
        connect(previous, stage.id);
        return [stage.id];
      }
      case 'parallel': {
        return stage.children.map((child, i) => {
          nodes.push(opNode(child, 'branch'));
          connect(previous, child.id, i === 0 ? 'fork' : undefined);
          return child.id as string;
        });
      }
      case 'conditional': {
        nodes.push(opNode(stage.checker, 'checker'));
        connect(previous, stage.checker.id);
        nodes.push(opNode(stage.fix, 'fix'));
        connect([stage.checker.id], stage.fix.id, 'on fail → fix');
        const outs: string[] = [stage.fix.id];
        if (stage.otherwise) {
          nodes.push(opNode(stage.otherwise, 'otherwise'));
          connect([stage.checker.id], stage.otherwise.id, 'on pass');
          outs.push(stage.otherwise.id);
        } else {
          outs.push(stage.checker.id);
        }
        return outs;
      }
      case 'loop': {
        const groupId = stage.id;
        const run = status[groupId];
        nodes.push({
          id: groupId,
          type: 'loop',
          position: origin,
          data: run === undefined ? { count: stage.count } : { count: stage.count, status: run },
          ariaLabel: `Loop repeated ${stage.count} times`,
        });
        let inner: string[] = previous;
        for (const child of stage.children) {
          nodes.push(opNode(child, 'loop-body', groupId));
          connect(inner, child.id);
          inner = [child.id];
        }
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

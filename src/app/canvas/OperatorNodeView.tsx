import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { OperatorNodeData } from './toFlowElements.ts';

/** One operator on the canvas, coloured by category. */
export function OperatorNodeView({ data, selected }: NodeProps<Node<OperatorNodeData, 'operator'>>) {
  return (
    <div className={`op-node cat-${data.category} role-${data.role}${selected ? ' selected' : ''}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="op-name">{data.operator}</div>
      <div className="op-meta">
        {data.category} · {data.prompt}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

/** The task entering the workflow, and the final answer leaving it. */
export function TerminalNodeView({ id }: NodeProps) {
  return (
    <div className="terminal-node">
      {id === 'start' ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
      {id === 'start' ? 'Task' : 'Answer'}
      {id === 'end' ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
    </div>
  );
}

/** A loop drawn as a group marked ×n. */
export function LoopGroupView({ data }: NodeProps<Node<{ count: number }, 'loop'>>) {
  return <div className="loop-group-label">×{data.count}</div>;
}

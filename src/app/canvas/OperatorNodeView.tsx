import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import type { LoopGroupData, OperatorNodeData } from './toFlowElements.ts';

/**
 * One operator on the canvas, coloured by category, with its run status (and failure on hover) on the node.
 * Memoised like the other node views: on a large graph an edit must re-render only the nodes it changed.
 */
export const OperatorNodeView = memo(function OperatorNodeView({
  id,
  data,
  selected,
}: NodeProps<Node<OperatorNodeData, 'operator'>>) {
  const status = data.status ? ` status-${data.status}` : '';
  const failure = useAppStore((s) => s.nodeMessages[id]);
  return (
    <div
      className={`op-node cat-${data.category} role-${data.role}${selected ? ' selected' : ''}${status}`}
      title={data.status === 'failed' && failure ? failure : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="op-name">{data.operator}</div>
      <div className="op-meta">
        {data.category} · {data.prompt}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

/** The task entering the workflow, and the final answer leaving it. */
export const TerminalNodeView = memo(function TerminalNodeView({ id }: NodeProps) {
  return (
    <div className="terminal-node">
      {id === 'start' ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
      {id === 'start' ? 'Task' : 'Answer'}
      {id === 'end' ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
    </div>
  );
});

/** A loop drawn as a group marked ×n. */
export const LoopGroupView = memo(function LoopGroupView({
  data,
  selected,
}: NodeProps<Node<LoopGroupData, 'loop'>>) {
  return (
    <div className={`loop-group${selected ? ' selected' : ''}${data.status ? ` status-${data.status}` : ''}`}>
      <span className="loop-group-label">×{data.count}</span>
    </div>
  );
});

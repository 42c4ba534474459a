import { Background, Controls, MiniMap, ReactFlow, type NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { LoopGroupView, OperatorNodeView, TerminalNodeView } from './OperatorNodeView.tsx';
import { toFlowElements } from './toFlowElements.ts';

const nodeTypes: NodeTypes = { operator: OperatorNodeView, terminal: TerminalNodeView, loop: LoopGroupView };

/** The workflow drawn left to right; React Flow is a controlled view of the store's graph. */
export function WorkflowCanvas() {
  const workflow = useAppStore((s) => s.workflow);
  const registry = useAppStore((s) => s.registry);
  const { nodes, edges } = useMemo(() => toFlowElements(workflow, registry), [workflow, registry]);
  return (
    <section className="canvas" aria-label="Workflow canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesConnectable={false}
        fitView
        fitViewOptions={{ padding: 0.2 }}
        proOptions={{ hideAttribution: false }}
        colorMode="dark"
      >
        <Background />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
        <Controls position="bottom-left" />
      </ReactFlow>
    </section>
  );
}

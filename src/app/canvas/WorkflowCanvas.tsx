import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Node,
  type NodeTypes,
  applyNodeChanges,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { LoopGroupView, OperatorNodeView, TerminalNodeView } from './OperatorNodeView.tsx';
import { toFlowElements } from './toFlowElements.ts';

const CATEGORY_COLOURS: Record<string, string> = {
  planning: '#8b5cf6',
  solving: '#3b82f6',
  verification: '#f59e0b',
  revision: '#ec4899',
  ensemble: '#14b8a6',
  formatting: '#84cc16',
};
const minimapColor = (node: Node): string =>
  node.type === 'operator' ? (CATEGORY_COLOURS[String(node.data['category'])] ?? '#f87171') : '#4b5563';

const nodeTypes: NodeTypes = { operator: OperatorNodeView, terminal: TerminalNodeView, loop: LoopGroupView };

/** The workflow drawn left to right; React Flow is a controlled view of the store's graph. */
export function WorkflowCanvas() {
  const workflow = useAppStore((s) => s.workflow);
  const registry = useAppStore((s) => s.registry);
  const { nodes, edges } = useMemo(() => toFlowElements(workflow, registry), [workflow, registry]);
  // React Flow writes measured sizes and selection back as changes; keeping them lets the minimap draw nodes,
  // while the graph itself stays the store's (a new workflow replaces the local copy).
  const [local, setLocal] = useState<{ source: Node[]; nodes: Node[] }>({ source: nodes, nodes });
  const flowNodes = local.source === nodes ? local.nodes : nodes;
  return (
    <section className="canvas" aria-label="Workflow canvas">
      <ReactFlow
        nodes={flowNodes}
        onNodesChange={(changes) =>
          setLocal((prev) => {
            const base = prev.source === nodes ? prev.nodes : nodes;
            return { source: nodes, nodes: applyNodeChanges(changes, base) };
          })
        }
        edges={edges}
        nodeTypes={nodeTypes}
        nodesConnectable={false}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1.5 }}
        proOptions={{ hideAttribution: false }}
        colorMode="dark"
      >
        <FitOnShapeChange shape={nodes.length} />
        <Background />
        <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColor} nodeStrokeWidth={3} />
        <Controls position="bottom-left" />
      </ReactFlow>
    </section>
  );
}

/** Refits the view when stages are added or removed from the text or palette, not on every re-render. */
function FitOnShapeChange({ shape }: { shape: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.1, maxZoom: 1.5, duration: 150 }));
    return () => cancelAnimationFrame(frame);
  }, [shape, fitView]);
  return null;
}

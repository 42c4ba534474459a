import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type Node,
  type NodeChange,
  type NodeTypes,
  applyNodeChanges,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useMemo, useState, type DragEvent, type MouseEvent } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { insertPosition } from './insertPosition.ts';
import { LoopGroupView, OperatorNodeView, TerminalNodeView } from './OperatorNodeView.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { toFlowElements } from './toFlowElements.ts';

/** The drag-and-drop data type of an operator dragged from the palette. */
export const OPERATOR_DRAG_TYPE = 'application/x-flowsteer-operator';

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
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

function CanvasView() {
  const workflow = useAppStore((s) => s.workflow);
  const registry = useAppStore((s) => s.registry);
  const nodeStatus = useAppStore((s) => s.nodeStatus);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const setQuickAdd = useAppStore((s) => s.setQuickAdd);
  const edit = useAppStore((s) => s.edit);
  const { nodes, edges } = useMemo(
    () => toFlowElements(workflow, registry, nodeStatus),
    [workflow, registry, nodeStatus],
  );
  // React Flow writes measured sizes back as changes; keeping them lets the minimap draw nodes, while the graph
  // and the selection stay the store's (a new workflow replaces the local copy).
  const [local, setLocal] = useState<{ source: Node[]; nodes: Node[] }>({ source: nodes, nodes });
  const base = local.source === nodes ? local.nodes : nodes;
  const flowNodes = useMemo(
    () => base.map((n) => (n.id === selectedId || n.selected ? { ...n, selected: n.id === selectedId } : n)),
    [base, selectedId],
  );
  const { screenToFlowPosition } = useReactFlow();
  const positionAt = (clientX: number, clientY: number): number | undefined =>
    insertPosition(workflow, base, screenToFlowPosition({ x: clientX, y: clientY }).x);

  const onDrop = (event: DragEvent) => {
    const operator = event.dataTransfer.getData(OPERATOR_DRAG_TYPE);
    if (!operator) return;
    event.preventDefault();
    const position = positionAt(event.clientX, event.clientY);
    edit({ type: 'addOperator', operator, ...(position === undefined ? {} : { position }) });
  };
  const onDoubleClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    setQuickAdd({ position: positionAt(event.clientX, event.clientY) });
  };
  return (
    <section
      className="canvas"
      aria-label="Workflow canvas"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(OPERATOR_DRAG_TYPE)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={onDrop}
      onDoubleClick={onDoubleClick}
    >
      <ReactFlow
        nodes={flowNodes}
        onNodesChange={(changes: NodeChange[]) => {
          const kept = changes.filter((c) => c.type === 'dimensions' || c.type === 'position');
          if (kept.length === 0) return;
          setLocal((prev) => ({
            source: nodes,
            nodes: applyNodeChanges(kept, prev.source === nodes ? prev.nodes : nodes),
          }));
        }}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesConnectable={false}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        onNodeClick={(_, node) => select(node.type === 'terminal' ? null : node.id)}
        onPaneClick={() => select(null)}
        fitView
        minZoom={0.1}
        fitViewOptions={{ padding: 0.1, maxZoom: 1.5 }}
        colorMode="dark"
      >
        <FitOnShapeChange shape={nodes.length} />
        <Background />
        <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColor} nodeStrokeWidth={3} />
        <Controls position="bottom-left" />
      </ReactFlow>
      <QuickAdd />
    </section>
  );
}

/** Refits the view when stages are added or removed from the text or palette, not on every re-render. */
function FitOnShapeChange({ shape }: { shape: number }) {
  const { fitView } = useReactFlow();
  // New nodes have no size until React Flow measures them; fitting before that would cut them off.
  const measured = useNodesInitialized();
  useEffect(() => {
    if (!measured) return;
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.1, maxZoom: 1.5, duration: 150 }));
    return () => cancelAnimationFrame(frame);
  }, [shape, measured, fitView]);
  return null;
}

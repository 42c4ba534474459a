import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type Node,
  type NodeChange,
  type NodeTypes,
  applyNodeChanges,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type DragEvent, type MouseEvent } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { insertPosition } from './insertPosition.ts';
import { LoopGroupView, OperatorNodeView, TerminalNodeView } from './OperatorNodeView.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { reuseUnchanged } from './reuseUnchanged.ts';
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

const FIT_VIEW = { padding: 0.1, maxZoom: 1.5 };
/**
 * Above this many drawn nodes only those in view are in the DOM: style, layout and raster then scale with the
 * view, not the graph. Smaller graphs (every graph the action rules allow) keep all their nodes in the DOM.
 */
const LARGE_GRAPH = 100;

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
  const drawn = useMemo(
    () => toFlowElements(workflow, registry, nodeStatus),
    [workflow, registry, nodeStatus],
  );
  // React Flow writes measured sizes back as changes; keeping them lets the minimap draw nodes, while the graph
  // and the selection stay the store's. A new drawing keeps every node and edge object that says the same as
  // before, so an edit re-renders (and React Flow re-measures) only what it changed.
  const [local, setLocal] = useState<{ source: typeof drawn; nodes: Node[]; edges: Edge[] }>(() => ({
    source: drawn,
    nodes: drawn.nodes,
    edges: drawn.edges,
  }));
  let current = local;
  if (local.source !== drawn) {
    current = {
      source: drawn,
      nodes: reuseUnchanged(local.nodes, drawn.nodes),
      edges: reuseUnchanged(local.edges, drawn.edges),
    };
    setLocal(current);
  }
  const { nodes: base, edges } = current;
  const nodes = drawn.nodes;
  const flowNodes = useMemo(
    () => base.map((n) => (n.id === selectedId || n.selected ? { ...n, selected: n.id === selectedId } : n)),
    [base, selectedId],
  );
  // React Flow hands its callbacks to every node wrapper: a new function per render would re-render every node.
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const kept = changes.filter((c) => c.type === 'dimensions' || c.type === 'position');
    if (kept.length === 0) return;
    setLocal((prev) => ({ ...prev, nodes: applyNodeChanges(kept, prev.nodes) }));
  }, []);
  const onNodeClick = useCallback(
    (_: unknown, node: Node) => select(node.type === 'terminal' ? null : node.id),
    [select],
  );
  const onPaneClick = useCallback(() => select(null), [select]);
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
        onNodesChange={onNodesChange}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesConnectable={false}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        fitView
        minZoom={0.1}
        fitViewOptions={FIT_VIEW}
        onlyRenderVisibleElements={nodes.length > LARGE_GRAPH}
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
    const frame = requestAnimationFrame(() => void fitView({ ...FIT_VIEW, duration: 150 }));
    return () => cancelAnimationFrame(frame);
  }, [shape, measured, fitView]);
  return null;
}

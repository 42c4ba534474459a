import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';

/** Drawn sizes of each node type; the node components' CSS keeps to these so edges meet the handles. */
export const NODE_SIZES: Record<string, { width: number; height: number }> = {
  operator: { width: 180, height: 56 },
  terminal: { width: 84, height: 32 },
};
const GROUP_PAD = { x: 16, top: 28, bottom: 14 };

/** Where layout put one node, and the size of a group. */
interface Placement {
  position: { x: number; y: number };
  size?: { width: number; height: number };
}

/**
 * Layouts by graph shape: dagre takes about a second on a few hundred nodes, while most edits (a prompt, an
 * operator swap, a run status) change what nodes say, not where they sit, so the same shape reuses its layout.
 */
const cache = new Map<string, ReadonlyMap<string, Placement>>();
const CACHE_SIZE = 16;

/** Everything the layout reads: node ids, types and parents, and the edges' ends (never data or labels). */
export function shapeKey(nodes: readonly Node[], edges: readonly Edge[]): string {
  const parts: string[] = [];
  for (const n of nodes) parts.push(`${n.id}:${n.type ?? ''}:${n.parentId ?? ''}`);
  parts.push('#');
  for (const e of edges) parts.push(`${e.source}>${e.target}`);
  return parts.join('|');
}

/**
 * Places nodes left to right with dagre (layout lives beside the graph, never in it). Nodes with a `parentId`
 * are laid out inside their group as a dagre cluster, then given positions relative to the group, as React Flow
 * expects; groups are sized around their children.
 */
export function layoutFlow<N extends Node>(nodes: N[], edges: readonly Edge[]): N[] {
  const key = shapeKey(nodes, edges);
  let placed = cache.get(key);
  if (placed) {
    // Refresh the entry's age so undo/redo between a few shapes keeps hitting.
    cache.delete(key);
  } else {
    placed = placeNodes(nodes, edges);
  }
  cache.set(key, placed);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return nodes.map((n) => {
    const at = placed.get(n.id);
    if (!at) return n;
    return at.size
      ? { ...n, position: { ...at.position }, style: { ...n.style, ...at.size } }
      : { ...n, position: { ...at.position } };
  });
}

function placeNodes(nodes: readonly Node[], edges: readonly Edge[]): Map<string, Placement> {
  const g = new dagre.graphlib.Graph({ compound: true });
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 70, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  const groups = new Set(nodes.filter((n) => nodes.some((c) => c.parentId === n.id)).map((n) => n.id));
  for (const n of nodes) {
    if (groups.has(n.id)) {
      g.setNode(n.id, {});
      continue;
    }
    const size = NODE_SIZES[n.type ?? ''] ?? { width: 120, height: 40 };
    // Extra height for children keeps room for the group's ×n label.
    g.setNode(n.id, { width: size.width, height: size.height + (n.parentId ? GROUP_PAD.top : 0) });
    if (n.parentId !== undefined) g.setParent(n.id, n.parentId);
  }
  for (const e of edges) g.setEdge(e.source, e.target);
  dagre.layout(g);

  const topLeft = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    if (groups.has(n.id)) continue;
    const p = g.node(n.id);
    const size = NODE_SIZES[n.type ?? ''] ?? { width: 120, height: 40 };
    const h = size.height + (n.parentId ? GROUP_PAD.top : 0);
    topLeft.set(n.id, { x: p.x - size.width / 2, y: p.y - h / 2 + (n.parentId ? GROUP_PAD.top : 0) });
  }
  const bounds = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const id of groups) {
    const kids = nodes.filter((n) => n.parentId === id);
    const boxes = kids.map((k) => {
      const at = topLeft.get(k.id) ?? { x: 0, y: 0 };
      const size = NODE_SIZES[k.type ?? ''] ?? { width: 120, height: 40 };
      return { ...at, right: at.x + size.width, bottom: at.y + size.height };
    });
    const x = Math.min(...boxes.map((b) => b.x)) - GROUP_PAD.x;
    const y = Math.min(...boxes.map((b) => b.y)) - GROUP_PAD.top;
    const right = Math.max(...boxes.map((b) => b.right)) + GROUP_PAD.x;
    const bottom = Math.max(...boxes.map((b) => b.bottom)) + GROUP_PAD.bottom;
    bounds.set(id, { x, y, width: right - x, height: bottom - y });
  }
  const placed = new Map<string, Placement>();
  for (const n of nodes) {
    const box = bounds.get(n.id);
    if (box) {
      placed.set(n.id, { position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } });
      continue;
    }
    const at = topLeft.get(n.id) ?? { x: 0, y: 0 };
    const parent = n.parentId !== undefined ? bounds.get(n.parentId) : undefined;
    placed.set(n.id, { position: parent ? { x: at.x - parent.x, y: at.y - parent.y } : at });
  }
  return placed;
}

import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { layoutFlow, shapeKey } from './layoutFlow.ts';

const op = (id: string, label: string, parentId?: string): Node => ({
  id,
  type: 'operator',
  position: { x: 0, y: 0 },
  data: { label },
  ...(parentId ? { parentId } : {}),
});
const edge = (source: string, target: string, label?: string): Edge => ({
  id: `${source}->${target}`,
  source,
  target,
  ...(label ? { label } : {}),
});

describe('layoutFlow', () => {
  const nodes = [op('a', 'A'), { ...op('g', 'loop'), type: 'loop' }, op('b', 'B', 'g'), op('c', 'C')];
  const edges = [edge('a', 'b'), edge('b', 'c')];

  it('places the same shape the same way whatever the nodes say', () => {
    const first = layoutFlow(nodes, edges);
    const relabelled = layoutFlow(
      nodes.map((n) => ({ ...n, data: { label: `${String(n.data['label'])}!` } })),
      edges.map((e) => ({ ...e, label: 'on pass' })),
    );
    expect(relabelled.map((n) => [n.position, n.style])).toEqual(first.map((n) => [n.position, n.style]));
    expect(relabelled.map((n) => n.data['label'])).toEqual(['A!', 'loop!', 'B!', 'C!']);
  });

  it('hands out copies, so a caller moving a node never moves the cached layout', () => {
    const first = layoutFlow(nodes, edges);
    const moved = first[0];
    if (!moved) throw new Error('no node');
    moved.position.x += 1000;
    expect(layoutFlow(nodes, edges)[0]?.position.x).toBe(moved.position.x - 1000);
  });

  it.each([
    ['an edge', nodes, [edge('a', 'c')]],
    ['a parent', nodes.map(({ parentId: _parent, ...n }) => n), edges],
    ['a node', nodes.slice(1), edges],
  ])('keys a change of %s as a new shape', (_, otherNodes, otherEdges) => {
    expect(shapeKey(otherNodes, otherEdges)).not.toBe(shapeKey(nodes, edges));
  });
});

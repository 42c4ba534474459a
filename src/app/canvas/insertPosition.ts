import type { Node } from '@xyflow/react';
import type { Workflow } from '../../core/graph/types.ts';

/**
 * The top-level index a drop at flow x-coordinate `x` inserts at: before the first top-level node whose centre is
 * right of `x`; undefined (append) when the drop is right of every node.
 */
export function insertPosition(workflow: Workflow, nodes: readonly Node[], x: number): number | undefined {
  const centres = workflow.nodes.map((top) => {
    const drawn = nodes.filter(
      (n) => n.id === top.id || (n.data as { topLevel?: string }).topLevel === top.id,
    );
    const xs = drawn
      .filter((n) => n.parentId === undefined)
      .map((n) => n.position.x + (n.measured?.width ?? 180) / 2);
    return xs.length > 0 ? Math.min(...xs) : Number.POSITIVE_INFINITY;
  });
  const index = centres.findIndex((c) => c > x);
  return index === -1 ? undefined : index;
}

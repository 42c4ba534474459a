import { findNode } from '../../core/graph/workflowQueries.ts';
import type { AppState } from '../store/createAppStore.ts';

/**
 * Deletes the selected node through applyAction. Only top-level nodes can be deleted, so a node inside a parallel,
 * conditional or loop deletes its whole structure. Returns whether anything was deleted.
 */
export function deleteSelection(state: Pick<AppState, 'selectedId' | 'workflow' | 'edit'>): boolean {
  if (state.selectedId === null) return false;
  const found = findNode(state.workflow, state.selectedId);
  const top = found ? state.workflow.nodes[found.topIndex] : undefined;
  if (!top) return false;
  return state.edit({ type: 'deleteNode', target: top.id });
}

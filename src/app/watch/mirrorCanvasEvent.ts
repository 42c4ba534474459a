import type { StoreApi } from 'zustand/vanilla';
import type { CanvasEvent } from '../../core/canvas/events.ts';
import type { EpisodeActor } from '../../core/episodes/types.ts';
import type { EpisodeCanvas } from '../episodes/createEpisodeCanvas.ts';
import { CHECKPOINT_PREFIX } from '../policies/createPolicyCatalog.ts';
import { describeEvent } from '../run/describeEvent.ts';
import type { AppState } from '../store/createAppStore.ts';

/**
 * Draws one event of a watched episode on the studio canvas: a reset or edit shows the new workflow, and each
 * node's run status is mapped as the run panel maps it, so a watched edit looks like a run of the user's own.
 */
export function mirrorCanvasEvent(
  event: CanvasEvent,
  canvas: Pick<EpisodeCanvas, 'show'>,
  store: StoreApi<AppState>,
): void {
  if (event.type === 'reset' || event.type === 'edited') {
    canvas.show(event.workflow);
    return;
  }
  if (event.type !== 'run') return;
  if (event.event.type === 'runStarted') {
    store.setState({ nodeStatus: {}, nodeMessages: {} });
    return;
  }
  const { node } = describeEvent(event.event);
  if (!node) return;
  const s = store.getState();
  store.setState({
    nodeStatus: { ...s.nodeStatus, [node.id]: node.status },
    ...(node.message !== undefined ? { nodeMessages: { ...s.nodeMessages, [node.id]: node.message } } : {}),
  });
}

/** Who acts in a watched episode, as its record names them (a checkpoint by its name). */
export function actorFor(policyId: string, seed: number): EpisodeActor {
  if (!policyId.startsWith(CHECKPOINT_PREFIX)) return { kind: 'policy', name: policyId, seed };
  const name = policyId.slice(CHECKPOINT_PREFIX.length);
  return { kind: 'policy', name, checkpoint: name, seed };
}

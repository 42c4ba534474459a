import type { StoreApi } from 'zustand/vanilla';
import type { Workflow } from '../../core/graph/types.ts';
import type { TaskType } from '../../core/tasks/types.ts';
import type { AppState } from '../store/createAppStore.ts';
import type { PlayerCanvas } from './createEpisodePlayer.ts';

/** Why the canvas refuses edits while an episode is replayed (shown as the notice). */
export const REPLAY_READ_ONLY =
  'The canvas shows a recorded episode: press “Fork here” to edit from this step, or close the player.';

/** The studio canvas as the player and the fork see it: borrowed from the user, and given back intact. */
export interface EpisodeCanvas extends PlayerCanvas {
  /** Makes the canvas editable from `workflow`, judged as a task of `taskType`, with an undo history of its own. */
  unlock(workflow: Workflow, taskType: TaskType): void;
  /** Shows a read-only reason (e.g. while a policy plays), or null to allow edits. */
  lock(reason: string | null): void;
  /** Whether the canvas is borrowed (between enter and leave). */
  borrowed(): boolean;
}

type Saved = Pick<AppState, 'workflow' | 'past' | 'future' | 'selectedId' | 'taskType'>;

/**
 * Borrows the app store's canvas: on enter it keeps the user's workflow, undo history and selection, and makes the
 * canvas read-only; on leave it puts all of them back, so replaying or forking never costs the user their work.
 */
export function createEpisodeCanvas(store: StoreApi<AppState>): EpisodeCanvas {
  let saved: Saved | null = null;
  const show = (workflow: Workflow): void => {
    store.getState().replaceWorkflow(workflow, { record: false });
    const { selectedId } = store.getState();
    // A replayed step may lack the selected node; runs of the user's workflow do not describe these nodes.
    store.setState({
      nodeStatus: {},
      nodeMessages: {},
      ...(selectedId === null ? {} : { selectedId: null }),
    });
  };
  return {
    enter() {
      if (saved) return;
      const { workflow, past, future, selectedId, taskType } = store.getState();
      saved = { workflow, past, future, selectedId, taskType };
      store.setState({ past: [], future: [], selectedId: null, readOnly: REPLAY_READ_ONLY, borrowed: true });
    },
    show,
    leave() {
      if (!saved) return;
      const back = saved;
      saved = null;
      store.getState().replaceWorkflow(back.workflow, { record: false });
      store.setState({
        past: back.past,
        future: back.future,
        selectedId: back.selectedId,
        taskType: back.taskType,
        readOnly: null,
        borrowed: false,
        nodeStatus: {},
        nodeMessages: {},
        notice: null,
      });
    },
    unlock(workflow, taskType) {
      show(workflow);
      store.setState({ past: [], future: [], readOnly: null, notice: null, taskType });
    },
    lock(reason) {
      store.setState({ readOnly: reason });
    },
    borrowed: () => saved !== null,
  };
}

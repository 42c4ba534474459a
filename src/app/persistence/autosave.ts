import type { StoreApi } from 'zustand/vanilla';
import { fromWorkflowFile, toWorkflowFile } from '../../core/graph/workflowFile.ts';
import type { Workflow } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { IdbDocumentStore } from '../../adapters/browser/createIdbWorkflowStore.ts';
import type { AppState } from '../store/createAppStore.ts';
import { isImportedSuite } from '../datasets/importedSets.ts';
import { isBuiltinSuite, type RunSuite } from '../store/runSlice.ts';
import { registerSaver } from '../commands/saveNow.ts';

const WORKFLOW_KEY = 'workflow';
const OPEN_STATE_KEY = 'openState';

/** What a reload restores: the workflow, and the open task. */
export interface Restored {
  workflow: Workflow | null;
  suite: RunSuite | null;
  taskIndex: number | null;
}

/** Reads the autosaved workflow (validated like an imported file) and open state; anything broken is ignored. */
export async function loadAutosave(docs: IdbDocumentStore, registry: OperatorRegistry): Promise<Restored> {
  const restored: Restored = { workflow: null, suite: null, taskIndex: null };
  try {
    const saved = await docs.load(WORKFLOW_KEY);
    if (saved !== undefined) {
      const file = fromWorkflowFile(saved, registry);
      if (file.ok) restored.workflow = file.file.workflow;
    }
    const open = (await docs.load(OPEN_STATE_KEY)) as { suite?: unknown; taskIndex?: unknown } | undefined;
    // A built-in suite, or an imported set's id (main checks that the set was restored too).
    if (open && typeof open.suite === 'string' && (isBuiltinSuite(open.suite) || isImportedSuite(open.suite)))
      restored.suite = open.suite;
    if (open && typeof open.taskIndex === 'number' && Number.isInteger(open.taskIndex)) {
      restored.taskIndex = open.taskIndex;
    }
  } catch {
    // A private window or a blocked database: start fresh rather than not at all.
  }
  return restored;
}

/** Saves the workflow and open state shortly after each change; returns the unsubscribe function. */
export function startAutosave(store: StoreApi<AppState>, docs: IdbDocumentStore, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves now and tells whether the work was stored (Ctrl+S waits for it before saying "Saved"). */
  const save = async (state: AppState = store.getState()): Promise<boolean> => {
    // A replayed or forked episode borrows the canvas; the user's own workflow is what a reload must restore.
    if (state.borrowed) return false;
    const { workflow, suite, taskIndex } = state;
    try {
      await Promise.all([
        docs.save(WORKFLOW_KEY, toWorkflowFile(workflow)),
        docs.save(OPEN_STATE_KEY, { suite, taskIndex }),
      ]);
      return true;
    } catch {
      return false;
    }
  };
  const flush = (): void => void save();
  const unregisterSaver = registerSaver(store, () => save());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.borrowed && !previous.borrowed && timer !== undefined) {
      // An episode borrows the canvas before a pending save ran: save the user's work now, as it was just before,
      // or the edits of the last moments would be lost on a reload.
      clearTimeout(timer);
      timer = undefined;
      void save(previous);
      return;
    }
    if (
      state.workflow === previous.workflow &&
      state.suite === previous.suite &&
      state.taskIndex === previous.taskIndex
    ) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      flush();
    }, delayMs);
  });
  const onHide = (): void => {
    clearTimeout(timer);
    flush();
  };
  addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    unregisterSaver();
    removeEventListener('pagehide', onHide);
    clearTimeout(timer);
  };
}

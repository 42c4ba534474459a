import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyAction } from '../../core/actions/applyAction.ts';
import { DEFAULT_ACTION_RULES, type ActionContext, type CanvasAction } from '../../core/actions/types.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { emptyWorkflow, type Workflow } from '../../core/graph/types.ts';
import { findNode } from '../../core/graph/workflowQueries.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { TaskType } from '../../core/tasks/types.ts';
import { findImportedSet, type ImportedSet } from '../datasets/importedSets.ts';
import { IDLE_RUN, RUN_SUITES, type RunSlice, type RunSuite } from './runSlice.ts';

/** A refusal or parse error shown to the user. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** How many past workflows undo keeps. */
export const HISTORY_LIMIT = 100;

/** The studio's top-level views (the header's view switcher). */
export type AppView = 'studio' | 'training' | 'evaluation';

/** The tabs of the dock under the canvas. */
export type DockTab = 'run' | 'watch' | 'episode';

export interface AppState extends RunSlice {
  registry: OperatorRegistry;
  view: AppView;
  dockTab: DockTab;
  setView(view: AppView): void;
  setDockTab(tab: DockTab): void;
  workflow: Workflow;
  /** The DSL text as the user typed it; may be invalid while they type. */
  dslText: string;
  dslError: string | null;
  taskType: TaskType;
  notice: Notice | null;
  /** The selected canvas node (an operator or a loop group), or null. */
  selectedId: string | null;
  /** Workflows before the current one (oldest first), and the ones undone (next redo last). */
  past: Workflow[];
  future: Workflow[];
  /** The searchable quick-add palette, open with the top-level index it inserts at (undefined appends). */
  quickAdd: { position: number | undefined } | null;
  setQuickAdd(quickAdd: { position: number | undefined } | null): void;
  setDslText(text: string): void;
  setTaskType(type: TaskType): void;
  /** Picks the task to run (suite and index into its test split). */
  setRunTask(next: { suite?: RunSuite; taskIndex?: number }): void;
  /** Benchmark files imported in the IDE (kept in IndexedDB), offered by the task picker beside the suites. */
  importedSets: ImportedSet[];
  /** Adds an imported set (or replaces one with the same id). */
  addImportedSet(set: ImportedSet): void;
  /** Removes an imported set; a picker pointing at it goes back to the first built-in suite. */
  removeImportedSet(id: string): void;
  select(id: string | null): void;
  /** Hand edits go through the same applyAction as the policy; a refusal is shown with its reason. */
  edit(action: CanvasAction): boolean;
  /** Replaces the whole workflow (an import or a restore), as one undoable step unless `record` is false. */
  replaceWorkflow(workflow: Workflow, options?: { record?: boolean; notice?: Notice }): void;
  setNotice(notice: Notice | null): void;
  undo(): void;
  redo(): void;
  /** The context legality is judged in, for the mask and applyAction alike. */
  actionContext(): ActionContext;
  /** Set while the canvas shows what the user must not edit (an episode being replayed): the reason shown. */
  readOnly: string | null;
  setReadOnly(reason: string | null): void;
  /** True while the canvas shows an episode or its fork instead of the user's workflow (autosave skips it). */
  borrowed: boolean;
  /** Listens to accepted hand edits (the episode recorder); returns the unsubscribe function. */
  onEdit(listener: EditListener): () => void;
}

/** Called after each accepted hand edit with the action and the workflow it produced. */
export type EditListener = (action: CanvasAction, workflow: Workflow) => void;

/** The app's one store; made per app so tests and pages never share state. */
export function createAppStore(
  registry: OperatorRegistry,
  initial: string | Workflow = '',
): StoreApi<AppState> {
  let workflow: Workflow;
  let dslText: string;
  let dslError: string | null = null;
  if (typeof initial === 'string') {
    const parsed = parseWorkflow(initial, registry);
    workflow = parsed.ok ? parsed.workflow : emptyWorkflow();
    dslText = parsed.ok ? printWorkflow(workflow, registry) : initial;
    if (!parsed.ok) dslError = parsed.error.message;
  } else {
    workflow = initial;
    dslText = printWorkflow(workflow, registry);
  }
  const editListeners = new Set<EditListener>();
  return createStore<AppState>()((set, get) => {
    /** True (and says why) when the canvas is read-only, so no edit path changes it. */
    const refuseReadOnly = (): boolean => {
      const reason = get().readOnly;
      if (reason !== null) set({ notice: { kind: 'info', text: reason } });
      return reason !== null;
    };
    /** Moves to a new workflow, keeping the old one for undo and dropping the redo branch. */
    const commit = (next: Workflow, extra: Partial<AppState> = {}): void => {
      const { past, workflow: current } = get();
      set({
        workflow: next,
        past: [...past, current].slice(-HISTORY_LIMIT),
        future: [],
        dslText: printWorkflow(next, get().registry),
        dslError: null,
        notice: null,
        ...extra,
      });
    };
    const show = (next: Workflow, past: Workflow[], future: Workflow[]): void => {
      const { selectedId } = get();
      set({
        workflow: next,
        past,
        future,
        dslText: printWorkflow(next, get().registry),
        dslError: null,
        notice: null,
        selectedId: selectedId !== null && findNode(next, selectedId) ? selectedId : null,
      });
    };
    return {
      ...IDLE_RUN,
      registry,
      view: 'studio',
      dockTab: 'run',
      setView(view) {
        set({ view });
      },
      setDockTab(dockTab) {
        set({ dockTab });
      },
      workflow,
      dslText,
      dslError,
      taskType: 'math',
      notice: null,
      selectedId: null,
      past: [],
      future: [],
      quickAdd: null,
      setQuickAdd(quickAdd) {
        set({ quickAdd });
      },
      setDslText(text) {
        if (refuseReadOnly()) return;
        const result = parseWorkflow(text, get().registry);
        if (!result.ok) {
          set({ dslText: text, dslError: result.error.message });
          return;
        }
        const { past, workflow: current, registry: reg } = get();
        // Typing produces a new workflow per keystroke; only a change of the graph is a step worth undoing.
        const same = printWorkflow(current, reg) === printWorkflow(result.workflow, reg);
        set({
          dslText: text,
          dslError: null,
          workflow: result.workflow,
          notice: null,
          ...(same ? {} : { past: [...past, current].slice(-HISTORY_LIMIT), future: [] }),
        });
      },
      setTaskType(taskType) {
        set({ taskType });
      },
      setRunTask(next) {
        // The finish rule and the legal actions follow the kind of task being run.
        const imported =
          next.suite === undefined ? undefined : findImportedSet(get().importedSets, next.suite);
        const taskType: TaskType | undefined = imported
          ? (imported.tasks[0]?.type ?? 'math')
          : next.suite === 'builtin:code'
            ? 'code'
            : next.suite === 'builtin:qa'
              ? 'qa'
              : next.suite
                ? 'math'
                : undefined;
        set(taskType ? { ...next, taskType } : next);
      },
      importedSets: [],
      addImportedSet(importedSet) {
        set({ importedSets: [...get().importedSets.filter((s) => s.id !== importedSet.id), importedSet] });
      },
      removeImportedSet(id) {
        set({ importedSets: get().importedSets.filter((s) => s.id !== id) });
        if (get().suite === id) get().setRunTask({ suite: RUN_SUITES[0], taskIndex: 0 });
      },
      select(selectedId) {
        set({ selectedId });
      },
      actionContext() {
        const { taskType } = get();
        return { taskType, hasTests: taskType === 'code', lastAnswerLong: null, rules: DEFAULT_ACTION_RULES };
      },
      edit(action) {
        if (refuseReadOnly()) return false;
        const result = applyAction(get().workflow, action, get().actionContext(), get().registry);
        if (!result.outcome.ok) {
          set({ notice: { kind: 'error', text: `${result.outcome.code}: ${result.outcome.message}` } });
          return false;
        }
        const created = result.created[0];
        commit(result.workflow, {
          selectedId: action.type === 'deleteNode' ? null : (created ?? get().selectedId),
        });
        for (const listener of [...editListeners]) listener(action, result.workflow);
        return true;
      },
      replaceWorkflow(next, options = {}) {
        if (options.record === false) {
          set({ workflow: next, dslText: printWorkflow(next, get().registry), dslError: null });
        } else {
          if (refuseReadOnly()) return;
          commit(next, { selectedId: null });
        }
        if (options.notice) set({ notice: options.notice });
      },
      setNotice(notice) {
        set({ notice });
      },
      undo() {
        if (refuseReadOnly()) return;
        const { past, future, workflow: current } = get();
        const previous = past.at(-1);
        if (!previous) return;
        show(previous, past.slice(0, -1), [...future, current]);
      },
      redo() {
        if (refuseReadOnly()) return;
        const { past, future, workflow: current } = get();
        const next = future.at(-1);
        if (!next) return;
        show(next, [...past, current], future.slice(0, -1));
      },
      readOnly: null,
      borrowed: false,
      setReadOnly(readOnly) {
        set({ readOnly });
      },
      onEdit(listener) {
        editListeners.add(listener);
        return () => {
          editListeners.delete(listener);
        };
      },
    };
  });
}

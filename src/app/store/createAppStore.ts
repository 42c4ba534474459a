import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyAction } from '../../core/actions/applyAction.ts';
import { DEFAULT_ACTION_RULES, type ActionContext, type CanvasAction } from '../../core/actions/types.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { emptyWorkflow, type Workflow } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { TaskType } from '../../core/tasks/types.ts';

/** A refusal or parse error shown to the user; `at` names the position for DSL errors. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface AppState {
  registry: OperatorRegistry;
  workflow: Workflow;
  /** The DSL text as the user typed it; may be invalid while they type. */
  dslText: string;
  dslError: string | null;
  taskType: TaskType;
  notice: Notice | null;
  setDslText(text: string): void;
  setTaskType(type: TaskType): void;
  /** Hand edits go through the same applyAction as the policy; a refusal is shown with its reason. */
  edit(action: CanvasAction): boolean;
}

/** The app's one store (workflow slice for now); made per app so tests and pages never share state. */
export function createAppStore(registry: OperatorRegistry, initialDsl = ''): StoreApi<AppState> {
  const parsed = parseWorkflow(initialDsl, registry);
  const workflow = parsed.ok ? parsed.workflow : emptyWorkflow();
  return createStore<AppState>()((set, get) => ({
    registry,
    workflow,
    dslText: parsed.ok ? printWorkflow(workflow, registry) : initialDsl,
    dslError: parsed.ok ? null : parsed.error.message,
    taskType: 'math',
    notice: null,
    setDslText(text) {
      const result = parseWorkflow(text, get().registry);
      if (result.ok) set({ dslText: text, dslError: null, workflow: result.workflow, notice: null });
      else set({ dslText: text, dslError: result.error.message });
    },
    setTaskType(taskType) {
      set({ taskType });
    },
    edit(action) {
      const { workflow: current, taskType } = get();
      const ctx: ActionContext = {
        taskType,
        hasTests: taskType === 'code',
        lastAnswerLong: null,
        rules: DEFAULT_ACTION_RULES,
      };
      const result = applyAction(current, action, ctx, get().registry);
      if (!result.outcome.ok) {
        set({ notice: { kind: 'error', text: `${result.outcome.code}: ${result.outcome.message}` } });
        return false;
      }
      set({
        workflow: result.workflow,
        dslText: printWorkflow(result.workflow, get().registry),
        dslError: null,
        notice: null,
      });
      return true;
    },
  }));
}

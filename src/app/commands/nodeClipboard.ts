import type { CanvasAction } from '../../core/actions/types.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printNode, printOperator } from '../../core/graph/printWorkflow.ts';
import type { OperatorNode, WorkflowNode } from '../../core/graph/types.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import { findNode } from '../../core/graph/workflowQueries.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import type { AppState } from '../store/createAppStore.ts';

type Selection = Pick<AppState, 'workflow' | 'registry' | 'selectedId'>;

/**
 * The selected node as DSL text: a top-level node with its structure (`[Programmer, Custom]`), an operator inside
 * a structure on its own (`Custom#custom-direct`); null when nothing is selected.
 */
export function selectedNodeText(state: Selection): string | null {
  if (state.selectedId === null) return null;
  const found = findNode(state.workflow, state.selectedId);
  if (!found) return null;
  return found.node.kind === 'operator' && found.slot !== 'top'
    ? printOperator(found.node, state.registry)
    : printNode(found.node, state.registry);
}

/** The top-level index right after the selected node's top-level node; undefined (append) with no selection. */
export function positionAfterSelection(state: Selection): number | undefined {
  if (state.selectedId === null) return undefined;
  const found = findNode(state.workflow, state.selectedId);
  return found ? found.topIndex + 1 : undefined;
}

/** The operators of a node in document order (checker, fix, otherwise for a conditional). */
function operatorsOf(node: WorkflowNode): OperatorNode[] {
  switch (node.kind) {
    case 'operator':
      return [node];
    case 'parallel':
    case 'loop':
      return node.children;
    case 'conditional':
      return node.otherwise ? [node.checker, node.fix, node.otherwise] : [node.checker, node.fix];
    default:
      return assertNever(node, 'node kind');
  }
}

/** The add action that recreates a node's shape at `position` (structure children start on default prompts). */
function addActionFor(node: WorkflowNode, position: number | undefined): CanvasAction {
  const at = position === undefined ? {} : { position };
  switch (node.kind) {
    case 'operator':
      return { type: 'addOperator', operator: node.operator, prompt: node.prompt, ...at };
    case 'parallel':
      return { type: 'addParallel', operators: node.children.map((c) => c.operator), ...at };
    case 'loop':
      return { type: 'addLoop', operators: node.children.map((c) => c.operator), count: node.count, ...at };
    case 'conditional':
      return {
        type: 'addConditional',
        checker: node.checker.operator,
        fix: node.fix.operator,
        otherwise: node.otherwise?.operator ?? null,
        ...at,
      };
    default:
      return assertNever(node, 'node kind');
  }
}

/** Whether any operator of a structure has a prompt other than its operator's first template. */
function hasCustomPrompts(node: WorkflowNode, registry: OperatorRegistry): boolean {
  if (node.kind === 'operator') return false;
  return operatorsOf(node).some((op) => {
    const first = registry.get(op.operator)?.templates[0]?.id;
    return op.prompt.kind === 'text' || op.prompt.id !== first;
  });
}

/** The add action for the one node written in `text`, or why the text is not one node. */
export type PasteAction =
  | {
      ok: true;
      action: CanvasAction;
      /** A structure's custom prompts do not travel (see below). */ resetsPrompts: boolean;
    }
  | { ok: false; message: string };

/**
 * The add action that inserts the one node written in `text` (DSL) at `position`: an operator keeps its template
 * or free-text prompt; a structure keeps its operators and count, while its operators start on their default
 * prompts, because an add action carries no prompts for them and a paste must stay one undoable edit.
 */
export function pasteAction(
  text: string,
  registry: OperatorRegistry,
  position: number | undefined,
): PasteAction {
  const parsed = parseWorkflow(text.trim(), registry);
  const node = parsed.ok && parsed.workflow.nodes.length === 1 ? parsed.workflow.nodes[0] : undefined;
  if (!node) {
    return {
      ok: false,
      message:
        'Paste: the clipboard does not hold one workflow node (DSL text such as “Custom#custom-direct”).',
    };
  }
  return { ok: true, action: addActionFor(node, position), resetsPrompts: hasCustomPrompts(node, registry) };
}

/**
 * Pastes node text after the selected node (or at the end) through `edit`, i.e. applyAction: one undoable step
 * that every rule checks (a refusal shows its reason) and the episode recorder sees like any hand edit.
 */
export function pasteNodeText(
  state: Pick<AppState, 'workflow' | 'registry' | 'selectedId' | 'edit' | 'setNotice'>,
  text: string,
): boolean {
  const result = pasteAction(text, state.registry, positionAfterSelection(state));
  if (!result.ok) {
    state.setNotice({ kind: 'error', text: result.message });
    return false;
  }
  const done = state.edit(result.action);
  if (done && result.resetsPrompts) {
    state.setNotice({
      kind: 'info',
      text: 'Pasted; the copied structure’s operators start on their default prompts.',
    });
  }
  return done;
}

import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { mapOperators } from '../graph/mapOperators.ts';
import { defaultPromptOf } from '../graph/structureRules.ts';
import { toNodeId } from '../graph/types.ts';
import type { NodeId, OperatorNode, PromptRef, Workflow, WorkflowNode } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { validateAction } from './validateAction.ts';
import type { ActionContext, ActionResult, CanvasAction } from './types.ts';

/** Free text is stored trimmed, so equal intents give equal workflows (and equal cache keys). */
const normalisePrompt = (prompt: PromptRef): PromptRef =>
  prompt.kind === 'text' ? { kind: 'text', text: prompt.text.trim() } : { kind: 'template', id: prompt.id };

/**
 * The pure reducer of the canvas: applies a legal action, or returns the same workflow object with the refusal.
 * Never mutates its input and never throws. New nodes take ids from `nextId` (a structure before its children),
 * so ids are never reused; a new operator starts on its first template unless a prompt is given; modifyOperator
 * keeps the node id and resets the prompt to the new operator's first template.
 */
export function applyAction(
  w: Workflow,
  action: CanvasAction,
  ctx: ActionContext,
  registry: OperatorRegistry,
): ActionResult {
  const outcome = validateAction(w, action, ctx, registry);
  if (!outcome.ok) return { workflow: w, outcome, finished: false, created: [] };

  let next = w.nextId;
  const created: NodeId[] = [];
  const newId = (): NodeId => {
    const id = toNodeId(`n${next++}`);
    created.push(id);
    return id;
  };
  // Validation has checked every operator is registered; the empty id only satisfies the types.
  const defaultPrompt = (operator: string): PromptRef => {
    const def = registry.get(operator);
    return def ? defaultPromptOf(def) : { kind: 'template', id: '' };
  };
  const newOperator = (operator: string, prompt?: PromptRef): OperatorNode => {
    const id = newId();
    return {
      kind: 'operator',
      id,
      operator,
      prompt: prompt ? normalisePrompt(prompt) : defaultPrompt(operator),
    };
  };
  const insert = (build: () => WorkflowNode, position: number | undefined): ActionResult => {
    const node = build();
    const at = position ?? w.nodes.length;
    const nodes = [...w.nodes.slice(0, at), node, ...w.nodes.slice(at)];
    return { workflow: { nodes, nextId: next }, outcome, finished: false, created };
  };

  switch (action.type) {
    case 'addOperator':
      return insert(() => newOperator(action.operator, action.prompt), action.position);
    case 'addParallel':
      return insert(() => {
        const id = newId();
        return { kind: 'parallel', id, children: action.operators.map((op) => newOperator(op)) };
      }, action.position);
    case 'addConditional':
      return insert(() => {
        const id = newId();
        const checker = newOperator(action.checker);
        const fix = newOperator(action.fix);
        const otherwise = action.otherwise === null ? null : newOperator(action.otherwise);
        return { kind: 'conditional', id, checker, fix, otherwise };
      }, action.position);
    case 'addLoop':
      return insert(() => {
        const id = newId();
        return {
          kind: 'loop',
          id,
          count: action.count,
          children: action.operators.map((op) => newOperator(op)),
        };
      }, action.position);
    case 'deleteNode':
      return {
        workflow: { ...w, nodes: w.nodes.filter((n) => n.id !== action.target) },
        outcome,
        finished: false,
        created,
      };
    case 'modifyOperator': {
      const prompt = defaultPrompt(action.operator);
      const workflow = mapOperators(w, (n) =>
        n.id === action.target ? { ...n, operator: action.operator, prompt } : n,
      );
      return { workflow, outcome, finished: false, created };
    }
    case 'setPrompt': {
      const prompt = normalisePrompt(action.prompt);
      const workflow = mapOperators(w, (n) => (n.id === action.target ? { ...n, prompt } : n));
      return { workflow, outcome, finished: false, created };
    }
    case 'finish':
      return { workflow: w, outcome, finished: true, created };
    default:
      return assertNever(action, 'action');
  }
}

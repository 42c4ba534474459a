import type { PromptRef } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import type { CanvasAction } from './types.ts';

const MAX_QUOTE = 40;

/** Free text as a short one-line quote. */
function quote(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return `“${line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line}”`;
}

const promptLabel = (prompt: PromptRef): string =>
  prompt.kind === 'template' ? `template ${quote(prompt.id)}` : quote(prompt.text);

const at = (position: number | undefined): string =>
  position === undefined ? '' : ` at position ${position + 1}`;

/** A one-line, sentence-case description of an action for the UI and the narration (positions 1-based). */
export function actionLabel(action: CanvasAction): string {
  switch (action.type) {
    case 'addOperator':
      return `Add ${action.operator}${action.prompt ? ` with ${promptLabel(action.prompt)}` : ''}${at(action.position)}`;
    case 'addParallel':
      return `Add parallel [${action.operators.join(', ')}]${at(action.position)}`;
    case 'addConditional':
      return `Add check ${action.checker}: on fail → ${action.fix}, on pass → ${action.otherwise ?? 'done'}${at(action.position)}`;
    case 'addLoop':
      return `Add loop (${action.operators.join(' → ')}) × ${action.count}${at(action.position)}`;
    case 'deleteNode':
      return `Delete ${action.target}`;
    case 'modifyOperator':
      return `Change ${action.target} to ${action.operator}`;
    case 'setPrompt':
      return `Set the prompt of ${action.target} to ${promptLabel(action.prompt)}`;
    case 'finish':
      return 'Finish the workflow';
    default:
      return assertNever(action, 'action');
  }
}

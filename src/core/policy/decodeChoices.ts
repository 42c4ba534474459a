import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES } from '../actions/legalActionMask.ts';
import type { ActionMask } from '../actions/legalActionMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import type { CanvasAction } from '../actions/types.ts';
import type { PromptRef } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import type { HeadMasker } from './createHeadMasker.ts';
import { HEAD } from './policyHeads.ts';

/** The add position a position choice stands for: append (undefined), first, or before the last node. */
export function positionOf(choice: number, nodeCount: number): number | undefined {
  if (choice === 1) return 0;
  if (choice === 2) return nodeCount - 1;
  return undefined;
}

/**
 * Turns a complete set of head choices into a canvas action. Prompts are always template ids: the policy never
 * writes free text (setPrompt text comes from people or the LLM director).
 */
export function decodeChoices(
  choices: Int32Array,
  mask: ActionMask,
  masker: HeadMasker,
  nodeCount: number,
): CanvasAction {
  const c = (head: number): number => choices[head] ?? -1;
  const op = (head: number): string => {
    const name = mask.operators[c(head)];
    if (name === undefined) throw new Error(`head ${head} chose no operator`);
    return name;
  };
  const template = (templates: readonly string[] | undefined): PromptRef | undefined => {
    const id = templates?.[c(HEAD.template)];
    return id === undefined ? undefined : { kind: 'template', id };
  };
  const placed = <A extends CanvasAction>(action: A): A => {
    const position = positionOf(c(HEAD.position), nodeCount);
    return position === undefined ? action : { ...action, position };
  };
  const type = ACTION_TYPES[c(HEAD.type)];
  if (type === undefined) throw new Error('no action type chosen');
  switch (type) {
    case 'addOperator': {
      const prompt = template(mask.addOperator.templates[c(HEAD.opAdd)]);
      return placed({ type, operator: op(HEAD.opAdd), ...(prompt ? { prompt } : {}) });
    }
    case 'addParallel': {
      const arity = PARALLEL_ARITIES[c(HEAD.parallelArity)] ?? 2;
      const heads = [HEAD.opBranch0, HEAD.opBranch1, HEAD.opBranch2].slice(0, arity);
      return placed({ type, operators: heads.map(op) });
    }
    case 'addConditional': {
      const otherwise = c(HEAD.opOtherwise) === masker.done ? null : op(HEAD.opOtherwise);
      return placed({ type, checker: op(HEAD.opChecker), fix: op(HEAD.opFix), otherwise });
    }
    case 'addLoop': {
      const arity = LOOP_ARITIES[c(HEAD.loopArity)] ?? 1;
      const operators = [HEAD.opLoop0, HEAD.opLoop1].slice(0, arity).map(op);
      return placed({ type, operators, count: LOOP_COUNTS[c(HEAD.loopCount)] ?? 1 });
    }
    case 'deleteNode':
      return { type, target: masker.targetId(type, c(HEAD.target)) };
    case 'modifyOperator':
      return { type, target: masker.targetId(type, c(HEAD.target)), operator: op(HEAD.opModify) };
    case 'setPrompt': {
      const target = masker.targetId(type, c(HEAD.target));
      const templates = mask.setPrompt.targets.find((t) => t.id === target)?.templates;
      const prompt = template(templates);
      if (!prompt) throw new Error(`setPrompt on ${target} chose no template`);
      return { type, target, prompt };
    }
    case 'finish':
      return { type };
    default:
      return assertNever(type, 'action type');
  }
}

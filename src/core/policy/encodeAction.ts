import { LOOP_ARITIES, LOOP_COUNTS, PARALLEL_ARITIES } from '../actions/legalActionMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import type { CanvasAction } from '../actions/types.ts';
import { decodeChoices, positionOf } from './decodeChoices.ts';
import { HEAD, HEAD_COUNT } from './policyHeads.ts';
import type { HeadId } from './policyHeads.ts';
import { headLogits, maskedLogSoftmax } from './sampleChoices.ts';
import type { ChoiceSet, DecisionView } from './sampleChoices.ts';
import type { PolicyInput } from './types.ts';

/** JSON with sorted keys and undefined fields dropped, so equal actions compare equal whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * The same edit in the form decodeChoices writes it: an add at position `nodeCount` is an append, and an
 * addOperator without a prompt starts on its operator's first template (what applyAction gives it anyway).
 */
function normalise(action: CanvasAction, input: PolicyInput): CanvasAction {
  const out = { ...action } as CanvasAction & { position?: number };
  if (out.position === input.observation.workflow.nodes.length) delete out.position;
  if (out.type === 'addOperator' && !out.prompt) {
    const first = input.mask.addOperator.templates[input.mask.operators.indexOf(out.operator)]?.[0];
    if (first !== undefined) out.prompt = { kind: 'template', id: first };
  }
  return out;
}

/** The operator named in `action` that an operator head stands for, null for a conditional's `done`, or undefined. */
function operatorFor(head: HeadId, action: CanvasAction): string | null | undefined {
  switch (action.type) {
    case 'addOperator':
      return head === HEAD.opAdd ? action.operator : undefined;
    case 'addParallel':
      return action.operators[head - HEAD.opBranch0];
    case 'addConditional':
      if (head === HEAD.opChecker) return action.checker;
      return head === HEAD.opFix ? action.fix : action.otherwise;
    case 'addLoop':
      return action.operators[head - HEAD.opLoop0];
    case 'modifyOperator':
      return action.operator;
    default:
      return undefined;
  }
}

/** The template ids the template head indexes for this action (as decodeChoices reads them). */
function templatesFor(action: CanvasAction, input: PolicyInput): readonly string[] {
  const { mask } = input;
  if (action.type === 'addOperator')
    return mask.addOperator.templates[mask.operators.indexOf(action.operator)] ?? [];
  if (action.type === 'setPrompt')
    return mask.setPrompt.targets.find((t) => t.id === action.target)?.templates ?? [];
  return [];
}

/** The value of `head` that expresses `action`, or -1 when none does; `legal` breaks ties between equal values. */
function valueFor(
  head: HeadId,
  action: CanvasAction,
  input: PolicyInput,
  view: DecisionView,
  legal: boolean[],
): number {
  const { mask } = input;
  const n = input.observation.workflow.nodes.length;
  const firstLegal = (ok: (i: number) => boolean): number => legal.findIndex((l, i) => l && ok(i));
  switch (head) {
    case HEAD.type:
      return ACTION_TYPES.indexOf(action.type);
    case HEAD.target:
      if (!('target' in action)) return -1;
      return firstLegal((t) => view.masker.targetId(action.type, t) === action.target);
    case HEAD.parallelArity:
      return action.type === 'addParallel' ? PARALLEL_ARITIES.indexOf(action.operators.length) : -1;
    case HEAD.loopArity:
      return action.type === 'addLoop' ? LOOP_ARITIES.indexOf(action.operators.length) : -1;
    case HEAD.loopCount:
      return action.type === 'addLoop' ? LOOP_COUNTS.indexOf(action.count) : -1;
    case HEAD.position: {
      const position = 'position' in action ? action.position : undefined;
      return firstLegal((i) => positionOf(i, n) === position);
    }
    case HEAD.template: {
      const prompt = 'prompt' in action ? action.prompt : undefined;
      return prompt?.kind === 'template' ? templatesFor(action, input).indexOf(prompt.id) : -1;
    }
    default: {
      const name = operatorFor(head, action);
      if (name === null) return view.masker.done;
      return name === undefined ? -1 : mask.operators.indexOf(name);
    }
  }
}

/**
 * The head choices (with masks and log-probability, as sampleChoices returns them) that decodeChoices turns into
 * `action`, or null when the policy cannot express it: free-text prompts, positions other than append, first or
 * before the last node, operators past the policy's table, or an action the mask refuses. Equivalent forms count:
 * an add at the end is an append and an addOperator without a prompt gets its operator's first template.
 */
export function encodeAction(view: DecisionView, input: PolicyInput, action: CanvasAction): ChoiceSet | null {
  const { masker, dims } = view;
  if (!masker.types.some(Boolean)) return null;
  const target = normalise(action, input);
  const choices = new Int32Array(HEAD_COUNT).fill(-1);
  const masks = new Float32Array(dims.maskSize);
  let logProb = 0;
  for (let head = masker.nextHead(choices); head !== null; head = masker.nextHead(choices)) {
    const legal = masker.mask(head, choices);
    const value = valueFor(head, target, input, view, legal);
    if (value < 0 || legal[value] !== true) return null;
    const logp = maskedLogSoftmax(headLogits(view, head, choices), legal);
    choices[head] = value;
    logProb += logp[value] ?? 0;
    legal.forEach((ok, i) => {
      if (ok) masks[head * dims.rowWidth + i] = 1;
    });
  }
  const decoded = decodeChoices(choices, input.mask, masker, input.observation.workflow.nodes.length);
  return canonical(decoded) === canonical(target) ? { choices, masks, logProb } : null;
}

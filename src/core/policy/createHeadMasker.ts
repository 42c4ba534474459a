import { LOOP_ARITIES, PARALLEL_ARITIES } from '../actions/legalActionMask.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import type { ActionType } from '../actions/types.ts';
import type { NodeId } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import type { EncodedObservation } from './encodeObservation.ts';
import { HEAD, MAX_TEMPLATES, POINTER_TYPES, POSITION_CHOICES } from './policyHeads.ts';
import type { HeadId } from './policyHeads.ts';
import type { PolicyInput } from './types.ts';

/**
 * The legal choices of each head given the choices already made, derived from the ActionMask (the same mask
 * `applyAction` agrees with), and the order in which an action type uses its heads.
 */
export interface HeadMasker {
  /** Action types the policy can express now: allowed by the mask, with a legal value in each of their heads. */
  readonly types: readonly boolean[];
  /** Column of the conditional's `done` choice in the operator heads (= maxOperatorTypes). */
  readonly done: number;
  /** Legal values of `head` given earlier choices (-1 = not chosen); width is the head's own width. */
  mask(head: HeadId, choices: Int32Array): boolean[];
  /** The next head the action still needs, or null when it is complete. */
  nextHead(choices: Int32Array): HeadId | null;
  /** Top-level node id (deleteNode) or operator node id (modify, setPrompt) behind a target token. */
  targetId(type: ActionType, token: number): NodeId;
}

const typeOf = (choices: Int32Array): ActionType | undefined => ACTION_TYPES[choices[HEAD.type] ?? -1];

/** Builds the masker for one observation; operators past `maxOperatorTypes` are invisible to the policy. */
export function createHeadMasker(
  input: PolicyInput,
  encoded: EncodedObservation,
  sizes: { maxTokens: number; maxOperatorTypes: number },
): HeadMasker {
  const { mask } = input;
  const v = sizes.maxOperatorTypes;
  const ops = (flags: readonly boolean[], done = false): boolean[] => {
    const row = Array.from({ length: v + 1 }, (_, j) => j < v && flags[j] === true);
    row[v] = done;
    return row;
  };
  const modifyRows = new Map(mask.modifyOperator.targets.map((t) => [t.id as string, ops(t.operator)]));
  const promptTemplates = new Map(mask.setPrompt.targets.map((t) => [t.id as string, t.templates.length]));
  const templateRow = (count: number): boolean[] =>
    Array.from({ length: MAX_TEMPLATES }, (_, t) => t < count);
  const tokenId = (t: number): string | undefined => encoded.tokens[t]?.node.id;
  const n = input.observation.workflow.nodes.length;

  const targetRow = (type: ActionType | undefined): boolean[] =>
    Array.from({ length: sizes.maxTokens }, (_, t) => {
      const id = tokenId(t);
      if (id === undefined) return false;
      if (type === 'deleteNode') return encoded.headToken.includes(t);
      if (type === 'modifyOperator') return modifyRows.get(id)?.some(Boolean) === true;
      if (type === 'setPrompt') return (promptTemplates.get(id) ?? 0) > 0;
      return false;
    });
  const any = (row: readonly boolean[]): boolean => row.some(Boolean);

  const maskOf = (head: HeadId, choices: Int32Array): boolean[] => {
    const type = typeOf(choices);
    const target = choices[HEAD.target] ?? -1;
    switch (head) {
      case HEAD.type:
        return [...types];
      case HEAD.target:
        return targetRow(type);
      case HEAD.parallelArity:
        return [...mask.addParallel.arity];
      case HEAD.loopArity:
        return [...mask.addLoop.arity];
      case HEAD.loopCount:
        return [...mask.addLoop.count];
      case HEAD.position:
        return Array.from({ length: POSITION_CHOICES }, (_, i) => i <= n);
      case HEAD.template: {
        if (type === 'setPrompt') return templateRow(promptTemplates.get(tokenId(target) ?? '') ?? 0);
        return templateRow(mask.addOperator.templates[choices[HEAD.opAdd] ?? -1]?.length ?? 0);
      }
      case HEAD.opAdd:
        return ops(mask.addOperator.operator);
      case HEAD.opBranch0:
      case HEAD.opBranch1:
      case HEAD.opBranch2:
        return ops(mask.addParallel.branch);
      case HEAD.opChecker:
        return ops(mask.addConditional.checker);
      case HEAD.opFix:
        return ops(mask.addConditional.fix);
      case HEAD.opOtherwise:
        return ops(mask.addConditional.otherwise, mask.addConditional.done);
      case HEAD.opLoop0:
      case HEAD.opLoop1:
        return ops(mask.addLoop.operator);
      case HEAD.opModify:
        return modifyRows.get(tokenId(target) ?? '') ?? ops([]);
      default:
        return assertNever(head, 'head');
    }
  };

  const none = new Int32Array(HEAD.opModify + 1).fill(-1);
  const expressible = (type: ActionType): boolean => {
    const with_ = (heads: HeadId[]): boolean => heads.every((h) => any(maskOf(h, none)));
    switch (type) {
      case 'addOperator':
        return with_([HEAD.opAdd]);
      case 'addParallel':
        return with_([HEAD.parallelArity, HEAD.opBranch0]);
      case 'addConditional':
        return with_([HEAD.opChecker, HEAD.opFix, HEAD.opOtherwise]);
      case 'addLoop':
        return with_([HEAD.loopArity, HEAD.opLoop0, HEAD.loopCount]);
      case 'deleteNode':
      case 'modifyOperator':
      case 'setPrompt':
        return any(targetRow(type));
      case 'finish':
        return true;
      default:
        return assertNever(type, 'action type');
    }
  };
  const types = ACTION_TYPES.map((t) => mask.type[t] && expressible(t));

  const nextHead = (c: Int32Array): HeadId | null => {
    const type = typeOf(c);
    if (type === undefined) return HEAD.type;
    const first = (heads: HeadId[]): HeadId | null => heads.find((h) => (c[h] ?? -1) < 0) ?? null;
    const position = (heads: HeadId[]): HeadId | null => first([...heads, HEAD.position]);
    switch (type) {
      case 'addOperator': {
        const op = c[HEAD.opAdd] ?? -1;
        if (op < 0) return HEAD.opAdd;
        const templates = mask.addOperator.templates[op]?.length ?? 0;
        return position(templates > 0 ? [HEAD.template] : []);
      }
      case 'addParallel': {
        const arity = PARALLEL_ARITIES[c[HEAD.parallelArity] ?? -1];
        if (arity === undefined) return HEAD.parallelArity;
        const branches: HeadId[] = [HEAD.opBranch0, HEAD.opBranch1, HEAD.opBranch2];
        return position(branches.slice(0, arity));
      }
      case 'addConditional':
        return position([HEAD.opChecker, HEAD.opFix, HEAD.opOtherwise]);
      case 'addLoop': {
        const arity = LOOP_ARITIES[c[HEAD.loopArity] ?? -1];
        if (arity === undefined) return HEAD.loopArity;
        const body: HeadId[] = [HEAD.opLoop0, HEAD.opLoop1];
        return position([...body.slice(0, arity), HEAD.loopCount]);
      }
      case 'deleteNode':
        return first([HEAD.target]);
      case 'modifyOperator':
        return first([HEAD.target, HEAD.opModify]);
      case 'setPrompt':
        return first([HEAD.target, HEAD.template]);
      case 'finish':
        return null;
      default:
        return assertNever(type, 'action type');
    }
  };

  const targetId = (type: ActionType, token: number): NodeId => {
    const placed = encoded.tokens[token];
    if (!placed) throw new Error(`target token ${token} is empty`);
    if (type !== 'deleteNode') return placed.node.id;
    const node = input.observation.workflow.nodes[placed.topIndex];
    if (!node) throw new Error(`target token ${token} has no top-level node`);
    return node.id;
  };

  return { types, done: v, mask: maskOf, nextHead, targetId };
}

/** Pointer query index of an action type, or -1 when it has no target. */
export const pointerIndex = (type: ActionType | undefined): number =>
  (POINTER_TYPES as readonly string[]).indexOf(type ?? '');

import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { findNode } from '../graph/workflowQueries.ts';
import { toNodeId } from '../graph/types.ts';
import type { NodeId, PromptRef, Workflow } from '../graph/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { readProtocolTags } from './readProtocolTags.ts';
import type { ProtocolTag } from './readProtocolTags.ts';
import type { CanvasAction } from './types.ts';

/** The result of {@link parseActionText}. */
export type ParseActionTextResult =
  { ok: true; action: CanvasAction } | { ok: false; code: 'E_PROTOCOL'; message: string };

type Verb = 'add' | 'delete' | 'modify' | 'set_prompt' | 'finish';
type Structure = 'parallel' | 'conditional' | 'loop';

const VERBS: Record<string, { verb: Verb; structure?: Structure }> = {
  add: { verb: 'add' },
  addoperator: { verb: 'add' },
  addparallel: { verb: 'add', structure: 'parallel' },
  addconditional: { verb: 'add', structure: 'conditional' },
  addloop: { verb: 'add', structure: 'loop' },
  delete: { verb: 'delete' },
  deletenode: { verb: 'delete' },
  remove: { verb: 'delete' },
  modify: { verb: 'modify' },
  modifyoperator: { verb: 'modify' },
  replace: { verb: 'modify' },
  setprompt: { verb: 'set_prompt' },
  prompt: { verb: 'set_prompt' },
  finish: { verb: 'finish' },
  done: { verb: 'finish' },
};
const STRUCTURES: Record<string, Structure> = {
  parallel: 'parallel',
  conditional: 'conditional',
  condition: 'conditional',
  if: 'conditional',
  loop: 'loop',
  repeat: 'loop',
};
const EXAMPLE = '<action>add</action><operator>Plan</operator>';

class ProtocolFailure {
  constructor(readonly message: string) {}
}
const fail = (message: string): never => {
  throw new ProtocolFailure(message);
};
const word = (text: string): string => text.toLowerCase().replace(/[\s_-]/g, '');
const entry = <T>(table: Record<string, T>, text: string): T | undefined =>
  Object.hasOwn(table, word(text)) ? table[word(text)] : undefined;

/**
 * Reads the first action of an LLM's reply in the paper's tag protocol (`<tag>…</tag>` or `[tag]…[/tag]`,
 * case-insensitive tags and operator names). Conditionals follow the paper: `<condition>` is the checker, `<true>`
 * is the branch taken when the check FAILS (our `fix`) and `<false>` the one taken when it passes (our `otherwise`;
 * `done`, `none` or absent = pass through). Targets are node ids (`n3`) or 1-based top-level indices; `<position>` is
 * 1-based too (1 = insert first). A `<prompt>` naming a template of the operator is that template, else free
 * text. Unknown operator names pass through, so `applyAction` reports them with E_UNKNOWN_OPERATOR.
 */
export function parseActionText(
  text: string,
  w: Workflow,
  registry: OperatorRegistry,
): ParseActionTextResult {
  try {
    return { ok: true, action: readAction(text, w, registry) };
  } catch (e) {
    if (e instanceof ProtocolFailure) return { ok: false, code: 'E_PROTOCOL', message: e.message };
    throw e;
  }
}

function readAction(text: string, w: Workflow, registry: OperatorRegistry): CanvasAction {
  const tags = readProtocolTags(text) ?? fail(`No <action> tag found. Write one action, e.g. ${EXAMPLE}.`);
  const need = (tag: ProtocolTag, hint: string): string => {
    const value = tags[tag];
    return value ? value : fail(`Missing <${tag}>: ${hint}.`);
  };
  const operator = (name: string): string => {
    const exact = registry.get(name);
    if (exact) return exact.type;
    const lower = name.toLowerCase();
    return registry.list().find((d) => d.type.toLowerCase() === lower)?.type ?? name;
  };
  const operatorList = (tag: ProtocolTag, hint: string): string[] =>
    need(tag, hint)
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(operator);
  const target = (): NodeId => readTarget(need('target', 'name the node, e.g. <target>n3</target>'), w);
  const promptFor = (operatorType: string | undefined, value: string): PromptRef => {
    const templates = (operatorType && registry.get(operatorType)?.templates) || [];
    const template =
      templates.find((t) => t.id === value) ??
      templates.find((t) => t.id.toLowerCase() === value.toLowerCase());
    return template ? { kind: 'template', id: template.id } : { kind: 'text', text: value };
  };
  const position = (): { position?: number } => {
    const value = tags.position;
    if (value === undefined) return {};
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      fail(`Bad <position> "${value}": use a whole number from 1 (first) to ${w.nodes.length + 1} (last).`);
    }
    return { position: Number(value) - 1 };
  };

  const verbText = tags.action ?? '';
  const verb =
    entry(VERBS, verbText) ??
    fail(`Unknown action "${verbText}": use add, delete, modify, set_prompt or finish.`);
  switch (verb.verb) {
    case 'finish':
      return { type: 'finish' };
    case 'delete':
      return { type: 'deleteNode', target: target() };
    case 'modify': {
      const id = target();
      return {
        type: 'modifyOperator',
        target: id,
        operator: operator(need('operator', 'name the new operator')),
      };
    }
    case 'set_prompt': {
      const id = target();
      const value = need('prompt', 'give a template id or the prompt text');
      const node = findNode(w, id)?.node;
      return {
        type: 'setPrompt',
        target: id,
        prompt: promptFor(node?.kind === 'operator' ? node.operator : undefined, value),
      };
    }
    case 'add':
      break;
    default:
      return assertNever(verb.verb, 'protocol verb');
  }
  const structureText = tags.structure;
  const structure =
    verb.structure ??
    (structureText === undefined
      ? undefined
      : (entry(STRUCTURES, structureText) ??
        fail(`Unknown structure "${structureText}": use parallel, conditional or loop.`)));
  if (structure === undefined) {
    const type = operator(need('operator', `name the operator to add, e.g. ${EXAMPLE}`));
    const prompt = tags.prompt ? { prompt: promptFor(type, tags.prompt) } : {};
    return { type: 'addOperator', operator: type, ...prompt, ...position() };
  }
  switch (structure) {
    case 'parallel':
      return {
        type: 'addParallel',
        operators: operatorList(
          'operators',
          'list 2 or 3 operators, e.g. <operators>Custom,Programmer</operators>',
        ),
        ...position(),
      };
    case 'conditional': {
      const checker = operator(need('condition', 'name the checker, e.g. <condition>Verify</condition>'));
      const fix = operator(
        need('true', 'name the operator that runs when the check fails, e.g. <true>Revise</true>'),
      );
      const otherwiseText = tags.false ?? '';
      const otherwise = ['', 'done', 'none'].includes(otherwiseText.toLowerCase())
        ? null
        : operator(otherwiseText);
      return { type: 'addConditional', checker, fix, otherwise, ...position() };
    }
    case 'loop': {
      const operators = operatorList(
        'operators',
        'list 1 or 2 operators, e.g. <operators>Programmer,Test</operators>',
      );
      const countText = need('count', 'say how many times to repeat (1 to 5), e.g. <count>2</count>');
      if (!/^-?\d+$/.test(countText)) fail(`Bad <count> "${countText}": use a whole number from 1 to 5.`);
      return { type: 'addLoop', operators, count: Number(countText), ...position() };
    }
    default:
      return assertNever(structure, 'structure');
  }
}

function readTarget(value: string, w: Workflow): NodeId {
  if (/^n\d+$/i.test(value)) return toNodeId(value.toLowerCase());
  if (!/^\d+$/.test(value))
    fail(`Bad <target> "${value}": use a node id such as n3 or a position such as 2.`);
  const index = Number(value);
  const node = w.nodes[index - 1];
  if (index < 1 || !node) {
    fail(
      `<target> ${value} is outside the workflow: it has ${w.nodes.length} top-level node${w.nodes.length === 1 ? '' : 's'}.`,
    );
  }
  return node ? node.id : toNodeId(value);
}

const tag = (name: ProtocolTag, value: string | number): string => `<${name}>${value}</${name}>`;
const promptText = (prompt: PromptRef): string => (prompt.kind === 'template' ? prompt.id : prompt.text);
const positionTag = (position: number | undefined): string =>
  position === undefined ? '' : tag('position', position + 1);

/**
 * Writes an action in the canonical tag form `parseActionText` reads back (positions 1-based, otherwise `done`
 * for null). Free text containing protocol tags, or equal to a template id, does not read back as text.
 */
export function printActionText(action: CanvasAction): string {
  const act = (verb: string) => tag('action', verb);
  switch (action.type) {
    case 'addOperator':
      return `${act('add')}${tag('operator', action.operator)}${action.prompt ? tag('prompt', promptText(action.prompt)) : ''}${positionTag(action.position)}`;
    case 'addParallel':
      return `${act('add')}${tag('structure', 'parallel')}${tag('operators', action.operators.join(','))}${positionTag(action.position)}`;
    case 'addConditional':
      return `${act('add')}${tag('structure', 'conditional')}${tag('condition', action.checker)}${tag('true', action.fix)}${tag('false', action.otherwise ?? 'done')}${positionTag(action.position)}`;
    case 'addLoop':
      return `${act('add')}${tag('structure', 'loop')}${tag('operators', action.operators.join(','))}${tag('count', action.count)}${positionTag(action.position)}`;
    case 'deleteNode':
      return `${act('delete')}${tag('target', action.target)}`;
    case 'modifyOperator':
      return `${act('modify')}${tag('target', action.target)}${tag('operator', action.operator)}`;
    case 'setPrompt':
      return `${act('set_prompt')}${tag('target', action.target)}${tag('prompt', promptText(action.prompt))}`;
    case 'finish':
      return act('finish');
    default:
      return assertNever(action, 'action');
  }
}

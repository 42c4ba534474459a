import type { ErrorCode } from '../errors.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorDefinition } from '../operators/types.ts';
import { DslFailure } from './dslPosition.ts';
import { readDslString } from './readDslString.ts';
import {
  defaultPromptOf,
  LOOP_ARITY,
  PARALLEL_ARITY,
  isLoopCount,
  promptProblem,
  slotProblem,
  type NodeSlot,
} from './structureRules.ts';
import { toNodeId } from './types.ts';
import type { OperatorNode, PromptRef, WorkflowNode } from './types.ts';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const TEMPLATE_CHAR = /[A-Za-z0-9_.-]/;
// Ids are assigned afterwards by renumberWorkflow, in document order.
const PLACEHOLDER = toNodeId('n0');

/** Recursive-descent reader of the workflow text form; throws {@link DslFailure} at the first error. */
export class DslParser {
  private pos = 0;
  private readonly byLowerName = new Map<string, OperatorDefinition>();

  constructor(
    private readonly text: string,
    private readonly registry: OperatorRegistry,
  ) {
    for (const def of registry.list()) {
      if (!this.byLowerName.has(def.type.toLowerCase())) this.byLowerName.set(def.type.toLowerCase(), def);
    }
  }

  workflow(): WorkflowNode[] {
    const nodes: WorkflowNode[] = [];
    this.skipSpace();
    if (this.atEnd()) return nodes;
    nodes.push(this.stage());
    for (;;) {
      this.skipSpace();
      if (this.atEnd()) return nodes;
      if (!this.eatArrow()) this.fail('E_PARSE', 'expected "->" or the end of the workflow');
      this.skipSpace();
      if (this.atEnd() || !/[[(A-Za-z_]/.test(this.peek()))
        this.fail('E_PARSE', 'expected an operator name after "->"');
      nodes.push(this.stage());
    }
  }

  private stage(): WorkflowNode {
    const start = this.pos;
    if (this.peek() === '[') {
      this.pos++;
      const children = [this.operator('branch', '"["')];
      while (this.eatPunct(',')) children.push(this.operator('branch', '","'));
      if (!this.eatPunct(']')) this.fail('E_PARSE', 'expected "," or "]" to close the parallel node');
      if (children.length < PARALLEL_ARITY.min || children.length > PARALLEL_ARITY.max) {
        this.fail(
          'E_BAD_ARITY',
          `a parallel node needs 2 or 3 branches, this one has ${children.length}`,
          start,
        );
      }
      return { kind: 'parallel', id: PLACEHOLDER, children };
    }
    if (this.peek() === '(') {
      this.pos++;
      const children = [this.operator('body', '"("')];
      for (;;) {
        this.skipSpace();
        if (!this.eatArrow()) break;
        children.push(this.operator('body', '"->"'));
      }
      if (!this.eatPunct(')')) this.fail('E_PARSE', 'expected "->" or ")" to close the loop');
      if (children.length < LOOP_ARITY.min || children.length > LOOP_ARITY.max) {
        this.fail('E_BAD_ARITY', `a loop needs 1 or 2 operators, this one has ${children.length}`, start);
      }
      if (!this.eatPunct('*')) this.fail('E_PARSE', 'expected "* count" after the loop, e.g. "* 2"');
      this.skipSpace();
      const countStart = this.pos;
      while (/[0-9]/.test(this.peek())) this.pos++;
      if (countStart === this.pos) this.fail('E_PARSE', 'expected a loop count (1 to 5) after "*"');
      const count = Number(this.text.slice(countStart, this.pos));
      if (!isLoopCount(count))
        this.fail('E_BAD_COUNT', `a loop count must be 1 to 5, not ${count}`, countStart);
      return { kind: 'loop', id: PLACEHOLDER, count, children };
    }
    const first = this.operatorAt('top', null);
    if (!this.eatPunct('?')) return first;
    this.checkSlot('checker', first, start);
    const fix = this.operator('fix', '"?"');
    if (!this.eatPunct(':'))
      this.fail('E_PARSE', 'expected ":" and the otherwise branch (an operator or done)');
    this.skipSpace();
    const word = this.peekName();
    if (word.toLowerCase() === 'done') {
      this.pos += word.length;
      return { kind: 'conditional', id: PLACEHOLDER, checker: first, fix, otherwise: null };
    }
    const otherwise = this.operator('otherwise', '":"');
    return { kind: 'conditional', id: PLACEHOLDER, checker: first, fix, otherwise };
  }

  private operator(slot: NodeSlot, after: string): OperatorNode {
    this.skipSpace();
    return this.operatorAt(slot, after);
  }

  private operatorAt(slot: NodeSlot, after: string | null): OperatorNode {
    const start = this.pos;
    const name = this.peekName();
    if (!name)
      this.fail('E_PARSE', after ? `expected an operator name after ${after}` : 'expected an operator name');
    const def = this.registry.get(name) ?? this.byLowerName.get(name.toLowerCase());
    if (!def) this.fail('E_UNKNOWN_OPERATOR', this.unknownOperatorMessage(name), start);
    this.pos += name.length;
    const node: OperatorNode = {
      kind: 'operator',
      id: PLACEHOLDER,
      operator: def.type,
      prompt: this.prompt(def),
    };
    this.checkSlot(slot, node, start);
    return node;
  }

  private prompt(def: OperatorDefinition): PromptRef {
    this.skipSpace();
    const start = this.pos;
    if (this.peek() === '#') {
      this.pos++;
      while (TEMPLATE_CHAR.test(this.peek())) this.pos++;
      const written = this.text.slice(start + 1, this.pos);
      if (!written) this.fail('E_PARSE', 'expected a template id after "#"');
      const lower = written.toLowerCase();
      const template =
        def.templates.find((t) => t.id === written) ??
        def.templates.find((t) => t.id.toLowerCase() === lower);
      const prompt: PromptRef = { kind: 'template', id: template?.id ?? written };
      this.checkPrompt(def, prompt, start + 1);
      return prompt;
    }
    if (this.peek() === '(') {
      this.pos++;
      this.skipSpace();
      const textStart = this.pos;
      if (this.peek() !== '"')
        this.fail('E_PARSE', 'expected a quoted prompt text after "(", e.g. ("Be brief.")');
      const prompt: PromptRef = { kind: 'text', text: this.stringLiteral() };
      if (!this.eatPunct(')')) this.fail('E_PARSE', 'expected ")" after the prompt text');
      this.checkPrompt(def, prompt, textStart);
      return prompt;
    }
    return defaultPromptOf(def);
  }

  private stringLiteral(): string {
    const read = readDslString(this.text, this.pos);
    if ('detail' in read) this.fail('E_PARSE', read.detail, read.offset);
    this.pos = read.end;
    return read.value;
  }

  private checkSlot(slot: NodeSlot, node: OperatorNode, at: number): void {
    const def = this.registry.get(node.operator);
    const problem = def ? slotProblem(slot, def) : null;
    if (problem) this.fail(problem.code, problem.message, at);
  }

  private checkPrompt(def: OperatorDefinition, prompt: PromptRef, at: number): void {
    const problem = promptProblem(def, prompt);
    if (problem) this.fail(problem.code, problem.message, at);
  }

  private unknownOperatorMessage(name: string): string {
    const known = this.registry
      .list()
      .map((d) => d.type)
      .join(', ');
    return `unknown operator "${name}" (known: ${known})`;
  }

  private peek(): string {
    return this.text[this.pos] ?? '';
  }

  private peekName(): string {
    if (!NAME_START.test(this.peek())) return '';
    let end = this.pos + 1;
    while (NAME_CHAR.test(this.text[end] ?? '')) end++;
    return this.text.slice(this.pos, end);
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private skipSpace(): void {
    while (/\s/.test(this.peek())) this.pos++;
  }

  private eatPunct(ch: string): boolean {
    this.skipSpace();
    if (this.peek() !== ch) return false;
    this.pos++;
    return true;
  }

  private eatArrow(): boolean {
    if (this.text.startsWith('->', this.pos)) this.pos += 2;
    else if (this.peek() === '→') this.pos += 1;
    else return false;
    return true;
  }

  private fail(code: ErrorCode, detail: string, at = this.pos): never {
    throw new DslFailure(code, at, detail);
  }
}

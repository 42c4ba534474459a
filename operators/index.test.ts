import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../src/core/errors.ts';
import { OPERATOR_CATEGORIES, type OperatorDescriptor } from '../src/core/operators/types.ts';
import { BUILTIN_OPERATORS, createBuiltinRegistry } from './index.ts';

type Row = [
  type: string,
  category: OperatorDescriptor['category'],
  cost: OperatorDescriptor['costClass'],
  inputs: OperatorDescriptor['inputKinds'],
  output: OperatorDescriptor['outputKind'],
  flags: string,
];

/** OPERATORS.md, row by row; flags: S solver, C checker, T runs tests, E ensemble, F formatter, L llm, X sandbox. */
const TABLE: Row[] = [
  ['Plan', 'planning', 'low', ['problem'], 'plan', 'L'],
  ['Decompose', 'planning', 'low', ['problem'], 'plan', 'L'],
  ['Custom', 'solving', 'medium', ['problem', 'plan', 'answer'], 'answer', 'SL'],
  ['AnswerGenerate', 'solving', 'medium', ['problem', 'plan'], 'answer', 'SL'],
  ['Programmer', 'solving', 'high', ['problem', 'plan', 'answer'], 'answer', 'SLX'],
  ['Test', 'verification', 'high', ['code'], 'code', 'CTLX'],
  ['Review', 'verification', 'low', ['answer'], 'verdict', 'CL'],
  ['Verify', 'verification', 'medium', ['answer'], 'verdict', 'CL'],
  ['Revise', 'revision', 'medium', ['answer', 'verdict'], 'answer', 'SL'],
  ['ScEnsemble', 'ensemble', 'low', ['candidates'], 'answer', 'EL'],
  ['Aggregate', 'ensemble', 'low', ['candidates'], 'answer', 'SEL'],
  ['Format', 'formatting', 'low', ['answer'], 'answer', 'FL'],
];

const descriptorOf = ([, category, costClass, inputKinds, outputKind, flags]: Row): OperatorDescriptor => ({
  category,
  costClass,
  inputKinds,
  outputKind,
  isSolver: flags.includes('S'),
  isChecker: flags.includes('C'),
  runsTests: flags.includes('T'),
  isEnsemble: flags.includes('E'),
  isFormatter: flags.includes('F'),
  needsLlm: flags.includes('L'),
  needsSandbox: flags.includes('X'),
});

describe('BUILTIN_OPERATORS', () => {
  it('lists the 12 operators of OPERATORS.md in palette order with their exact descriptors', () => {
    expect(BUILTIN_OPERATORS.map((d) => d.type)).toEqual(TABLE.map((row) => row[0]));
    for (const row of TABLE) {
      const def = BUILTIN_OPERATORS.find((d) => d.type === row[0]);
      expect(def?.descriptor, row[0]).toEqual(descriptorOf(row));
    }
  });

  it('has unique types and categories in palette order', () => {
    expect(new Set(BUILTIN_OPERATORS.map((d) => d.type)).size).toBe(12);
    const ranks = BUILTIN_OPERATORS.map((d) => OPERATOR_CATEGORIES.indexOf(d.descriptor.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each(BUILTIN_OPERATORS.map((d) => [d.type, d] as const))(
    '%s has 3–4 real templates and a summary',
    (_t, def) => {
      expect(def.templates.length).toBeGreaterThanOrEqual(3);
      expect(def.templates.length).toBeLessThanOrEqual(4);
      expect(new Set(def.templates.map((t) => t.id)).size).toBe(def.templates.length);
      for (const template of def.templates) {
        expect(template.title.length).toBeGreaterThan(3);
        expect(template.text.length).toBeGreaterThan(80);
      }
      expect(def.summary.length).toBeGreaterThan(10);
    },
  );
});

describe('createBuiltinRegistry', () => {
  it('registers the built-ins and extends with a new operator', () => {
    const registry = createBuiltinRegistry();
    expect(registry.list()).toHaveLength(12);
    expect(registry.lookup('Verify')).toMatchObject({ ok: true });
    const first = BUILTIN_OPERATORS[0];
    if (!first) throw new Error('no operators');
    const extra = { ...first, type: 'Sketch' };
    expect(createBuiltinRegistry([extra]).has('Sketch')).toBe(true);
  });

  it('rejects a duplicate type', () => {
    const dup = BUILTIN_OPERATORS[4];
    if (!dup) throw new Error('no operators');
    expect(() => createBuiltinRegistry([dup])).toThrow(FlowSteerError);
    expect(() => createBuiltinRegistry([dup])).toThrow(/Programmer/);
  });
});

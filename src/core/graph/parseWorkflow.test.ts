import { describe, expect, it } from 'vitest';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { parseWorkflow, positionOf } from './parseWorkflow.ts';
import { printWorkflow } from './printWorkflow.ts';
import { toNodeId } from './types.ts';
import type { OperatorNode } from './types.ts';

const registry = createFixtureRegistry();
const parseOk = (text: string) => {
  const r = parseWorkflow(text, registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
};
const op = (id: string, operator: string, template = 'default'): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(id),
  operator,
  prompt: { kind: 'template', id: template },
});

describe('parseWorkflow: accepted text', () => {
  it('parses the SPEC example with ids in document order', () => {
    const w = parseOk('Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format');
    expect(w).toEqual({
      nextId: 10,
      nodes: [
        op('n1', 'Plan'),
        { kind: 'parallel', id: 'n2', children: [op('n3', 'Programmer'), op('n4', 'Custom')] },
        op('n5', 'ScEnsemble'),
        {
          kind: 'conditional',
          id: 'n6',
          checker: op('n7', 'Verify'),
          fix: op('n8', 'Revise'),
          otherwise: null,
        },
        op('n9', 'Format'),
      ],
    });
  });

  it('parses a loop and a conditional with an otherwise operator', () => {
    expect(parseOk('(Programmer -> Test) * 2 -> Review ? Revise : Format').nodes).toEqual([
      { kind: 'loop', id: 'n1', count: 2, children: [op('n2', 'Programmer'), op('n3', 'Test')] },
      {
        kind: 'conditional',
        id: 'n4',
        checker: op('n5', 'Review'),
        fix: op('n6', 'Revise'),
        otherwise: op('n7', 'Format'),
      },
    ]);
  });

  it('reads the empty workflow from empty or blank text', () => {
    expect(parseOk('')).toEqual({ nodes: [], nextId: 1 });
    expect(parseOk(' \n\t ')).toEqual({ nodes: [], nextId: 1 });
  });

  it('reads names case-insensitively and prints them canonically', () => {
    expect(printWorkflow(parseOk('plan -> [PROGRAMMER, custom] -> verify ? revise : DONE'), registry)).toBe(
      'Plan -> [Programmer, Custom] -> Verify ? Revise : done',
    );
  });

  it('accepts free whitespace and the → arrow', () => {
    const a = parseOk('Plan→[Programmer,Custom]→(Test)*2→Verify?Revise:done');
    const b = parseOk(
      '  Plan\n ->  [ Programmer ,\n Custom ]  -> ( Test ) *  2 ->\n Verify ?  Revise : done  ',
    );
    expect(a).toEqual(b);
  });

  it('reads template ids (case-insensitively) and free text with escapes', () => {
    const w = parseOk(
      'Custom#concise -> Custom#STEPWISE -> Custom#default -> Custom("Say \\"hi\\"\\n\\u00e9 \\\\ twice")',
    );
    expect(w.nodes.map((n) => n.kind === 'operator' && n.prompt)).toEqual([
      { kind: 'template', id: 'concise' },
      { kind: 'template', id: 'stepwise' },
      { kind: 'template', id: 'default' },
      { kind: 'text', text: 'Say "hi"\né \\ twice' },
    ]);
  });

  it('reads prompts inside structures', () => {
    const w = parseOk('[Custom#concise, Custom("Be very brief.")] -> Verify#stepwise ? Revise : done');
    expect(printWorkflow(w, registry)).toBe(
      '[Custom#concise, Custom("Be very brief.")] -> Verify#stepwise ? Revise : done',
    );
  });

  it('knows a 13th operator by its descriptor', () => {
    const critic = fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false });
    const r = parseWorkflow('Custom -> critic ? Revise : done', registry.extend([critic]));
    expect(r.ok).toBe(true);
  });
});

describe('parseWorkflow: errors name their position', () => {
  it.each([
    ['Plan -> ', 'E_PARSE', 1, 9, 'expected an operator name after "->"'],
    ['Plan -> Custom ->', 'E_PARSE', 1, 18, 'expected an operator name after "->"'],
    ['Plan -> -> Custom', 'E_PARSE', 1, 9, 'expected an operator name after "->"'],
    ['Plan Custom', 'E_PARSE', 1, 6, 'expected "->" or the end of the workflow'],
    ['Plan -> Wizard', 'E_UNKNOWN_OPERATOR', 1, 9, 'unknown operator "Wizard"'],
    ['Plan\n  -> Custom#verbose', 'E_UNKNOWN_TEMPLATE', 2, 13, 'no prompt template "verbose"'],
    ['Custom#', 'E_PARSE', 1, 8, 'expected a template id after "#"'],
    ['Custom("abc")', 'E_PROMPT_TOO_SHORT', 1, 8, 'at least 5 characters'],
    ['Custom("   abcd   ")', 'E_PROMPT_TOO_SHORT', 1, 8, 'at least 5 characters'],
    ['Custom("unclosed', 'E_PARSE', 1, 8, 'unterminated prompt text'],
    ['Custom("bad \\q escape")', 'E_PARSE', 1, 13, 'unknown escape'],
    ['Custom(Plan)', 'E_PARSE', 1, 8, 'expected a quoted prompt text'],
    ['Custom("hello there"', 'E_PARSE', 1, 21, 'expected ")" after the prompt text'],
    ['[Custom]', 'E_BAD_ARITY', 1, 1, '2 or 3 branches, this one has 1'],
    ['-> Plan', 'E_PARSE', 1, 1, 'expected an operator name'],
    ['x -> Plan', 'E_UNKNOWN_OPERATOR', 1, 1, 'unknown operator "x"'],
    ['Plan -> [Custom, Custom, Custom, Plan]', 'E_BAD_ARITY', 1, 9, '2 or 3 branches, this one has 4'],
    ['[Custom, ScEnsemble]', 'E_ENSEMBLE_IN_PARALLEL', 1, 10, 'ScEnsemble is an ensemble operator'],
    ['[Custom, Custom', 'E_PARSE', 1, 16, 'expected "," or "]"'],
    ['[Custom,]', 'E_PARSE', 1, 9, 'expected an operator name after ","'],
    ['(Plan -> Custom -> Test) * 2', 'E_BAD_ARITY', 1, 1, 'a loop needs 1 or 2 operators, this one has 3'],
    ['(Plan) * 0', 'E_BAD_COUNT', 1, 10, 'a loop count must be 1 to 5, not 0'],
    ['(Plan) * 6', 'E_BAD_COUNT', 1, 10, 'not 6'],
    ['(Plan) 2', 'E_PARSE', 1, 8, 'expected "* count"'],
    ['(Plan) *', 'E_PARSE', 1, 9, 'expected a loop count'],
    ['(Plan', 'E_PARSE', 1, 6, 'expected "->" or ")"'],
    ['Custom ? Revise : done', 'E_NOT_A_CHECKER', 1, 1, 'Custom is not a checker'],
    ['Verify ? Revise', 'E_PARSE', 1, 16, 'expected ":"'],
    ['Verify ? Revise : ', 'E_PARSE', 1, 19, 'expected an operator name after ":"'],
    ['Verify ? : done', 'E_PARSE', 1, 10, 'expected an operator name after "?"'],
    ['Plan -> $', 'E_PARSE', 1, 9, 'expected an operator name after "->"'],
  ])('%j → %s at %i:%i', (text, code, line, column, fragment) => {
    const r = parseWorkflow(text, registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code, line, column });
    expect(r.error.message).toContain(`line ${line}, column ${column}: `);
    expect(r.error.message).toContain(fragment);
    expect(positionOf(text, r.error.offset)).toEqual({ line, column });
  });
});

describe('positionOf', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 3, 1, 4],
    ['a\nbc', 2, 2, 1],
    ['a\nbc\n', 5, 3, 1],
  ])('%j at %i → %i:%i', (text, offset, line, column) => {
    expect(positionOf(text, offset)).toEqual({ line, column });
  });
});

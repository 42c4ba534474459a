import { describe, expect, it } from 'vitest';
import { createFixtureRegistry, fixtureOperator } from '../testing/fixtureRegistry.ts';
import { toNodeId } from './types.ts';
import type { OperatorNode, PromptRef, Workflow, WorkflowNode } from './types.ts';
import { nodeIdNumber, validateWorkflow } from './validateWorkflow.ts';

const registry = createFixtureRegistry();
const op = (
  id: string,
  operator: string,
  prompt: PromptRef = { kind: 'template', id: 'default' },
): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(id),
  operator,
  prompt,
});
const wf = (nodes: WorkflowNode[], nextId = 20): Workflow => ({ nodes, nextId });
const codes = (w: Workflow) => validateWorkflow(w, registry).map((i) => [i.code, i.nodeId]);

describe('validateWorkflow', () => {
  it('accepts a valid workflow with every structure', () => {
    const w = wf([
      op('n1', 'Plan', { kind: 'text', text: 'Plan in three steps.' }),
      {
        kind: 'parallel',
        id: toNodeId('n2'),
        children: [op('n3', 'Custom'), op('n4', 'Programmer', { kind: 'template', id: 'stepwise' })],
      },
      { kind: 'loop', id: toNodeId('n5'), count: 5, children: [op('n6', 'Programmer'), op('n7', 'Test')] },
      {
        kind: 'conditional',
        id: toNodeId('n8'),
        checker: op('n9', 'Verify'),
        fix: op('n10', 'Revise'),
        otherwise: null,
      },
    ]);
    expect(validateWorkflow(w, registry)).toEqual([]);
  });

  it.each<[string, WorkflowNode, [string, string][]]>([
    [
      'a 1-branch parallel',
      { kind: 'parallel', id: toNodeId('n1'), children: [op('n2', 'Custom')] },
      [['E_BAD_ARITY', 'n1']],
    ],
    [
      'a 4-branch parallel',
      {
        kind: 'parallel',
        id: toNodeId('n1'),
        children: [op('n2', 'Custom'), op('n3', 'Custom'), op('n4', 'Custom'), op('n5', 'Custom')],
      },
      [['E_BAD_ARITY', 'n1']],
    ],
    [
      'an ensemble branch',
      { kind: 'parallel', id: toNodeId('n1'), children: [op('n2', 'Custom'), op('n3', 'ScEnsemble')] },
      [['E_ENSEMBLE_IN_PARALLEL', 'n3']],
    ],
    ['an empty loop', { kind: 'loop', id: toNodeId('n1'), count: 2, children: [] }, [['E_BAD_ARITY', 'n1']]],
    [
      'a 3-operator loop',
      {
        kind: 'loop',
        id: toNodeId('n1'),
        count: 2,
        children: [op('n2', 'Plan'), op('n3', 'Plan'), op('n4', 'Plan')],
      },
      [['E_BAD_ARITY', 'n1']],
    ],
    [
      'a loop count 0',
      { kind: 'loop', id: toNodeId('n1'), count: 0, children: [op('n2', 'Plan')] },
      [['E_BAD_COUNT', 'n1']],
    ],
    [
      'a loop count 6',
      { kind: 'loop', id: toNodeId('n1'), count: 6, children: [op('n2', 'Plan')] },
      [['E_BAD_COUNT', 'n1']],
    ],
    [
      'a loop count 2.5',
      { kind: 'loop', id: toNodeId('n1'), count: 2.5, children: [op('n2', 'Plan')] },
      [['E_BAD_COUNT', 'n1']],
    ],
    [
      'a non-checker condition',
      {
        kind: 'conditional',
        id: toNodeId('n1'),
        checker: op('n2', 'Custom'),
        fix: op('n3', 'Revise'),
        otherwise: null,
      },
      [['E_NOT_A_CHECKER', 'n2']],
    ],
    ['an unknown operator', op('n1', 'Wizard'), [['E_UNKNOWN_OPERATOR', 'n1']]],
    [
      'an unknown template',
      op('n1', 'Plan', { kind: 'template', id: 'verbose' }),
      [['E_UNKNOWN_TEMPLATE', 'n1']],
    ],
    [
      'a short free text',
      op('n1', 'Plan', { kind: 'text', text: '  abc   ' }),
      [['E_PROMPT_TOO_SHORT', 'n1']],
    ],
    ['a malformed id', op('x1', 'Plan'), [['E_BAD_NODE_ID', 'x1']]],
    ['an id n0', op('n0', 'Plan'), [['E_BAD_NODE_ID', 'n0']]],
    ['an id at nextId', op('n20', 'Plan'), [['E_BAD_NODE_ID', 'n20']]],
  ])('reports %s', (_name, node, expected) => {
    expect(codes(wf([node]))).toEqual(expected);
  });

  it('reports duplicate ids, including between a structure and a child', () => {
    const w = wf([
      op('n1', 'Plan'),
      { kind: 'loop', id: toNodeId('n2'), count: 2, children: [op('n1', 'Custom')] },
    ]);
    expect(codes(w)).toEqual([['E_DUPLICATE_NODE_ID', 'n1']]);
  });

  it('reports a bad id counter as a workflow-wide issue', () => {
    expect(codes({ nodes: [], nextId: 0 })).toEqual([['E_BAD_NODE_ID', null]]);
    expect(codes({ nodes: [], nextId: 1.5 })).toEqual([['E_BAD_NODE_ID', null]]);
  });

  it('reads roles from descriptors, so a 13th checker may be a condition', () => {
    const critic = fixtureOperator('Critic', { category: 'verification', isChecker: true, isSolver: false });
    const w = wf([
      {
        kind: 'conditional',
        id: toNodeId('n1'),
        checker: op('n2', 'Critic'),
        fix: op('n3', 'Revise'),
        otherwise: op('n4', 'Format'),
      },
    ]);
    expect(validateWorkflow(w, registry.extend([critic]))).toEqual([]);
    expect(codes(w)).toEqual([['E_UNKNOWN_OPERATOR', 'n2']]);
  });

  it('lists several issues at once with messages naming the node', () => {
    const issues = validateWorkflow(
      wf([op('n1', 'Wizard'), op('n2', 'Plan', { kind: 'text', text: 'hi' })]),
      registry,
    );
    expect(issues).toHaveLength(2);
    expect(issues[1]?.message).toMatch(/n2/);
  });
});

describe('nodeIdNumber', () => {
  it.each([
    ['n1', 1],
    ['n42', 42],
    ['n0', null],
    ['n01', null],
    ['N1', null],
    ['n', null],
    ['n1a', null],
  ])('%s → %s', (id, n) => {
    expect(nodeIdNumber(id)).toBe(n);
  });
});

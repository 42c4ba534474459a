import { describe, expect, it } from 'vitest';
import { renumberWorkflow } from './renumberWorkflow.ts';
import { toNodeId } from './types.ts';
import type { OperatorNode, Workflow } from './types.ts';

const op = (id: string, operator: string): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(id),
  operator,
  prompt: { kind: 'template', id: 'default' },
});

describe('renumberWorkflow', () => {
  it('numbers ids in document order, a structure before its children, and resets nextId', () => {
    const w: Workflow = {
      nextId: 40,
      nodes: [
        op('n9', 'Plan'),
        {
          kind: 'conditional',
          id: toNodeId('n30'),
          checker: op('n3', 'Verify'),
          fix: op('n2', 'Revise'),
          otherwise: null,
        },
        { kind: 'loop', id: toNodeId('n12'), count: 2, children: [op('n13', 'Custom')] },
      ],
    };
    const r = renumberWorkflow(w);
    expect(r.nextId).toBe(7);
    expect(r.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n5']);
    const cond = r.nodes[1];
    expect(cond?.kind === 'conditional' && [cond.checker.id, cond.fix.id, cond.otherwise]).toEqual([
      'n3',
      'n4',
      null,
    ]);
    const loop = r.nodes[2];
    expect(loop?.kind === 'loop' && loop.children.map((c) => c.id)).toEqual(['n6']);
  });

  it('does not mutate its input', () => {
    const w: Workflow = { nextId: 5, nodes: [op('n4', 'Plan')] };
    const before = structuredClone(w);
    renumberWorkflow(w);
    expect(w).toEqual(before);
  });
});

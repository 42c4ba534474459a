import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { toFlowElements } from './toFlowElements.ts';

const registry = createBuiltinRegistry();
const draw = (dsl: string) => {
  const parsed = parseWorkflow(dsl, registry);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return toFlowElements(parsed.workflow, registry);
};
const edgeSet = (dsl: string) =>
  draw(dsl).edges.map((e) => `${e.source}->${e.target}${e.label ? ` [${String(e.label)}]` : ''}`);

describe('toFlowElements', () => {
  it('draws an empty workflow as task → answer', () => {
    expect(edgeSet('')).toEqual(['start->end']);
  });

  it('chains operators left to right with category colours', () => {
    const { nodes } = draw('Plan -> Custom -> Format');
    const ops = nodes.filter((n) => n.type === 'operator');
    expect(ops.map((n) => n.data)).toMatchObject([
      { operator: 'Plan', category: 'planning' },
      { operator: 'Custom', category: 'solving' },
      { operator: 'Format', category: 'formatting' },
    ]);
    const xs = ops.map((n) => n.position.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(edgeSet('Plan -> Custom -> Format')).toEqual(['start->n1', 'n1->n2', 'n2->n3', 'n3->end']);
  });

  it('draws parallel as a fork and a join', () => {
    expect(edgeSet('[Programmer, Custom] -> ScEnsemble')).toEqual([
      'start->n2 [fork]',
      'start->n3',
      'n2->n4',
      'n3->n4',
      'n4->end',
    ]);
  });

  it('labels a conditional "on fail → fix" and "on pass"', () => {
    expect(edgeSet('Custom -> Verify ? Revise : Custom')).toEqual([
      'start->n1',
      'n1->n3',
      'n3->n4 [on fail → fix]',
      'n3->n5 [on pass]',
      'n4->end',
      'n5->end',
    ]);
  });

  it('passes the value through the checker when the otherwise branch is done', () => {
    expect(edgeSet('Verify ? Revise : done')).toEqual([
      'start->n2',
      'n2->n3 [on fail → fix]',
      'n3->end',
      'n2->end',
    ]);
  });

  it('draws a loop as a group marked with its count holding its body', () => {
    const { nodes } = draw('(Programmer -> Test) * 3');
    const group = nodes.find((n) => n.type === 'loop');
    expect(group?.data).toEqual({ count: 3 });
    const body = nodes.filter((n) => n.type === 'operator');
    expect(body.map((n) => n.parentId)).toEqual([group?.id, group?.id]);
  });

  it('marks operators the registry does not know', () => {
    const other = createBuiltinRegistry().extend([]);
    const parsed = parseWorkflow('Custom', other);
    if (!parsed.ok) throw new Error('parse');
    const renamed = {
      ...parsed.workflow,
      nodes: [{ ...parsed.workflow.nodes[0], operator: 'Gone' }],
    } as typeof parsed.workflow;
    expect(toFlowElements(renamed, other).nodes.find((n) => n.type === 'operator')?.data).toMatchObject({
      category: 'unknown',
    });
  });
});

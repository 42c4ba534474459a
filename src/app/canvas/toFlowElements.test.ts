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
    // Children sit inside the group (positions relative to it) and the group is sized around them.
    const width = Number(group?.style?.width);
    const height = Number(group?.style?.height);
    for (const child of body) {
      expect(child.position.x).toBeGreaterThanOrEqual(0);
      expect(child.position.y).toBeGreaterThan(0);
      expect(child.position.x + 180).toBeLessThanOrEqual(width);
      expect(child.position.y + 56).toBeLessThanOrEqual(height);
    }
  });

  it('lays out left to right without overlapping nodes', () => {
    const { nodes } = draw(
      'Plan -> [Programmer, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : Custom',
    );
    const ops = nodes.filter((n) => n.type === 'operator');
    for (const a of ops) {
      for (const b of ops) {
        if (a === b) continue;
        const apart =
          Math.abs(a.position.x - b.position.x) >= 180 || Math.abs(a.position.y - b.position.y) >= 56;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    const x = (id: string) => nodes.find((n) => n.id === id)?.position.x ?? NaN;
    expect(x('start')).toBeLessThan(x('n1'));
    expect(x('n1')).toBeLessThan(x('n3'));
    expect(x('n3')).toBe(x('n4'));
    expect(x('n6')).toBeLessThan(x('end'));
  });

  it('carries run status and the top-level owner of each operator', () => {
    const parsed = parseWorkflow('Custom -> [Programmer, Custom]', registry);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { nodes } = toFlowElements(parsed.workflow, registry, { n1: 'succeeded', n3: 'running' });
    const data = (id: string) => nodes.find((n) => n.id === id)?.data;
    expect(data('n1')).toMatchObject({ status: 'succeeded', topLevel: 'n1' });
    expect(data('n3')).toMatchObject({ status: 'running', topLevel: 'n2' });
    expect(data('n4')).not.toHaveProperty('status');
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

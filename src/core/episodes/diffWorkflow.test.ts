import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNodeId } from '../graph/types.ts';
import type { OperatorNode, Workflow } from '../graph/types.ts';
import { workflowArbitrary } from '../graph/workflowArbitrary.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { applyDiff, DiffMismatchError, revertDiff } from './applyDiff.ts';
import { diffWorkflow } from './diffWorkflow.ts';

const registry = createFixtureRegistry();

const op = (id: string, operator: string, template = 'default'): OperatorNode => ({
  kind: 'operator',
  id: toNodeId(id),
  operator,
  prompt: { kind: 'template', id: template },
});

const base: Workflow = {
  nodes: [
    op('n1', 'Plan'),
    { kind: 'parallel', id: toNodeId('n2'), children: [op('n3', 'Custom'), op('n4', 'Programmer')] },
    op('n5', 'ScEnsemble'),
  ],
  nextId: 6,
};

const edit = (f: (w: Workflow) => void): Workflow => {
  const w = structuredClone(base);
  f(w);
  return w;
};

describe('diffWorkflow / applyDiff / revertDiff', () => {
  it('round-trips any pair of workflows without touching the inputs', () => {
    fc.assert(
      fc.property(workflowArbitrary(registry, 6), workflowArbitrary(registry, 6), (before, after) => {
        const frozenBefore = structuredClone(before);
        const frozenAfter = structuredClone(after);
        const diff = diffWorkflow(before, after);
        expect(applyDiff(before, diff)).toEqual(after);
        expect(revertDiff(after, diff)).toEqual(before);
        // Key order survives too, so hashes and printed files of the result match the originals.
        expect(JSON.stringify(applyDiff(before, diff))).toBe(JSON.stringify(after));
        expect(before).toEqual(frozenBefore);
        expect(after).toEqual(frozenAfter);
        expect(diffWorkflow(before, before)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('survives JSON: a diff read back from a file still applies', () => {
    fc.assert(
      fc.property(workflowArbitrary(registry, 5), workflowArbitrary(registry, 5), (before, after) => {
        const diff = JSON.parse(JSON.stringify(diffWorkflow(before, after))) as ReturnType<
          typeof diffWorkflow
        >;
        expect(applyDiff(before, diff)).toEqual(after);
        expect(revertDiff(after, diff)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['insert at the front', edit((w) => w.nodes.unshift(op('n6', 'Decompose'))), [['nodes', 0]]],
    ['append', edit((w) => w.nodes.push(op('n6', 'Format'))), [['nodes', 3]]],
    ['delete in the middle', edit((w) => w.nodes.splice(1, 1)), [['nodes', 1]]],
    [
      'template of a child',
      edit((w) => {
        const parallel = w.nodes[1];
        if (parallel?.kind === 'parallel' && parallel.children[1])
          parallel.children[1].prompt = { kind: 'template', id: 'x' };
      }),
      [['nodes', 1, 'children', 1, 'prompt', 'id']],
    ],
    [
      'free text replaces a template as one op',
      edit((w) => {
        const first = w.nodes[0];
        if (first?.kind === 'operator') first.prompt = { kind: 'text', text: 'Think in steps.' };
      }),
      [['nodes', 0, 'prompt']],
    ],
    [
      'modifyOperator keeps the id',
      edit((w) => {
        const last = w.nodes[2];
        if (last?.kind === 'operator') last.operator = 'Aggregate';
      }),
      [['nodes', 2, 'operator']],
    ],
  ])('is minimal: %s', (_name, after, paths) => {
    const withCounter = { ...after, nextId: base.nextId };
    const diff = diffWorkflow(base, withCounter);
    expect(diff.map((d) => d.path)).toEqual(paths);
    expect(applyDiff(base, diff)).toEqual(withCounter);
  });

  it('records the id counter as a separate op', () => {
    const after = edit((w) => {
      w.nodes.push(op('n6', 'Format'));
      w.nextId = 7;
    });
    expect(diffWorkflow(base, after)).toEqual([
      { path: ['nodes', 3], after: op('n6', 'Format') },
      { path: ['nextId'], before: 6, after: 7 },
    ]);
  });

  it('refuses a diff made from another workflow', () => {
    const after = edit((w) => w.nodes.splice(0, 1));
    const diff = diffWorkflow(base, after);
    expect(() => applyDiff(after, diff)).toThrow(DiffMismatchError);
    expect(() => applyDiff(after, diff)).toThrow(/another workflow: nodes\.0 differs/);
  });
});

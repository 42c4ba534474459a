import { describe, expect, it } from 'vitest';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { parseWorkflow } from './parseWorkflow.ts';
import { emptyWorkflow } from './types.ts';
import type { Workflow } from './types.ts';
import {
  allNodeIds,
  countOperators,
  findNode,
  hasStructure,
  operatorNodes,
  placedOperators,
  topLevelIndex,
} from './workflowQueries.ts';

const registry = createFixtureRegistry();
const wf = (text: string): Workflow => {
  const r = parseWorkflow(text, registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
};

// n1 Plan, n2 parallel(n3, n4), n5 loop(n6, n7), n8 cond(n9, n10, n11), n12 Format
const full = wf(
  'Plan -> [Programmer, Custom] -> (Programmer -> Test) * 3 -> Verify ? Revise : Custom -> Format',
);

describe('operatorNodes', () => {
  it('lists every operator including structure children in document order', () => {
    expect(operatorNodes(full).map((n) => `${n.id}:${n.operator}`)).toEqual([
      'n1:Plan',
      'n3:Programmer',
      'n4:Custom',
      'n6:Programmer',
      'n7:Test',
      'n9:Verify',
      'n10:Revise',
      'n11:Custom',
      'n12:Format',
    ]);
  });

  it('places each operator in its slot', () => {
    expect(placedOperators(full).map((p) => [p.topIndex, p.slot, p.childIndex])).toEqual([
      [0, 'top', 0],
      [1, 'branch', 0],
      [1, 'branch', 1],
      [2, 'body', 0],
      [2, 'body', 1],
      [3, 'checker', 0],
      [3, 'fix', 0],
      [3, 'otherwise', 0],
      [4, 'top', 0],
    ]);
  });
});

describe('countOperators', () => {
  it.each([
    ['', 0],
    ['Plan', 1],
    ['[Custom, Custom, Programmer]', 3],
    ['(Programmer -> Test) * 5', 2],
    ['(Programmer -> Test) * 1', 2],
    ['Verify ? Revise : done', 2],
    ['Verify ? Revise : Format', 3],
  ])('counts %j as %i (loop body once)', (text, count) => {
    expect(countOperators(wf(text))).toBe(count);
  });
});

describe('hasStructure', () => {
  it.each([
    ['', false],
    ['Plan -> Custom -> Format', false],
    ['Plan -> [Custom, Custom]', true],
    ['(Custom) * 2', true],
    ['Verify ? Revise : done', true],
  ])('%j → %s', (text, expected) => {
    expect(hasStructure(wf(text))).toBe(expected);
  });
});

describe('findNode and topLevelIndex', () => {
  it.each([
    ['n1', 0, 'top', 'operator'],
    ['n2', 1, 'top', 'parallel'],
    ['n4', 1, 'branch', 'operator'],
    ['n5', 2, 'top', 'loop'],
    ['n7', 2, 'body', 'operator'],
    ['n8', 3, 'top', 'conditional'],
    ['n9', 3, 'checker', 'operator'],
    ['n10', 3, 'fix', 'operator'],
    ['n11', 3, 'otherwise', 'operator'],
    ['n12', 4, 'top', 'operator'],
  ])('finds %s at top index %i, slot %s', (id, index, slot, kind) => {
    const found = findNode(full, id);
    expect(found?.topIndex).toBe(index);
    expect(found?.slot).toBe(slot);
    expect(found?.node.kind).toBe(kind);
    expect(found?.node.id).toBe(id);
    expect(topLevelIndex(full, id)).toBe(index);
  });

  it('reports absent ids', () => {
    expect(findNode(full, 'n99')).toBeUndefined();
    expect(topLevelIndex(full, 'n99')).toBe(-1);
    expect(findNode(emptyWorkflow(), 'n1')).toBeUndefined();
  });

  it('lists all ids structure first', () => {
    expect(allNodeIds(full)).toEqual(Array.from({ length: 12 }, (_, i) => `n${i + 1}`));
  });
});

import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { insertPosition } from './insertPosition.ts';
import { toFlowElements } from './toFlowElements.ts';

const registry = createBuiltinRegistry();

describe('insertPosition', () => {
  const parsed = parseWorkflow('Plan -> [Programmer, Custom] -> (Test) * 2 -> Format', registry);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const w = parsed.workflow;
  const { nodes } = toFlowElements(w, registry);
  const centre = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    if (!n) throw new Error(id);
    return n.position.x + 90;
  };

  it('inserts before the first top-level node whose centre is right of the drop', () => {
    expect(insertPosition(w, nodes, -1000)).toBe(0);
    expect(insertPosition(w, nodes, centre('n1') + 1)).toBe(1);
    expect(insertPosition(w, nodes, centre('n3') + 1)).toBe(2);
    expect(insertPosition(w, nodes, centre('n7') - 1)).toBe(3);
  });

  it('appends when the drop is right of every node', () => {
    expect(insertPosition(w, nodes, centre('n7') + 1)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { printNode, printOperator, printWorkflow } from './printWorkflow.ts';
import { emptyWorkflow, toNodeId } from './types.ts';
import type { OperatorNode, PromptRef } from './types.ts';

const registry = createFixtureRegistry();
const op = (operator: string, prompt: PromptRef = { kind: 'template', id: 'default' }): OperatorNode => ({
  kind: 'operator',
  id: toNodeId('n1'),
  operator,
  prompt,
});

describe('printWorkflow', () => {
  it('prints the empty workflow as the empty string', () => {
    expect(printWorkflow(emptyWorkflow(), registry)).toBe('');
  });

  it.each<[OperatorNode, string]>([
    [op('Plan'), 'Plan'],
    [op('Plan', { kind: 'template', id: 'concise' }), 'Plan#concise'],
    [op('Plan', { kind: 'text', text: 'Say "hi"\n\\ok' }), 'Plan("Say \\"hi\\"\\n\\\\ok")'],
    [op('Wizard', { kind: 'template', id: 'default' }), 'Wizard#default'],
  ])('prints an operator with its prompt: %j', (node, text) => {
    expect(printOperator(node, registry)).toBe(text);
  });

  it('prints each structure canonically', () => {
    const id = toNodeId('n2');
    expect(printNode({ kind: 'parallel', id, children: [op('Custom'), op('Programmer')] }, registry)).toBe(
      '[Custom, Programmer]',
    );
    expect(
      printNode({ kind: 'loop', id, count: 3, children: [op('Programmer'), op('Test')] }, registry),
    ).toBe('(Programmer -> Test) * 3');
    expect(
      printNode(
        { kind: 'conditional', id, checker: op('Verify'), fix: op('Revise'), otherwise: null },
        registry,
      ),
    ).toBe('Verify ? Revise : done');
    expect(
      printNode(
        { kind: 'conditional', id, checker: op('Verify'), fix: op('Revise'), otherwise: op('Format') },
        registry,
      ),
    ).toBe('Verify ? Revise : Format');
  });

  it('joins top-level nodes with arrows', () => {
    expect(printWorkflow({ nodes: [op('Plan'), op('Custom'), op('Format')], nextId: 4 }, registry)).toBe(
      'Plan -> Custom -> Format',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { toNodeId } from '../graph/types.ts';
import { actionLabel } from './actionLabel.ts';
import type { CanvasAction } from './types.ts';

describe('actionLabel', () => {
  it.each<[CanvasAction, string]>([
    [{ type: 'addOperator', operator: 'Plan' }, 'Add Plan'],
    [{ type: 'addOperator', operator: 'Plan', position: 0 }, 'Add Plan at position 1'],
    [
      { type: 'addOperator', operator: 'Custom', prompt: { kind: 'template', id: 'concise' } },
      'Add Custom with template “concise”',
    ],
    [
      { type: 'addParallel', operators: ['Custom', 'Programmer'], position: 2 },
      'Add parallel [Custom, Programmer] at position 3',
    ],
    [
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
      'Add check Verify: on fail → Revise, on pass → done',
    ],
    [
      { type: 'addConditional', checker: 'Test', fix: 'Programmer', otherwise: 'Format' },
      'Add check Test: on fail → Programmer, on pass → Format',
    ],
    [{ type: 'addLoop', operators: ['Programmer', 'Test'], count: 2 }, 'Add loop (Programmer → Test) × 2'],
    [{ type: 'deleteNode', target: toNodeId('n3') }, 'Delete n3'],
    [{ type: 'modifyOperator', target: toNodeId('n3'), operator: 'Custom' }, 'Change n3 to Custom'],
    [
      { type: 'setPrompt', target: toNodeId('n1'), prompt: { kind: 'template', id: 'stepwise' } },
      'Set the prompt of n1 to template “stepwise”',
    ],
    [
      { type: 'setPrompt', target: toNodeId('n1'), prompt: { kind: 'text', text: '  Two\nlines ' } },
      'Set the prompt of n1 to “Two lines”',
    ],
    [{ type: 'finish' }, 'Finish the workflow'],
  ])('describes %j', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it('shortens long free text to one line', () => {
    const label = actionLabel({
      type: 'setPrompt',
      target: toNodeId('n1'),
      prompt: { kind: 'text', text: 'word '.repeat(40) },
    });
    expect(label).not.toContain('\n');
    expect(label.length).toBeLessThan(80);
    expect(label).toMatch(/…”$/);
  });
});

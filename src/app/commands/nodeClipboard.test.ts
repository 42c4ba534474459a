import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { pasteAction, pasteNodeText, positionAfterSelection, selectedNodeText } from './nodeClipboard.ts';

const registry = createBuiltinRegistry();
const storeWith = (dsl: string, selected: string | null = null) => {
  const store = createAppStore(registry, dsl);
  store.getState().select(selected);
  return store;
};

describe('selectedNodeText', () => {
  it.each([
    ['Plan -> Custom#custom-direct', 'n2', 'Custom#custom-direct'],
    ['Plan -> Custom("Think in steps, then answer.")', 'n2', 'Custom("Think in steps, then answer.")'],
    ['[Programmer, Custom] -> Format', 'n3', 'Custom'],
    ['(Programmer -> Test) * 3', 'n1', '(Programmer -> Test) * 3'],
    ['Plan', null, null],
  ])('copies %s with %s selected as %s', (dsl, selected, text) => {
    expect(selectedNodeText(storeWith(dsl, selected).getState())).toBe(text);
  });
});

describe('positionAfterSelection', () => {
  it('inserts after the top-level node that holds the selection, or appends', () => {
    expect(positionAfterSelection(storeWith('Plan -> [Programmer, Custom] -> Format', 'n3').getState())).toBe(
      2,
    );
    expect(positionAfterSelection(storeWith('Plan -> Format', 'n1').getState())).toBe(1);
    expect(positionAfterSelection(storeWith('Plan -> Format').getState())).toBeUndefined();
  });
});

describe('pasteAction', () => {
  it('keeps an operator with its template or free-text prompt', () => {
    expect(pasteAction('Custom#custom-direct', registry, 1)).toEqual({
      ok: true,
      action: {
        type: 'addOperator',
        operator: 'Custom',
        prompt: { kind: 'template', id: 'custom-direct' },
        position: 1,
      },
      resetsPrompts: false,
    });
  });

  it.each([
    ['[Programmer, Custom]', { type: 'addParallel', operators: ['Programmer', 'Custom'] }, false],
    ['(Programmer -> Test) * 2', { type: 'addLoop', operators: ['Programmer', 'Test'], count: 2 }, false],
    [
      'Verify ? Revise : done',
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
      false,
    ],
    [
      '[Programmer, Custom#custom-direct]',
      { type: 'addParallel', operators: ['Programmer', 'Custom'] },
      true,
    ],
  ])('recreates the structure %s', (text, action, resets) => {
    expect(pasteAction(text, registry, undefined)).toEqual({ ok: true, action, resetsPrompts: resets });
  });

  it.each(['', 'Plan -> Format', 'Teleport', 'not dsl at all ('])('refuses %j as not one node', (text) => {
    expect(pasteAction(text, registry, undefined).ok).toBe(false);
  });
});

describe('pasteNodeText', () => {
  it('pastes after the selection as one undoable edit and selects the copy', () => {
    const store = storeWith('Plan -> Custom#custom-direct -> Format', 'n2');
    const text = selectedNodeText(store.getState()) ?? '';
    expect(pasteNodeText(store.getState(), text)).toBe(true);
    expect(store.getState().dslText).toBe('Plan -> Custom#custom-direct -> Custom#custom-direct -> Format');
    expect(store.getState().selectedId).toBe('n4');
    store.getState().undo();
    expect(store.getState().dslText).toBe('Plan -> Custom#custom-direct -> Format');
  });

  it('shows the refusal of a paste the action rules forbid, and changes nothing', () => {
    const store = storeWith(Array.from({ length: 12 }, () => 'Custom').join(' -> '), 'n1');
    const before = store.getState().workflow;
    expect(pasteNodeText(store.getState(), 'Plan')).toBe(false);
    expect(store.getState().workflow).toBe(before);
    expect(store.getState().notice?.text).toMatch(/^E_CANVAS_FULL/);
  });

  it('says when a structure copy starts on default prompts', () => {
    const store = storeWith('Plan');
    expect(pasteNodeText(store.getState(), '[Programmer, Custom#custom-direct]')).toBe(true);
    expect(store.getState().dslText).toBe('Plan -> [Programmer, Custom]');
    expect(store.getState().notice).toMatchObject({ kind: 'info' });
  });
});

import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { deleteSelection } from '../panels/deleteSelection.ts';
import { createAppStore, HISTORY_LIMIT } from './createAppStore.ts';

const registry = createBuiltinRegistry();
const make = (dsl: string) => createAppStore(registry, dsl);

describe('createAppStore', () => {
  it('undoes and redoes edits, and a new edit drops the redo branch', () => {
    const store = make('Custom');
    const s = () => store.getState();
    expect(s().edit({ type: 'addOperator', operator: 'Verify' })).toBe(true);
    expect(s().edit({ type: 'addOperator', operator: 'Format' })).toBe(true);
    expect(s().dslText).toBe('Custom -> Verify -> Format');
    s().undo();
    expect(s().dslText).toBe('Custom -> Verify');
    s().undo();
    expect(s().dslText).toBe('Custom');
    s().undo();
    expect(s().dslText).toBe('Custom');
    s().redo();
    expect(s().dslText).toBe('Custom -> Verify');
    s().edit({ type: 'addOperator', operator: 'Plan', position: 0 });
    expect(s().dslText).toBe('Plan -> Custom -> Verify');
    expect(s().future).toEqual([]);
    s().redo();
    expect(s().dslText).toBe('Plan -> Custom -> Verify');
  });

  it('refuses an illegal edit with its code and reason, keeping the workflow and the history', () => {
    const store = make('Custom');
    const before = store.getState().workflow;
    expect(
      store
        .getState()
        .edit({ type: 'setPrompt', target: before.nodes[0]!.id, prompt: { kind: 'text', text: 'ab' } }),
    ).toBe(false);
    expect(store.getState().notice?.text).toMatch(/^E_PROMPT_TOO_SHORT: /);
    expect(store.getState().workflow).toBe(before);
    expect(store.getState().past).toEqual([]);
  });

  it('records typed DSL only when the graph changes, and caps the history', () => {
    const store = make('Custom');
    store.getState().setDslText('Custom ');
    expect(store.getState().past).toHaveLength(0);
    store.getState().setDslText('Custom -> Format');
    expect(store.getState().past).toHaveLength(1);
    store.getState().setDslText('Custom -> -> Format');
    expect(store.getState().dslError).not.toBeNull();
    expect(store.getState().past).toHaveLength(1);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.getState().setDslText(i % 2 ? 'Custom' : 'Plan');
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('deletes the structure holding a selected child, and selects what an edit created', () => {
    const store = make('Plan -> [Programmer, Custom] -> Format');
    store.getState().select('n3');
    expect(deleteSelection(store.getState())).toBe(true);
    expect(store.getState().dslText).toBe('Plan -> Format');
    expect(store.getState().selectedId).toBeNull();
    store.getState().edit({ type: 'addOperator', operator: 'Review' });
    expect(store.getState().selectedId).toBe('n6');
    store.getState().undo();
    expect(store.getState().selectedId).toBeNull();
  });

  it('keeps the finish rule in step with the chosen suite', () => {
    const store = make('Custom');
    store.getState().setRunTask({ suite: 'builtin:code', taskIndex: 3 });
    expect(store.getState()).toMatchObject({ suite: 'builtin:code', taskIndex: 3, taskType: 'code' });
    expect(store.getState().actionContext().hasTests).toBe(true);
  });
});

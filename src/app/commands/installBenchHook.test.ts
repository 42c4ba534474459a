// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { installBenchHook } from './installBenchHook.ts';

describe('installBenchHook', () => {
  it('exposes nothing without ?bench', () => {
    installBenchHook(createAppStore(createBuiltinRegistry(), 'Plan'), '?view=studio');
    expect(window.__flowsteer).toBeUndefined();
  });

  it('edits through the store on ?bench, refusals included, and is removed again', () => {
    const store = createAppStore(createBuiltinRegistry(), 'Plan');
    const remove = installBenchHook(store, '?bench');
    expect(window.__flowsteer?.edit({ type: 'addOperator', operator: 'Format' })).toBe(true);
    expect(window.__flowsteer?.edit({ type: 'addOperator', operator: 'Teleport' })).toBe(false);
    expect(store.getState().dslText).toBe('Plan -> Format');
    remove();
    expect(window.__flowsteer).toBeUndefined();
  });
});

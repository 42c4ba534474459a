// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { commandUiFor } from './commandUi.ts';
import { copySelected, duplicateSelected, pasteFromClipboard, saveWithStatus } from './editCommands.ts';
import { registerSaver } from './saveNow.ts';

const registry = createBuiltinRegistry();
const storeWith = (dsl: string, selected: string | null = null) => {
  const store = createAppStore(registry, dsl);
  store.getState().select(selected);
  return store;
};

/** A system clipboard that works, or one whose every call is refused (permission denied). */
function useClipboard(mode: 'works' | 'denied', initial = ''): { text: string } {
  const box = { text: initial };
  const denied = () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'));
  const clipboard =
    mode === 'works'
      ? {
          writeText: (t: string) => ((box.text = t), Promise.resolve()),
          readText: () => Promise.resolve(box.text),
        }
      : { writeText: denied, readText: denied };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return box;
}
afterEach(() => useClipboard('works'));

describe('copy and paste', () => {
  it('goes through the system clipboard when the browser allows it', async () => {
    const box = useClipboard('works');
    const store = storeWith('Plan -> Custom#custom-expert -> Format', 'n2');
    expect(await copySelected(store)).toBe(true);
    expect(box.text).toBe('Custom#custom-expert');
    expect(commandUiFor(store).getState().status?.text).toBe('Copied Custom#custom-expert');
    expect(await pasteFromClipboard(store)).toBe(true);
    expect(store.getState().dslText).toBe('Plan -> Custom#custom-expert -> Custom#custom-expert -> Format');
  });

  it('falls back to the in-app clipboard when permission is denied', async () => {
    useClipboard('denied');
    const store = storeWith('Plan -> Format', 'n1');
    expect(await copySelected(store)).toBe(true);
    store.getState().select('n2');
    expect(await pasteFromClipboard(store)).toBe(true);
    expect(store.getState().dslText).toBe('Plan -> Format -> Plan');
  });

  it('prefers the in-app copy over system text that is no workflow node', async () => {
    const box = useClipboard('works');
    const store = storeWith('Plan', 'n1');
    await copySelected(store);
    box.text = 'some prose copied elsewhere';
    await pasteFromClipboard(store);
    expect(store.getState().dslText).toBe('Plan -> Plan');
  });

  it('says so when nothing was copied, and copies nothing without a selection', async () => {
    useClipboard('denied');
    const store = storeWith('Plan');
    expect(await copySelected(store)).toBe(false);
    expect(await pasteFromClipboard(store)).toBe(false);
    expect(store.getState().notice?.text).toMatch(/nothing copied/);
  });
});

describe('duplicateSelected', () => {
  it('inserts a copy right after the selected node, undone in one step', () => {
    const store = storeWith('Plan -> (Programmer -> Test) * 2 -> Format', 'n2');
    expect(duplicateSelected(store)).toBe(true);
    expect(store.getState().dslText).toBe(
      'Plan -> (Programmer -> Test) * 2 -> (Programmer -> Test) * 2 -> Format',
    );
    store.getState().undo();
    expect(store.getState().dslText).toBe('Plan -> (Programmer -> Test) * 2 -> Format');
  });

  it('asks for a selection first', () => {
    const store = storeWith('Plan');
    expect(duplicateSelected(store)).toBe(false);
    expect(store.getState().notice?.text).toMatch(/select a node/);
  });
});

describe('saveWithStatus', () => {
  it.each([
    [true, 'Saved'],
    [false, 'Not saved: browser storage is unavailable'],
  ])('shows the outcome of the registered save (stored: %s)', async (stored, text) => {
    const store = storeWith('Plan');
    const unregister = registerSaver(store, () => Promise.resolve(stored));
    expect(await saveWithStatus(store)).toBe(stored);
    expect(commandUiFor(store).getState().status?.text).toBe(text);
    unregister();
    expect(await saveWithStatus(store)).toBe(false);
  });
});

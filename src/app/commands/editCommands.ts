import type { StoreApi } from 'zustand/vanilla';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import type { AppState } from '../store/createAppStore.ts';
import { commandUiFor } from './commandUi.ts';
import { pasteNodeText, selectedNodeText } from './nodeClipboard.ts';
import { saveNow } from './saveNow.ts';

/** Whether the user has selected page text, which Ctrl+C should copy as the browser always does. */
export function hasTextSelection(): boolean {
  const selection = getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString() !== '';
}

/**
 * Copies the selected node as DSL text: to the system clipboard when the browser allows it, and always to the
 * in-app clipboard, so paste works where clipboard permission is denied. Returns whether a node was copied.
 */
export async function copySelected(store: StoreApi<AppState>): Promise<boolean> {
  const text = selectedNodeText(store.getState());
  if (text === null) return false;
  const ui = commandUiFor(store).getState();
  ui.setClipboard(text);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Permission denied or no clipboard API: the in-app copy above serves paste.
  }
  ui.flash(`Copied ${text}`);
  return true;
}

/**
 * The text to paste: the system clipboard when it holds one workflow node (it may have come from another tab), else
 * the in-app copy (reading the system clipboard needs a permission the user may refuse).
 */
async function clipboardText(store: StoreApi<AppState>): Promise<string | null> {
  const own = commandUiFor(store).getState().clipboard;
  try {
    const system = await navigator.clipboard.readText();
    const parsed = parseWorkflow(system.trim(), store.getState().registry);
    if (own === null || (parsed.ok && parsed.workflow.nodes.length === 1)) return system;
  } catch {
    // Fall back to the in-app clipboard.
  }
  return own;
}

/** Pastes the clipboard's node after the selected node (or at the end) as one undoable step. */
export async function pasteFromClipboard(store: StoreApi<AppState>): Promise<boolean> {
  const text = await clipboardText(store);
  if (text === null || text.trim() === '') {
    store
      .getState()
      .setNotice({ kind: 'info', text: 'Paste: nothing copied yet. Select a node and press Ctrl+C.' });
    return false;
  }
  return pasteNodeText(store.getState(), text);
}

/** Inserts a copy of the selected node right after it, as one undoable step; false with nothing selected. */
export function duplicateSelected(store: StoreApi<AppState>): boolean {
  const text = selectedNodeText(store.getState());
  if (text === null) {
    store.getState().setNotice({ kind: 'info', text: 'Duplicate: select a node first.' });
    return false;
  }
  return pasteNodeText(store.getState(), text);
}

/** Saves now (Ctrl+S) and says so briefly; autosave keeps saving after each change regardless. */
export async function saveWithStatus(store: StoreApi<AppState>): Promise<boolean> {
  const ui = commandUiFor(store).getState();
  const saved = await saveNow(store);
  // While an episode borrows the canvas, autosave keeps the user's own workflow instead of what is shown.
  const why = store.getState().borrowed ? 'an episode is on the canvas' : 'browser storage is unavailable';
  ui.flash(saved ? 'Saved' : `Not saved: ${why}`);
  return saved;
}

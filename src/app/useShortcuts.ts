import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { deleteSelection } from './panels/deleteSelection.ts';
import { exportWorkflow, IMPORT_INPUT_ID } from './panels/Toolbar.tsx';
import type { RunController } from './run/createRunController.ts';
import type { AppState } from './store/createAppStore.ts';
import { commandUiFor } from './commands/commandUi.ts';
import {
  copySelected,
  duplicateSelected,
  hasTextSelection,
  pasteFromClipboard,
  saveWithStatus,
} from './commands/editCommands.ts';

/** Whether a key press belongs to a text field (shortcuts never fire while typing). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type)
  );
}

/** The things a shortcut does (the help lists them: src/app/commands/shortcutList.ts). */
export type Shortcut =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'run'
  | 'stop'
  | 'quickAdd'
  | 'export'
  | 'import'
  | 'save'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'palette'
  | 'help';

/** Ctrl (Cmd) + letter shortcuts with no Shift or Alt. */
const PLAIN_MOD: Readonly<Record<string, Shortcut>> = {
  s: 'save',
  c: 'copy',
  v: 'paste',
  d: 'duplicate',
  k: 'palette',
};

/** What a key press does, or null when it is not a shortcut; pure, so the table is tested without a page. */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.shiftKey && !e.altKey && PLAIN_MOD[key]) return PLAIN_MOD[key];
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && e.shiftKey && key === 's') return 'export';
  if (mod && !e.shiftKey && key === 'o') return 'import';
  if (mod && key === 'y') return 'redo';
  if (mod && e.key === 'Enter') return e.altKey ? 'stop' : 'run';
  if (mod || e.altKey) return null;
  if (e.key === 'Delete' || e.key === 'Backspace') return 'delete';
  if (e.key === 'Escape') return 'stop';
  if (e.key === 'Tab' && !e.shiftKey) return 'quickAdd';
  if (e.key === '?') return 'help';
  return null;
}

/** The studio's keyboard shortcuts (UX-CONVENTIONS.md), on the window, never while typing in a field. */
export function useShortcuts(store: StoreApi<AppState>, run: RunController): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target)) return;
      const action = shortcutFor(e);
      if (action === null) return;
      const s = store.getState();
      const ui = commandUiFor(store);
      switch (action) {
        case 'undo':
          s.undo();
          break;
        case 'redo':
          s.redo();
          break;
        case 'delete':
          if (!deleteSelection(s)) return;
          break;
        case 'run':
          void run.start();
          break;
        case 'stop':
          if (ui.getState().paletteOpen || ui.getState().helpOpen) ui.getState().close();
          else if (s.quickAdd) s.setQuickAdd(null);
          else if (s.runPhase === 'running') run.stop();
          else s.select(null);
          break;
        case 'export':
          exportWorkflow(s.workflow);
          break;
        case 'import':
          document.getElementById(IMPORT_INPUT_ID)?.click();
          break;
        case 'save':
          // Also keeps the browser's "Save page" dialog away.
          void saveWithStatus(store);
          break;
        case 'copy':
          // Selected page text copies as usual; only a selected node is copied as DSL text.
          if (s.view !== 'studio' || s.selectedId === null || hasTextSelection()) return;
          void copySelected(store);
          break;
        case 'paste':
          if (s.view !== 'studio') return;
          void pasteFromClipboard(store);
          break;
        case 'duplicate':
          if (s.view !== 'studio') return;
          duplicateSelected(store);
          break;
        case 'palette':
          ui.getState().openPalette();
          break;
        case 'help':
          ui.getState().openHelp();
          break;
        case 'quickAdd': {
          // Tab keeps moving focus through controls; it opens the palette only from the canvas or the page itself.
          const onCanvas = e.target instanceof Element && e.target.closest('.canvas') !== null;
          if (!onCanvas && e.target !== document.body) return;
          s.setQuickAdd({ position: undefined });
          break;
        }
      }
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [store, run]);
}

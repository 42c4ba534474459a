import type { StoreApi } from 'zustand/vanilla';
import { exportWorkflow, IMPORT_INPUT_ID } from '../panels/Toolbar.tsx';
import { deleteSelection } from '../panels/deleteSelection.ts';
import type { RunController } from '../run/createRunController.ts';
import { VIEWS } from '../shell/ViewSwitcher.tsx';
import type { AppState } from '../store/createAppStore.ts';
import { commandUiFor } from './commandUi.ts';
import { copySelected, duplicateSelected, pasteFromClipboard, saveWithStatus } from './editCommands.ts';
import { positionAfterSelection } from './nodeClipboard.ts';

/** One entry of the command palette. */
export interface Command {
  id: string;
  label: string;
  /** The shortcut that does the same, shown beside the label. */
  keys?: string;
  /** False when it would do nothing now (nothing to undo, no run to stop); still listed, greyed. */
  enabled: boolean;
  run(): void;
}

const clickFirst = (selector: string): void => {
  const target = document.querySelector(selector);
  if (target instanceof HTMLElement) target.click();
};

/**
 * The palette's commands for the store's current state: run and stop, history, clipboard, files, view, the views
 * of the header, then "Add operator X" for every registered operator (after the selected node, or at the end).
 */
export function buildCommands(store: StoreApi<AppState>, run: RunController): Command[] {
  const s = store.getState();
  const ui = commandUiFor(store).getState();
  const selected = s.selectedId !== null;
  const commands: Command[] = [
    {
      id: 'run',
      label: 'Run workflow',
      keys: 'Ctrl+Enter',
      enabled: s.runPhase !== 'running',
      run: () => void run.start(),
    },
    {
      id: 'stop',
      label: 'Stop run',
      keys: 'Escape',
      enabled: s.runPhase === 'running',
      run: () => run.stop(),
    },
    {
      id: 'undo',
      label: 'Undo',
      keys: 'Ctrl+Z',
      enabled: s.past.length > 0,
      run: () => store.getState().undo(),
    },
    {
      id: 'redo',
      label: 'Redo',
      keys: 'Ctrl+Y',
      enabled: s.future.length > 0,
      run: () => store.getState().redo(),
    },
    {
      id: 'copy',
      label: 'Copy selected node',
      keys: 'Ctrl+C',
      enabled: selected,
      run: () => void copySelected(store),
    },
    {
      id: 'paste',
      label: 'Paste node',
      keys: 'Ctrl+V',
      enabled: true,
      run: () => void pasteFromClipboard(store),
    },
    {
      id: 'duplicate',
      label: 'Duplicate selected node',
      keys: 'Ctrl+D',
      enabled: selected,
      run: () => void duplicateSelected(store),
    },
    {
      id: 'delete',
      label: 'Delete selected node',
      keys: 'Delete',
      enabled: selected,
      run: () => void deleteSelection(store.getState()),
    },
    { id: 'save', label: 'Save now', keys: 'Ctrl+S', enabled: true, run: () => void saveWithStatus(store) },
    {
      id: 'export',
      label: 'Export workflow file',
      keys: 'Ctrl+Shift+S',
      enabled: true,
      run: () => exportWorkflow(store.getState().workflow),
    },
    {
      id: 'import',
      label: 'Import workflow file…',
      keys: 'Ctrl+O',
      enabled: true,
      run: () => clickFirst(`#${IMPORT_INPUT_ID}`),
    },
    {
      id: 'fit',
      label: 'Fit view',
      enabled: s.view === 'studio',
      run: () => clickFirst('.react-flow__controls-fitview'),
    },
    {
      id: 'quick-add',
      label: 'Quick add: search operators…',
      keys: 'Tab',
      enabled: s.view === 'studio',
      run: () => store.getState().setQuickAdd({ position: positionAfterSelection(store.getState()) }),
    },
    { id: 'help', label: 'Keyboard shortcuts', keys: '?', enabled: true, run: () => ui.openHelp() },
  ];
  for (const view of VIEWS) {
    if (view.id === s.view) continue;
    commands.push({
      id: `view-${view.id}`,
      label: `Go to ${view.label}`,
      enabled: true,
      run: () => store.getState().setView(view.id),
    });
  }
  for (const def of s.registry.list()) {
    commands.push({
      id: `add-${def.type}`,
      label: `Add operator ${def.type}`,
      enabled: s.view === 'studio',
      run: () => {
        const state = store.getState();
        const position = positionAfterSelection(state);
        state.edit({
          type: 'addOperator',
          operator: def.type,
          ...(position === undefined ? {} : { position }),
        });
      },
    });
  }
  return commands;
}

/**
 * Commands for panels other parts of the studio mount (dock tabs such as Watch, a Settings button), found in the
 * page when the palette opens, so the palette offers them exactly when they exist.
 */
export function discoverCommands(root: ParentNode): Command[] {
  const found: Command[] = [];
  for (const tab of root.querySelectorAll<HTMLElement>('[role="tablist"][aria-label="Dock"] [role="tab"]')) {
    const name = tab.textContent?.trim() ?? '';
    if (name !== '')
      found.push({ id: `tab-${name}`, label: `Open ${name}`, enabled: true, run: () => tab.click() });
  }
  for (const button of root.querySelectorAll<HTMLElement>('header button')) {
    const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
    if (/settings/i.test(name)) {
      found.push({
        id: `settings-${name}`,
        label: `Open ${name.replace(/^open\s+/i, '')}`,
        enabled: true,
        run: () => button.click(),
      });
    }
  }
  return found;
}

/** The commands whose label or keys contain every word of the query (case-insensitive), in their order. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return commands.filter((c) => {
    const text = `${c.label} ${c.keys ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

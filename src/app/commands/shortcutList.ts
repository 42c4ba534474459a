/** One row of the keyboard shortcut help (Cmd stands for Ctrl on macOS). */
export interface ShortcutHelp {
  keys: string;
  does: string;
}

/** Every studio shortcut, as the help dialog and the command palette show them (UX-CONVENTIONS.md). */
export const SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: 'Ctrl+K', does: 'Command palette' },
  { keys: 'Ctrl+Z', does: 'Undo' },
  { keys: 'Ctrl+Y or Ctrl+Shift+Z', does: 'Redo' },
  { keys: 'Ctrl+C', does: 'Copy the selected node (as DSL text)' },
  { keys: 'Ctrl+V', does: 'Paste after the selected node (or at the end)' },
  { keys: 'Ctrl+D', does: 'Duplicate the selected node' },
  { keys: 'Delete or Backspace', does: 'Delete the selected node' },
  { keys: 'Tab', does: 'Add an operator (searchable), from the canvas' },
  { keys: 'Ctrl+S', does: 'Save now (the studio also saves after every change)' },
  { keys: 'Ctrl+Shift+S', does: 'Export a workflow file' },
  { keys: 'Ctrl+O', does: 'Import a workflow file' },
  { keys: 'Ctrl+Enter', does: 'Run the workflow' },
  {
    keys: 'Escape or Ctrl+Alt+Enter',
    does: 'Stop the run (Escape also closes a dialog or clears the selection)',
  },
  { keys: '?', does: 'Show these shortcuts' },
];

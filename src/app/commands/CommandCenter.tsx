import { useContext, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useRunController } from '../run/RunControllerContext.tsx';
import { AppStoreContext } from '../store/AppStoreContext.tsx';
import { buildCommands, discoverCommands } from './buildCommands.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { commandUiFor } from './commandUi.ts';
import { installBenchHook } from './installBenchHook.ts';
import { ShortcutHelpDialog } from './ShortcutHelpDialog.tsx';

/** How long a status such as "Saved" stays in the header. */
const STATUS_MS = 2500;

/** The command layer mounted in the header: palette and shortcut help buttons, the save status, the dialogs. */
export function CommandCenter() {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('CommandCenter needs an AppStoreContext provider');
  const run = useRunController();
  const ui = commandUiFor(store);
  const paletteOpen = useStore(ui, (s) => s.paletteOpen);
  const helpOpen = useStore(ui, (s) => s.helpOpen);
  const status = useStore(ui, (s) => s.status);
  useEffect(() => installBenchHook(store), [store]);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => ui.getState().clearStatus(status.seq), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status, ui]);
  // Built when the palette opens: commands reflect that moment (what can be undone, which panels exist).
  const commands = useMemo(
    () => (paletteOpen ? [...buildCommands(store, run), ...discoverCommands(document)] : []),
    [paletteOpen, store, run],
  );
  const { openPalette, openHelp, close } = ui.getState();
  return (
    <div className="commands-bar">
      <span role="status" aria-label="Command status" className="commands-status" title={status?.text}>
        {status?.text ?? ''}
      </span>
      <button
        type="button"
        onClick={openPalette}
        title="Command palette (Ctrl+K)"
        aria-keyshortcuts="Control+K"
      >
        Commands
      </button>
      <button type="button" onClick={openHelp} title="Keyboard shortcuts (?)" aria-keyshortcuts="?">
        Shortcuts
      </button>
      {paletteOpen ? <CommandPalette commands={commands} onClose={close} /> : null}
      {helpOpen ? <ShortcutHelpDialog onClose={close} /> : null}
    </div>
  );
}

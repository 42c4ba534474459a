import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store/createAppStore.ts';

/** A short status message ("Saved"); `seq` tells two equal messages apart so each one restarts its timer. */
export interface CommandStatus {
  text: string;
  seq: number;
}

/** UI state of the command layer: the palette, the shortcut help and the brief status message. */
export interface CommandUiState {
  paletteOpen: boolean;
  helpOpen: boolean;
  status: CommandStatus | null;
  /** The in-app clipboard, used when the browser refuses the system clipboard. */
  clipboard: string | null;
  openPalette(): void;
  openHelp(): void;
  /** Closes the palette and the help. */
  close(): void;
  flash(text: string): void;
  clearStatus(seq: number): void;
  setClipboard(text: string): void;
}

/** Makes the command layer's state; one per app store (see {@link commandUiFor}). */
export function createCommandUi(): StoreApi<CommandUiState> {
  let seq = 0;
  return createStore<CommandUiState>()((set, get) => ({
    paletteOpen: false,
    helpOpen: false,
    status: null,
    clipboard: null,
    openPalette: () => set({ paletteOpen: true, helpOpen: false }),
    openHelp: () => set({ helpOpen: true, paletteOpen: false }),
    close: () => set({ paletteOpen: false, helpOpen: false }),
    flash: (text) => set({ status: { text, seq: ++seq } }),
    clearStatus: (which) => {
      if (get().status?.seq === which) set({ status: null });
    },
    setClipboard: (clipboard) => set({ clipboard }),
  }));
}

const uis = new WeakMap<StoreApi<AppState>, StoreApi<CommandUiState>>();

/**
 * The command layer's state for an app store, made on first use. Keyed by the store so that the shortcuts hook and
 * the mounted palette share it without another prop or context through App, and two apps never share it.
 */
export function commandUiFor(store: StoreApi<AppState>): StoreApi<CommandUiState> {
  let ui = uis.get(store);
  if (!ui) {
    ui = createCommandUi();
    uis.set(store, ui);
  }
  return ui;
}

import type { StoreApi } from 'zustand/vanilla';
import type { CanvasAction } from '../../core/actions/types.ts';
import type { AppState } from '../store/createAppStore.ts';

/**
 * The benchmark hook `window.__flowsteer` (bench/canvasFps.ts): `edit(action)` makes a hand edit through the same
 * `store.edit` → applyAction path as the canvas, palette and inspector, and returns whether it was accepted.
 */
export interface BenchHook {
  edit(action: CanvasAction): boolean;
}

declare global {
  interface Window {
    __flowsteer?: BenchHook;
  }
}

/**
 * Installs the benchmark hook only when the page URL has a `bench` query parameter (`/?bench`), so normal pages
 * expose nothing; returns the function that removes it.
 */
export function installBenchHook(store: StoreApi<AppState>, search = location.search): () => void {
  if (!new URLSearchParams(search).has('bench')) return () => undefined;
  const hook: BenchHook = { edit: (action) => store.getState().edit(action) };
  window.__flowsteer = hook;
  return () => {
    if (window.__flowsteer === hook) delete window.__flowsteer;
  };
}

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WatchController } from './WatchController.ts';
import type { WatchState } from './watchState.ts';

/** The page's watch controller (made once in main.tsx); null where the app was built without one. */
export const WatchControllerContext = createContext<WatchController | null>(null);

/** The watch controller given through context, or null when none was provided. */
export function useWatchController(): WatchController | null {
  return useContext(WatchControllerContext);
}

/** Selects narrowly from a watch controller's state (re-renders only when the selected value changes). */
export function useWatchState<T>(controller: WatchController, selector: (state: WatchState) => T): T {
  return useStore(controller.state, selector);
}

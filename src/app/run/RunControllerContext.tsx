import { createContext, useContext } from 'react';
import type { RunController } from './createRunController.ts';

export const RunControllerContext = createContext<RunController | null>(null);

/** The run controller given through context (made once per app in main.tsx). */
export function useRunController(): RunController {
  const controller = useContext(RunControllerContext);
  if (!controller) throw new Error('useRunController needs a RunControllerContext provider');
  return controller;
}

import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { TrainingSessionState } from './createTrainingSession.ts';

/** The training session plus the page's Python sandbox (to replay sampled episodes); provided by App. */
export interface TrainingContextValue {
  session: StoreApi<TrainingSessionState>;
  getSandbox(): CodeSandbox;
}

/** The app's training session, or null where none was provided (tests of other screens). */
export const TrainingSessionContext = createContext<TrainingContextValue | null>(null);

/** The provided training context; throws without a provider. */
export function useTrainingContext(): TrainingContextValue {
  const value = useContext(TrainingSessionContext);
  if (!value) throw new Error('useTrainingContext needs a TrainingSessionContext provider');
  return value;
}

/** Reads the training session with a selector (re-renders only when the selected value changes). */
export function useTrainingSession<T>(selector: (state: TrainingSessionState) => T): T {
  return useStore(useTrainingContext().session, selector);
}

import { useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { useAppStore } from '../store/AppStoreContext.tsx';
import type { TrainingSessionState } from './createTrainingSession.ts';
import { TrainingSessionContext } from './TrainingSessionContext.tsx';

function Badge({ session }: { session: StoreApi<TrainingSessionState> }) {
  const phase = useStore(session, (s) => s.vm.phase);
  const iteration = useStore(session, (s) => s.vm.iteration);
  const iterations = useStore(session, (s) => s.vm.iterations);
  const setView = useAppStore((s) => s.setView);
  const view = useAppStore((s) => s.view);
  if (view === 'training' || (phase !== 'running' && phase !== 'paused' && phase !== 'pausing')) return null;
  return (
    <button type="button" className="training-badge" onClick={() => setView('training')}>
      {phase === 'running' ? 'Training' : 'Training paused'} {iteration}/{iterations}
    </button>
  );
}

/** A header badge while a run is in progress and another view is shown; a click goes back to training. */
export function TrainingBadge() {
  const context = useContext(TrainingSessionContext);
  return context ? <Badge session={context.session} /> : null;
}

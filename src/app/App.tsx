import type { StoreApi } from 'zustand';
import { EpisodeLibraryContext } from './episodes/EpisodeLibraryContext.tsx';
import type { EpisodeLibraryState } from './episodes/createEpisodeLibrary.ts';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.tsx';
import { EvaluationView } from './evaluation/EvaluationView.tsx';
import { CommandCenter } from './commands/CommandCenter.tsx';
import { DslEditor } from './panels/DslEditor.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { OperatorPalette } from './panels/OperatorPalette.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import type { RunController } from './run/createRunController.ts';
import { RunControllerContext } from './run/RunControllerContext.tsx';
import type { SettingsState } from './settings/createSettingsStore.ts';
import { SettingsHeader } from './settings/SettingsHeader.tsx';
import { Dock } from './shell/Dock.tsx';
import { ViewSwitcher } from './shell/ViewSwitcher.tsx';
import { AppStoreContext, useAppStore } from './store/AppStoreContext.tsx';
import type { AppState } from './store/createAppStore.ts';
import { useShortcuts } from './useShortcuts.ts';
import type { WatchController } from './watch/WatchController.ts';
import { WatchControllerContext } from './watch/WatchContext.tsx';
import { lazy, Suspense } from 'react';
import { TrainingBadge } from './training/TrainingBadge.tsx';
import { TrainingSessionContext, type TrainingContextValue } from './training/TrainingSessionContext.tsx';

// The training studio (uPlot, charts) loads when first opened; tfjs only ever loads in its worker.
const TrainingView = lazy(() =>
  import('./training/TrainingView.tsx').then((m) => ({ default: m.TrainingView })),
);

/** The screen of the current view: the studio (palette, canvas with its dock, inspector) or a full-width view. */
function CurrentView() {
  const view = useAppStore((s) => s.view);
  switch (view) {
    case 'training':
      return (
        <div className="full-view">
          <Suspense fallback={<p className="training-note">Loading the training studio…</p>}>
            <TrainingView />
          </Suspense>
        </div>
      );
    case 'evaluation':
      return (
        <div className="full-view">
          <EvaluationView />
        </div>
      );
    case 'studio':
    default:
      return (
        <>
          <OperatorPalette />
          <main>
            <WorkflowCanvas />
            <Dock />
            <DslEditor />
          </main>
          <Inspector />
        </>
      );
  }
}

export interface AppProps {
  store: StoreApi<AppState>;
  run: RunController;
  episodes: StoreApi<EpisodeLibraryState>;
  /** The training session (its worker starts with the first run); without it the Training view cannot train. */
  training?: TrainingContextValue;
  /** The LLM settings the run reads (createSettingsStore); a memory-only store when omitted. */
  settings?: StoreApi<SettingsState>;
  /** Plays a policy's episode on the canvas (the dock's Watch tab); the tab says it is unavailable without it. */
  watch?: WatchController;
}

/** The studio's shell: header (views, backend, toolbar), then the current view. */
export function App({ store, run, episodes, training, settings, watch }: AppProps) {
  useShortcuts(store, run);
  return (
    <AppStoreContext.Provider value={store}>
      <RunControllerContext.Provider value={run}>
        <EpisodeLibraryContext.Provider value={episodes}>
          <TrainingSessionContext.Provider value={training ?? null}>
            <div className="app">
              <header>
                <h1>FlowSteer Studio</h1>
                <ViewSwitcher />
                <SettingsHeader store={settings} />
                <Toolbar />
                <TrainingBadge />
                <CommandCenter />
              </header>
              <WatchControllerContext.Provider value={watch ?? null}>
                <CurrentView />
              </WatchControllerContext.Provider>
            </div>
          </TrainingSessionContext.Provider>
        </EpisodeLibraryContext.Provider>
      </RunControllerContext.Provider>
    </AppStoreContext.Provider>
  );
}

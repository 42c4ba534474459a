import type { StoreApi } from 'zustand';
import { EpisodeLibraryContext } from './episodes/EpisodeLibraryContext.tsx';
import type { EpisodeLibraryState } from './episodes/createEpisodeLibrary.ts';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.tsx';
import { DslEditor } from './panels/DslEditor.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { OperatorPalette } from './panels/OperatorPalette.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import type { RunController } from './run/createRunController.ts';
import { RunControllerContext } from './run/RunControllerContext.tsx';
import { Dock } from './shell/Dock.tsx';
import { ViewSwitcher } from './shell/ViewSwitcher.tsx';
import { AppStoreContext, useAppStore } from './store/AppStoreContext.tsx';
import type { AppState } from './store/createAppStore.ts';
import { useShortcuts } from './useShortcuts.ts';

/** The screen of the current view: the studio (palette, canvas with its dock, inspector) or a full-width view. */
function CurrentView() {
  const view = useAppStore((s) => s.view);
  switch (view) {
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
}

/** The studio's shell: header (views, backend, toolbar), then the current view. */
export function App({ store, run, episodes }: AppProps) {
  useShortcuts(store, run);
  return (
    <AppStoreContext.Provider value={store}>
      <RunControllerContext.Provider value={run}>
        <EpisodeLibraryContext.Provider value={episodes}>
          <div className="app">
            <header>
              <h1>FlowSteer Studio</h1>
              <ViewSwitcher />
              <span className="backend-badge" title="No key needed: every LLM call is modelled offline">
                Backend: simulated (offline)
              </span>
              <Toolbar />
            </header>
            <CurrentView />
          </div>
        </EpisodeLibraryContext.Provider>
      </RunControllerContext.Provider>
    </AppStoreContext.Provider>
  );
}

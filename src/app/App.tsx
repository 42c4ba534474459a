import type { StoreApi } from 'zustand';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.tsx';
import { DslEditor } from './panels/DslEditor.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { OperatorPalette } from './panels/OperatorPalette.tsx';
import { RunPanel } from './panels/RunPanel.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import type { RunController } from './run/createRunController.ts';
import { RunControllerContext } from './run/RunControllerContext.tsx';
import { AppStoreContext } from './store/AppStoreContext.tsx';
import type { AppState } from './store/createAppStore.ts';
import { useShortcuts } from './useShortcuts.ts';

/** The studio's shell: palette left, canvas centre with the run panel and text below, inspector right. */
export function App({ store, run }: { store: StoreApi<AppState>; run: RunController }) {
  useShortcuts(store, run);
  return (
    <AppStoreContext.Provider value={store}>
      <RunControllerContext.Provider value={run}>
        <div className="app">
          <header>
            <h1>FlowSteer Studio</h1>
            <span className="backend-badge" title="No key needed: every LLM call is modelled offline">
              Backend: simulated (offline)
            </span>
            <Toolbar />
          </header>
          <OperatorPalette />
          <main>
            <WorkflowCanvas />
            <RunPanel />
            <DslEditor />
          </main>
          <Inspector />
        </div>
      </RunControllerContext.Provider>
    </AppStoreContext.Provider>
  );
}

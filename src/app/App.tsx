import type { StoreApi } from 'zustand';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.tsx';
import { DslEditor } from './panels/DslEditor.tsx';
import { OperatorPalette } from './panels/OperatorPalette.tsx';
import { WorkflowSummary } from './panels/WorkflowSummary.tsx';
import { AppStoreContext } from './store/AppStoreContext.tsx';
import type { AppState } from './store/createAppStore.ts';

/** The studio's shell: palette left, canvas centre, inspector right, workflow text below. */
export function App({ store }: { store: StoreApi<AppState> }) {
  return (
    <AppStoreContext.Provider value={store}>
      <div className="app">
        <header>
          <h1>FlowSteer Studio</h1>
          <span className="backend-badge" title="No key needed: every LLM call is modelled offline">
            Backend: simulated (offline)
          </span>
        </header>
        <OperatorPalette />
        <main>
          <WorkflowCanvas />
          <DslEditor />
        </main>
        <WorkflowSummary />
      </div>
    </AppStoreContext.Provider>
  );
}

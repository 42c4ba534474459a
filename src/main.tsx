import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { App } from './app/App.tsx';
import { EXAMPLE_WORKFLOWS } from './app/examples.ts';
import { loadAutosave, startAutosave } from './app/persistence/autosave.ts';
import { createLazyRunController } from './app/run/createLazyRunController.ts';
import { createAppStore } from './app/store/createAppStore.ts';
import { createEpisodeLibrary } from './app/episodes/createEpisodeLibrary.ts';
import { createIdbDocumentStore } from './adapters/browser/createIdbWorkflowStore.ts';
import { createBrowserSandbox, type BrowserSandbox } from './adapters/browser/createBrowserSandbox.ts';
import { createBuiltinRegistry } from '../operators/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const registry = createBuiltinRegistry();
const docs = createIdbDocumentStore();
const restored = await loadAutosave(docs, registry);
const store = createAppStore(registry, restored.workflow ?? EXAMPLE_WORKFLOWS[0]?.dsl ?? '');
if (restored.suite !== null || restored.taskIndex !== null) {
  store.getState().setRunTask({
    ...(restored.suite !== null ? { suite: restored.suite } : {}),
    ...(restored.taskIndex !== null ? { taskIndex: restored.taskIndex } : {}),
  });
}
startAutosave(store, docs);

// Pyodide loads only in the worker, and only when the first program runs.
let sandbox: BrowserSandbox | null = null;
const getSandbox = (): BrowserSandbox => {
  sandbox ??= createBrowserSandbox({
    createWorker: () =>
      new Worker(new URL('./workers/sandbox/sandbox.worker.ts', import.meta.url), { type: 'module' }),
  });
  return sandbox;
};
const run = createLazyRunController(store, { getSandbox, latencyMs: { min: 120, max: 320 } });

createRoot(root).render(
  <StrictMode>
    <App store={store} run={run} episodes={createEpisodeLibrary()} />
  </StrictMode>,
);

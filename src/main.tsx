import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { App } from './app/App.tsx';
import { EXAMPLE_WORKFLOWS } from './app/examples.ts';
import { loadAutosave, startAutosave } from './app/persistence/autosave.ts';
import { isImportedSuite } from './app/datasets/importedSets.ts';
import { loadImportedSets, persistImportedSets } from './app/datasets/persistImportedSets.ts';
import { createLazyRunController } from './app/run/createLazyRunController.ts';
import { createAppStore } from './app/store/createAppStore.ts';
import { createEpisodeLibrary } from './app/episodes/createEpisodeLibrary.ts';
import { EpisodeServicesContext } from './app/episodes/EpisodeServicesContext.tsx';
import { createPolicyCatalog } from './app/policies/createPolicyCatalog.ts';
import { createIdbDocumentStore } from './adapters/browser/createIdbWorkflowStore.ts';
import { createBrowserSandbox, type BrowserSandbox } from './adapters/browser/createBrowserSandbox.ts';
import { createBuiltinRegistry } from '../operators/index.ts';
import { createIdbCheckpointStore } from './adapters/browser/createIdbCheckpointStore.ts';
import { createTrainerWorker } from './app/training/createTrainerWorker.ts';
import { createTrainingSession } from './app/training/createTrainingSession.ts';
import { createAppLlm } from './app/llm/createAppLlm.ts';
import { createSettingsStore } from './app/settings/createSettingsStore.ts';
import { systemClock } from './core/llm/systemClock.ts';
import { createWatchController } from './app/watch/createWatchController.ts';
import { watchLlmFromSettings } from './app/watch/watchLlmFromSettings.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const registry = createBuiltinRegistry();
const docs = createIdbDocumentStore();
const restored = await loadAutosave(docs, registry);
const store = createAppStore(registry, restored.workflow ?? EXAMPLE_WORKFLOWS[0]?.dsl ?? '');
const importedSets = await loadImportedSets(docs);
for (const set of importedSets) store.getState().addImportedSet(set);
persistImportedSets(store, docs);
// A picker that pointed at a set no longer stored falls back to the default suite.
if (
  restored.suite !== null &&
  isImportedSuite(restored.suite) &&
  !importedSets.some((s) => s.id === restored.suite)
) {
  restored.suite = null;
  restored.taskIndex = null;
}
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
// LLM settings: in memory unless the user ticks "Remember on this device"; each run reads the current ones.
const settings = createSettingsStore();
const simLatency = { min: 120, max: 320 };
const run = createLazyRunController(store, {
  getSandbox,
  latencyMs: simLatency,
  getLlm: (seed) => createAppLlm(settings.getState(), { seed, latencyMs: simLatency, clock: systemClock }),
});

// Trained checkpoints live in IndexedDB (shared with the trainer worker; the policy catalog can list them too).
const checkpoints = createIdbCheckpointStore();
// The trainer worker (and tfjs with it) starts only when the first training run starts.
const training = {
  session: createTrainingSession({ connect: createTrainerWorker, checkpoints }),
  getSandbox,
};

// Episodes: the library survives reloads (IndexedDB); forks and recordings share the page's sandbox and policies.
const episodes = createEpisodeLibrary();
void import('./app/episodes/restoreEpisodeLibrary.ts').then((m) => m.restoreEpisodeLibrary(episodes, docs));
const episodeServices = { getSandbox, checkpoints, catalog: createPolicyCatalog({ registry, checkpoints }) };
// Watching a policy: the same catalog, sandbox and LLM settings; the executor loads with the first watched episode.
const watch = createWatchController({
  store,
  catalog: episodeServices.catalog,
  episodes,
  getSandbox,
  latencyMs: simLatency,
  getLlm: (seed, clock) => watchLlmFromSettings(settings.getState(), seed, clock, simLatency),
});

createRoot(root).render(
  <StrictMode>
    <EpisodeServicesContext.Provider value={episodeServices}>
      <App
        store={store}
        run={run}
        episodes={episodes}
        training={training}
        settings={settings}
        watch={watch}
      />
    </EpisodeServicesContext.Provider>
  </StrictMode>,
);

import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store/createAppStore.ts';
import type { RunController, RunControllerDeps } from './createRunController.ts';

/**
 * A RunController that loads the executor, the suites and the scorer (mathjs included) on the first run, so the
 * JavaScript needed before the canvas shows stays small. A Stop pressed while loading cancels the run.
 */
export function createLazyRunController(store: StoreApi<AppState>, deps: RunControllerDeps): RunController {
  let real: Promise<RunController> | null = null;
  let loaded: RunController | null = null;
  let cancelled = false;
  const load = (): Promise<RunController> => {
    real ??= import('./createRunController.ts').then((m) => {
      loaded = m.createRunController(store, deps);
      return loaded;
    });
    return real;
  };
  return {
    async start() {
      cancelled = false;
      if (!loaded)
        store.setState({ runPhase: 'running', runLog: [], nodeStatus: {}, answer: null, score: null });
      const controller = await load();
      if (cancelled) return;
      await controller.start();
    },
    stop() {
      if (loaded) {
        loaded.stop();
        return;
      }
      cancelled = true;
      if (store.getState().runPhase === 'running') store.setState({ runPhase: 'stopped' });
    },
  };
}

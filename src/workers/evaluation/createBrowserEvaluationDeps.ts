import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createBrowserSandbox } from '../../adapters/browser/createBrowserSandbox.ts';
import { createIdbCheckpointStore } from '../../adapters/browser/createIdbCheckpointStore.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import type { EvaluationDeps } from './createEvaluationApi.ts';
import type { TfPolicyFactories } from './resolvePolicy.ts';

/**
 * The evaluation worker's composition root: the built-in operators, Python in a nested sandbox worker (Pyodide
 * loads on the first program), tfjs only when a tfjs policy is evaluated, and the trainer's saved checkpoints.
 */
export function createBrowserEvaluationDeps(): EvaluationDeps {
  const sandbox = createBrowserSandbox({
    createWorker: () =>
      new Worker(new URL('../sandbox/sandbox.worker.ts', import.meta.url), { type: 'module' }),
  });
  let tf: Promise<TfPolicyFactories> | null = null;
  // The trainer saves into the same IndexedDB database, so a checkpoint saved a moment ago is listed.
  const store: CheckpointStore = createIdbCheckpointStore();
  return {
    registry: createBuiltinRegistry(),
    sandbox,
    clock: systemClock,
    loadTf: () => {
      if (tf) return tf;
      const attempt = import('./loadBrowserTf.ts').then((m) => m.loadBrowserTf());
      tf = attempt;
      // A failed load (a wasm file that did not arrive) may succeed on the next evaluation.
      attempt.catch(() => {
        if (tf === attempt) tf = null;
      });
      return attempt;
    },
    checkpoints: () => Promise.resolve(store),
  };
}

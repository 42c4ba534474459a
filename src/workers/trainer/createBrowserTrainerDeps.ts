import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createBrowserSandbox } from '../../adapters/browser/createBrowserSandbox.ts';
import { createIdbCheckpointStore } from '../../adapters/browser/createIdbCheckpointStore.ts';
import type { IdbCheckpointStore } from '../../adapters/browser/createIdbCheckpointStore.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import { createSimulatedLlm, getSimProfile } from '../../core/llm/simulated/index.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import { createTfPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import type { TfPolicy } from '../../core/policy/createTfPolicy.ts';
import { selectTfBackend } from '../../core/policy/selectTfBackend.ts';
import type { TfBackendName } from '../../core/policy/selectTfBackend.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import { createEnvFactory } from '../../core/training/createEnvPool.ts';
import { createTrainer } from '../../core/training/createTrainer.ts';
import type { TrainerApiDeps, TrainerStartRequest } from '../../core/training/createTrainerApi.ts';
import { memoizeScore } from '../../core/training/memoizeScore.ts';
import { resolveTrainerConfig, trainingRules } from '../../core/training/trainerConfig.ts';
import { readTrainerState } from '../../core/training/trainerState.ts';
import type { BackendInfo, BackendPreference } from './trainerWorkerApi.ts';
import { SAMPLED_EPISODES_PER_ITERATION } from './trainerWorkerApi.ts';

/** A store that also records, with every checkpoint, what a reload needs to resume the run. */
function recordingStore(store: IdbCheckpointStore, suites: string[], backend: () => string): CheckpointStore {
  return {
    ...store,
    async save(name, artifacts) {
      await store.save(name, artifacts);
      const state = readTrainerState(artifacts);
      if (state)
        await store.saveRun({
          checkpoint: name,
          suites,
          state,
          backend: backend(),
          savedAt: new Date().toISOString(),
        });
    },
  };
}

/** Clears the previous run's `iter-*` checkpoints, so the list and the resume offer belong to one run. */
async function clearRunCheckpoints(store: IdbCheckpointStore): Promise<void> {
  for (const name of await store.list()) if (name.startsWith('iter-')) await store.delete(name);
  await store.clearRun();
}

/**
 * The trainer worker's composition root: tfjs on the chosen backend (wasm files served by Vite, no threads, since
 * the page is not cross-origin isolated), the simulated backend, Python in a nested sandbox worker, and
 * checkpoints in IndexedDB (shared with the page, which lists, exports and imports them).
 */
export function createBrowserTrainerDeps() {
  const registry = createBuiltinRegistry();
  const sandbox = createBrowserSandbox({
    createWorker: () =>
      new Worker(new URL('../sandbox/sandbox.worker.ts', import.meta.url), { type: 'module' }),
  });
  const checkpoints = createIdbCheckpointStore();
  let policy: TfPolicy | null = null;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  });
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  let info: Promise<BackendInfo> | null = null;

  async function useBackend(requested: BackendPreference): Promise<BackendInfo> {
    const skipped: BackendInfo['skipped'] = [];
    const order: TfBackendName[] | undefined =
      requested === 'auto' ? undefined : [...new Set<TfBackendName>([requested, 'wasm', 'cpu'])];
    const name = await selectTfBackend({
      ...(order ? { order, allowSoftwareGpu: true } : {}),
      onSkip: (skippedName, reason) => skipped.push({ name: skippedName, reason }),
    });
    const result = { name, requested, skipped };
    info = Promise.resolve(result);
    return result;
  }

  async function build(request: TrainerStartRequest) {
    const backend = await (info ?? useBackend('auto'));
    const config = resolveTrainerConfig(request.config);
    const suites = request.suites.map((name) => getSuite(name));
    const artifacts = request.resumeFrom ? await checkpoints.load(request.resumeFrom) : null;
    const state = artifacts ? readTrainerState(artifacts) : null;
    if (!artifacts) await clearRunCheckpoints(checkpoints);
    const seed = state?.config.seed ?? config.seed;
    // One run at a time: the finished run's weights are in IndexedDB, so its tensors can go.
    policy?.dispose();
    policy = artifacts
      ? loadTfPolicy({ registry, artifacts })
      : createTfPolicy({ registry, seed, rules: trainingRules(config), name: config.algo });
    const createEnv = createEnvFactory({
      registry,
      llm: createSimulatedLlm({ seed, profile: getSimProfile('default') }),
      sandbox,
      clock: systemClock,
      cache: createNodeCache({ maxEntries: 50_000 }),
      score: memoizeScore(createRunScorer(sandbox)),
    });
    return createTrainer({
      config,
      policy,
      tasks: suites.flatMap((s) => s.train),
      evaluationTasks: suites.flatMap((s) => s.test),
      createEnv,
      registry,
      clock: systemClock,
      checkpointStore: recordingStore(checkpoints, request.suites, () => backend.name),
      sampleEpisodes: SAMPLED_EPISODES_PER_ITERATION,
      ...(state ? { resumeFrom: state } : {}),
    });
  }

  const deps: TrainerApiDeps = { clock: systemClock, createTrainer: build };
  return { deps, useBackend };
}

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createBrowserSandbox } from '../../adapters/browser/createBrowserSandbox.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import { createSimulatedLlm, getSimProfile } from '../../core/llm/simulated/index.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import { createMemoryCheckpointStore } from '../../core/policy/createMemoryCheckpointStore.ts';
import { createTfPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import { selectTfBackend } from '../../core/policy/selectTfBackend.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import { createEnvFactory } from '../../core/training/createEnvPool.ts';
import { createTrainer } from '../../core/training/createTrainer.ts';
import { memoizeScore } from '../../core/training/memoizeScore.ts';
import type { TrainerApiDeps, TrainerStartRequest } from '../../core/training/createTrainerApi.ts';
import { resolveTrainerConfig, trainingRules } from '../../core/training/trainerConfig.ts';
import { readTrainerState } from '../../core/training/trainerState.ts';

/**
 * The trainer worker's composition root: tfjs on the fastest real backend (wasm files served by Vite, no threads,
 * since the page is not cross-origin isolated), the simulated backend, Python in a nested sandbox worker, and
 * checkpoints kept in the worker's memory.
 */
export function createBrowserTrainerDeps(): TrainerApiDeps {
  const registry = createBuiltinRegistry();
  const sandbox = createBrowserSandbox({
    createWorker: () =>
      new Worker(new URL('../sandbox/sandbox.worker.ts', import.meta.url), { type: 'module' }),
  });
  const checkpoints = createMemoryCheckpointStore();
  const backend = (async () => {
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    return selectTfBackend();
  })();

  async function build(request: TrainerStartRequest) {
    await backend;
    const config = resolveTrainerConfig(request.config);
    const suites = request.suites.map((name) => getSuite(name));
    const artifacts = request.resumeFrom ? await checkpoints.load(request.resumeFrom) : null;
    const state = artifacts ? readTrainerState(artifacts) : null;
    const seed = state?.config.seed ?? config.seed;
    const policy = artifacts
      ? loadTfPolicy({ registry, artifacts })
      : createTfPolicy({ registry, seed, rules: trainingRules(config) });
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
      checkpointStore: checkpoints,
      ...(state ? { resumeFrom: state } : {}),
    });
  }

  return { clock: systemClock, createTrainer: build };
}

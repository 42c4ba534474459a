import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { createUntrainedPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import { selectTfBackend } from '../../core/policy/selectTfBackend.ts';
import type { TfBackendName } from '../../core/policy/selectTfBackend.ts';
import type { TfPolicyFactory } from './createPolicyCatalog.ts';

let ready: Promise<TfBackendName> | null = null;

/** Readies tfjs once per page: the wasm files Vite serves (no threads: the page is not cross-origin isolated). */
function prepareBackend(): Promise<TfBackendName> {
  ready ??= (async () => {
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    // A single decision is a small forward pass: wasm beats a software GPU here, and cpu always works.
    return selectTfBackend({ order: ['wasm', 'cpu'] });
  })();
  return ready;
}

/**
 * The tfjs half of the policy catalog, imported only when a tfjs policy is first picked so tfjs never joins the
 * start-up bundle.
 */
export async function loadTfPolicyFactory(): Promise<TfPolicyFactory> {
  const backend = await prepareBackend();
  return {
    backend,
    untrained: (registry, seed) => createUntrainedPolicy({ registry, seed }),
    fromCheckpoint: (registry, artifacts, name) => loadTfPolicy({ registry, artifacts, name }),
  };
}

import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { createUntrainedPolicy, loadTfPolicy } from '../../core/policy/createTfPolicy.ts';
import { selectTfBackend } from '../../core/policy/selectTfBackend.ts';
import type { TfPolicyFactories } from './resolvePolicy.ts';

/**
 * tfjs for evaluation, loaded on first use: decisions run on the plain-JS forward pass, so the wasm backend (no
 * threads: the page is not cross-origin isolated) or the CPU only hold the weights; no GPU start-up is paid.
 */
export async function loadBrowserTf(): Promise<TfPolicyFactories> {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  });
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await selectTfBackend({ order: ['wasm', 'cpu'] });
  return { createUntrainedPolicy, loadTfPolicy };
}

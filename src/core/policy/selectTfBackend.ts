import * as tf from '@tensorflow/tfjs';

/** The tfjs backends the policy runs on, fastest first when the hardware is real. */
export type TfBackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** The default preference order (TECH-NOTES). */
export const TF_BACKEND_ORDER: readonly TfBackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Whether a GPU backend sits on a software adapter (null: no adapter at all). Injected for tests. */
export interface BackendProbes {
  webgpuIsSoftware(): Promise<boolean | null>;
  webglIsSoftware(): boolean | null;
}

/** Options of {@link selectTfBackend}. */
export interface TfBackendPreferences {
  /** Tried in this order; default webgpu → webgl → wasm → cpu. */
  order?: readonly TfBackendName[];
  /** Accept SwiftShader/llvmpipe GPU adapters (they are slower than wasm). Default false. */
  allowSoftwareGpu?: boolean;
  probes?: Partial<BackendProbes>;
  /** Told why each backend before the chosen one was skipped. */
  onSkip?: (name: TfBackendName, reason: string) => void;
}

const SOFTWARE = /swiftshader|llvmpipe|software|lavapipe/i;

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; architecture?: string; vendor?: string; description?: string };
}
interface GlLike {
  getExtension(name: string): { UNMASKED_RENDERER_WEBGL: number } | null;
  getParameter(p: number): unknown;
  RENDERER: number;
}

/** TECH-NOTES: webgpu makes itself the default even on SwiftShader, so read the adapter first. */
async function webgpuIsSoftware(): Promise<boolean | null> {
  const gpu = (globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } } })
    .navigator?.gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return null;
  const info = adapter.info ?? {};
  const text = `${info.architecture ?? ''} ${info.vendor ?? ''} ${info.description ?? ''}`;
  return adapter.isFallbackAdapter === true || info.isFallbackAdapter === true || SOFTWARE.test(text);
}

/** Reads the WebGL renderer string from an OffscreenCanvas (workers have no document). */
function webglIsSoftware(): boolean | null {
  const Offscreen = (
    globalThis as { OffscreenCanvas?: new (w: number, h: number) => { getContext(k: string): unknown } }
  ).OffscreenCanvas;
  if (!Offscreen) return null;
  const canvas = new Offscreen(1, 1);
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as GlLike | null;
  if (!gl) return null;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return SOFTWARE.test(renderer);
}

/**
 * Picks and initialises the tfjs backend for a composition root: webgpu → webgl → wasm → cpu, skipping backends
 * that are not registered (import their packages first), GPU backends on software adapters (unless allowed) and
 * backends whose initialisation fails. In Node only wasm and cpu are ever registered. Returns the chosen name.
 */
export async function selectTfBackend(preferences: TfBackendPreferences = {}): Promise<TfBackendName> {
  const probes: BackendProbes = { webgpuIsSoftware, webglIsSoftware, ...preferences.probes };
  const skip = (name: TfBackendName, reason: string): void => preferences.onSkip?.(name, reason);
  for (const name of preferences.order ?? TF_BACKEND_ORDER) {
    if (!tf.findBackendFactory(name)) {
      skip(name, 'not registered (its package is not imported)');
      continue;
    }
    if (name === 'webgpu' || name === 'webgl') {
      const software = name === 'webgpu' ? await probes.webgpuIsSoftware() : probes.webglIsSoftware();
      if (software === null) {
        skip(name, 'no adapter');
        continue;
      }
      if (software && !preferences.allowSoftwareGpu) {
        skip(name, 'software adapter (slower than wasm)');
        continue;
      }
    }
    const ok = await tf.setBackend(name).catch(() => false);
    if (ok) {
      await tf.ready();
      return name;
    }
    skip(name, 'failed to initialise');
  }
  throw new Error('No tfjs backend could be initialised (register @tensorflow/tfjs-backend-wasm or cpu).');
}

import { createSimulatedLlm, getSimProfile } from '../core/llm/simulated/index.ts';
import { createRuntime } from './createRuntime.ts';

/** Everything a headless run needs on the simulated backend: one composition root for the CLI and benches. */
export function createSimulatedRuntime(options: { seed: number | string; profile?: string }) {
  return createRuntime(
    createSimulatedLlm({ seed: options.seed, profile: getSimProfile(options.profile ?? 'default') }),
  );
}

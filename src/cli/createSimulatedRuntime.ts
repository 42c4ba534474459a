import { createNodePyodideSandbox } from '../adapters/node/createNodePyodideSandbox.ts';
import { createNodeCache } from '../core/canvas/createNodeCache.ts';
import { createSimulatedLlm, getSimProfile } from '../core/llm/simulated/index.ts';
import { systemClock } from '../core/llm/systemClock.ts';
import { createRunScorer } from '../core/tasks/createRunScorer.ts';
import { createBuiltinRegistry } from '../../operators/index.ts';

/** Everything a headless run needs on the simulated backend: one composition root for the CLI and benches. */
export function createSimulatedRuntime(options: { seed: number | string; profile?: string }) {
  const sandbox = createNodePyodideSandbox();
  const llm = createSimulatedLlm({
    seed: options.seed,
    profile: getSimProfile(options.profile ?? 'default'),
  });
  return {
    registry: createBuiltinRegistry(),
    llm,
    sandbox,
    clock: systemClock,
    cache: createNodeCache({ maxEntries: 50_000 }),
    score: createRunScorer(sandbox),
    dispose: () => sandbox.dispose(),
  };
}

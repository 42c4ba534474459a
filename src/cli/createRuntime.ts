import { createNodePyodideSandbox } from '../adapters/node/createNodePyodideSandbox.ts';
import { createNodeCache } from '../core/canvas/createNodeCache.ts';
import { systemClock } from '../core/llm/systemClock.ts';
import type { LlmClient } from '../core/ports/LlmClient.ts';
import { createRunScorer } from '../core/tasks/createRunScorer.ts';
import { createBuiltinRegistry } from '../../operators/index.ts';

/** Everything a headless run needs around an LLM backend: operators, the Pyodide sandbox, clock, node cache, scorer. */
export function createRuntime(llm: LlmClient) {
  const sandbox = createNodePyodideSandbox();
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

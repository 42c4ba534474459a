import { getSuite, SUITE_NAMES } from '../../core/tasks/suites.ts';
import type { TaskSuite } from '../../core/tasks/types.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import type { NodeCache } from '../../core/canvas/createNodeCache.ts';
import { createEnvFactory } from '../../core/training/createEnvPool.ts';
import { memoizeScore } from '../../core/training/memoizeScore.ts';
import { createSimulatedRuntime } from '../createSimulatedRuntime.ts';
import { UsageError } from '../parseCliArgs.ts';

/** Suites named by a `--suite` flag: one name, a comma-separated list, or `all` for every built-in suite. */
export function resolveSuites(flag: string | undefined): TaskSuite[] {
  if (flag === undefined) throw new UsageError(`--suite is required (${SUITE_NAMES.join(', ')} or all)`);
  const names = flag === 'all' ? [...SUITE_NAMES] : flag.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!SUITE_NAMES.includes(name))
      throw new UsageError(`Unknown suite "${name}". Known: ${SUITE_NAMES.join(', ')}, all`);
  }
  return [...new Set(names)].map((name) => getSuite(name));
}

/**
 * The simulated runtime plus environment factories over it: `createEnv` shares the runtime's node cache between
 * every lane; `freshEnvFactory()` starts an empty cache, so a measurement's token counts owe nothing to earlier runs.
 */
export function createTrainingRuntime(options: { seed: number | string; profile?: string }) {
  const runtime = createSimulatedRuntime(options);
  const score = memoizeScore((task, answer) => runtime.score(task, answer));
  const factory = (cache: NodeCache) =>
    createEnvFactory({
      registry: runtime.registry,
      llm: runtime.llm,
      sandbox: runtime.sandbox,
      clock: runtime.clock,
      cache,
      score,
    });
  return {
    ...runtime,
    createEnv: factory(runtime.cache),
    freshEnvFactory: () => factory(createNodeCache({ maxEntries: 50_000 })),
  };
}

/**
 * Loads tfjs with its wasm backend (single-threaded: threads gain nothing on 2 cores), the tfjs policy and the
 * checkpoint folders on demand, so CLI commands that do not need them start without tfjs. Returns them with the
 * backend's name.
 */
export async function loadTfStack() {
  const tf = await import('@tensorflow/tfjs');
  await import('@tensorflow/tfjs-backend-wasm');
  const [{ selectTfBackend }, policy, folders] = await Promise.all([
    import('../../core/policy/selectTfBackend.ts'),
    import('../../core/policy/createTfPolicy.ts'),
    import('../../adapters/node/fileCheckpointStore.ts'),
  ]);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const backend = await selectTfBackend({ order: ['wasm', 'cpu'] });
  return { backend, ...policy, ...folders };
}

/** The tfjs stack {@link loadTfStack} resolves to. */
export type TfStack = Awaited<ReturnType<typeof loadTfStack>>;

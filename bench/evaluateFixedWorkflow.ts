import { createNodeCache } from '../src/core/canvas/createNodeCache.ts';
import { parseWorkflow } from '../src/core/graph/parseWorkflow.ts';
import type { Workflow } from '../src/core/graph/types.ts';
import type { Task } from '../src/core/tasks/types.ts';
import { evaluateWorkflow } from '../src/core/training/evaluateWorkflow.ts';
import type { EvaluationReport } from '../src/core/training/evaluateWorkflow.ts';
import type { createSimulatedRuntime } from '../src/cli/createSimulatedRuntime.ts';

/**
 * Runs one fixed workflow (DSL) once per task on a runtime's backend and sandbox, with a fresh node cache so its
 * tokens per task owe nothing to the workflows run before it. Throws when the DSL does not parse.
 */
export async function evaluateFixedWorkflow(
  runtime: ReturnType<typeof createSimulatedRuntime>,
  dsl: string,
  tasks: readonly Task[],
): Promise<{ report: EvaluationReport; workflow: Workflow }> {
  const parsed = parseWorkflow(dsl, runtime.registry);
  if (!parsed.ok) throw new Error(`${dsl}: ${parsed.error.message}`);
  const report = await evaluateWorkflow({
    workflow: parsed.workflow,
    tasks,
    registry: runtime.registry,
    llm: runtime.llm,
    sandbox: runtime.sandbox,
    clock: runtime.clock,
    cache: createNodeCache({ maxEntries: 50_000 }),
    score: (task, answer) => runtime.score(task, answer),
  });
  return { report, workflow: parsed.workflow };
}

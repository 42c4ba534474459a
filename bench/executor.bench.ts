/**
 * Executor throughput on the simulated backend (npm run bench).
 *
 * For each built-in suite it replays what the canvas does during an episode: after every edit the whole workflow
 * runs again. The baseline runs every prefix of the workflow with no node cache; the candidate runs the same
 * prefixes with the per-node cache, in the same process, on the same tasks. It prints workflow runs per second
 * and the sandbox's share of the wall time for both.
 */
import { createNodeCache } from '../src/core/canvas/createNodeCache.ts';
import { runWorkflow } from '../src/core/canvas/executeWorkflow.ts';
import { parseWorkflow } from '../src/core/graph/parseWorkflow.ts';
import type { Workflow } from '../src/core/graph/types.ts';
import { getSuite } from '../src/core/tasks/suites.ts';
import { createSimulatedRuntime } from '../src/cli/createSimulatedRuntime.ts';
import { performance } from 'node:perf_hooks';

const TASKS = Number(process.env['BENCH_TASKS'] ?? 30);
const WORKFLOWS: Record<string, string> = {
  'builtin:math': 'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  'builtin:qa': 'Decompose -> [AnswerGenerate, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  'builtin:code': 'Plan -> Programmer -> Test -> Review ? Revise : done -> Format',
};

const prefixes = (w: Workflow): Workflow[] =>
  w.nodes.map((_, i) => ({ nodes: w.nodes.slice(0, i + 1), nextId: w.nextId }));

async function measure(suiteName: string, useCache: boolean) {
  const runtime = createSimulatedRuntime({ seed: 7 });
  try {
    const parsed = parseWorkflow(WORKFLOWS[suiteName] as string, runtime.registry);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const tasks = getSuite(suiteName).test.slice(0, TASKS);
    // Warm the sandbox worker so Pyodide's start-up is not billed to either side.
    await runtime.sandbox.run({ code: 'print(1)', timeoutMs: 30_000 });
    const cache = useCache ? createNodeCache({ maxEntries: 100_000 }) : undefined;
    let runs = 0;
    let sandboxMs = 0;
    let sandboxCalls = 0;
    const t0 = performance.now();
    for (const task of tasks) {
      for (const workflow of prefixes(parsed.workflow)) {
        const r = await runWorkflow({
          workflow,
          task,
          registry: runtime.registry,
          llm: runtime.llm,
          sandbox: runtime.sandbox,
          clock: runtime.clock,
          ...(cache ? { cache } : {}),
        });
        runs += 1;
        sandboxMs += r.sandboxMs;
        sandboxCalls += r.sandboxCalls;
      }
    }
    const wall = performance.now() - t0;
    return { runs, wall, sandboxMs, sandboxCalls };
  } finally {
    await runtime.dispose();
  }
}

const rows: string[] = [];
const summary: Record<string, unknown> = {};
for (const suite of Object.keys(WORKFLOWS)) {
  const base = await measure(suite, false);
  const cand = await measure(suite, true);
  const fmt = (label: string, m: typeof base) =>
    `| ${suite} | ${label} | ${m.runs} | ${(m.runs / (m.wall / 1000)).toFixed(1)} | ${m.sandboxCalls} | ${((100 * m.sandboxMs) / m.wall).toFixed(0)}% |`;
  rows.push(fmt('no cache (baseline)', base), fmt('node cache', cand));
  summary[suite] = {
    runsPerSecBaseline: +(base.runs / (base.wall / 1000)).toFixed(1),
    runsPerSecCached: +(cand.runs / (cand.wall / 1000)).toFixed(1),
    sandboxShareBaseline: +(base.sandboxMs / base.wall).toFixed(3),
    sandboxShareCached: +(cand.sandboxMs / cand.wall).toFixed(3),
  };
}
console.log(
  `Executor throughput, simulated backend, ${TASKS} test tasks per suite, every prefix of the workflow run`,
);
console.log('(an episode re-executes the whole workflow after each edit).\n');
console.log('| suite | executor | workflow runs | runs/s | sandbox calls | sandbox share of time |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\n${JSON.stringify(summary)}`);

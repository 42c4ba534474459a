/**
 * The README's table of fixed workflows on the built-in suites (npm run table).
 *
 * Every workflow runs once per task of each suite's fixed test split on a simulated profile (TABLE_PROFILE, default
 * `default`), seed 1 (TABLE_SEED),
 * exactly as `npm run cli -- run` does. It prints a markdown table of mean scores with 95% intervals and tokens
 * per task, so the claim that structure matters per task type can be checked by anyone with one command.
 */
import { getSuite, SUITE_NAMES } from '../src/core/tasks/suites.ts';
import { createSimulatedRuntime } from '../src/cli/createSimulatedRuntime.ts';
import { evaluateFixedWorkflow } from './evaluateFixedWorkflow.ts';

/** The workflows compared: baselines of SPEC §6, SPEC's example workflows, and the best we found per type. */
export const TABLE_WORKFLOWS: readonly { name: string; dsl: string }[] = [
  { name: 'Direct answer (one Custom)', dsl: 'Custom' },
  { name: 'Chain of thought (AnswerGenerate)', dsl: 'AnswerGenerate' },
  { name: 'Custom + Format', dsl: 'Custom -> Format' },
  { name: 'Programmer + Format', dsl: 'Programmer -> Format' },
  { name: 'Programmer + checker + Format', dsl: 'Programmer -> Verify ? Revise : done -> Format' },
  { name: 'Programmer + Test + Format', dsl: 'Programmer -> Test -> Format' },
  {
    name: 'SPEC example',
    dsl: 'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  },
  { name: 'SPEC loop example', dsl: 'Plan -> (Programmer -> Test) * 2 -> Format' },
  {
    name: 'Best found for math',
    dsl: 'Plan -> [Programmer, Programmer#programmer-careful, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  },
  {
    name: 'Best found for code',
    dsl: 'Plan -> [Programmer, Programmer#programmer-careful] -> ScEnsemble -> (Test) * 2 -> Format',
  },
  {
    name: 'Best found for QA',
    dsl: 'Decompose -> [AnswerGenerate, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : done -> Format',
  },
];

const seed = Number(process.env['TABLE_SEED'] ?? 1);
const limit = process.env['TABLE_LIMIT'] ? Number(process.env['TABLE_LIMIT']) : undefined;
const profile = process.env['TABLE_PROFILE'] ?? 'default';
const runtime = createSimulatedRuntime({ seed, profile });
const cells = new Map<string, string>();
try {
  for (const suiteName of SUITE_NAMES) {
    const suite = getSuite(suiteName);
    const tasks = suite.test.slice(0, limit ?? suite.test.length);
    for (const wf of TABLE_WORKFLOWS) {
      const { report: r } = await evaluateFixedWorkflow(runtime, wf.dsl, tasks);
      const half = (r.interval.high - r.interval.low) / 2;
      cells.set(
        `${wf.name}|${suiteName}`,
        `${r.score.toFixed(3)} ± ${half.toFixed(3)} (${Math.round(r.tokens.total / r.n)} tok)`,
      );
      process.stderr.write(`${suiteName} ${wf.name}: ${r.score.toFixed(3)}\n`);
    }
  }
} finally {
  await runtime.dispose();
}
const n = SUITE_NAMES.map((s) => getSuite(s).test.slice(0, limit ?? Infinity).length);
console.log(`Scores on the test splits (${SUITE_NAMES.map((s, i) => `${s}: ${n[i]} tasks`).join(', ')}),`);
console.log(`${profile} simulated profile, seed ${seed}; mean ± 95% half-interval (tokens per task).\n`);
console.log(`| workflow | DSL | ${SUITE_NAMES.join(' | ')} |`);
console.log(`|---|---|${SUITE_NAMES.map(() => '---').join('|')}|`);
for (const wf of TABLE_WORKFLOWS) {
  console.log(
    `| ${wf.name} | \`${wf.dsl}\` | ${SUITE_NAMES.map((s) => cells.get(`${wf.name}|${s}`)).join(' | ')} |`,
  );
}

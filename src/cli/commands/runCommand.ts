import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { getSuite, SUITE_NAMES } from '../../core/tasks/suites.ts';
import { evaluateWorkflow } from '../../core/training/evaluateWorkflow.ts';
import type { CliCommand } from '../CliIo.ts';
import { createSimulatedRuntime } from '../createSimulatedRuntime.ts';
import { intFlag, parseCliArgs, UsageError } from '../parseCliArgs.ts';

/** `run --workflow "<DSL>" --suite S`: a fixed workflow over a suite's test split on the simulated backend. */
export const runCommand: CliCommand = {
  name: 'run',
  summary: "Run a workflow over a suite's test split on the simulated backend",
  help: `Usage: npm run cli -- run --workflow "<DSL>" --suite <SUITE> [--limit N] [--seed S] [--profile P] [--json]

Runs the workflow once per task of the suite's fixed test split, scores every answer with the suite's metric,
and prints the mean score with its 95% interval. Same seed, same output.

Options:
  --workflow <DSL>   the workflow, e.g. "Programmer -> Verify ? Revise : done -> Format"
  --suite <SUITE>    ${SUITE_NAMES.join(' | ')}
  --limit <N>        only the first N tasks of the test split
  --seed <S>         seed of the simulated backend (default 1)
  --profile <NAME>   simulated-backend profile (default: default; see the profile command)
  --json             print one JSON object: score, n, interval, perTask (id, score, answer), tokens
  --help             show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, {
      workflow: { type: 'string' },
      suite: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    if (flags.workflow === undefined) throw new UsageError('--workflow is required');
    if (flags.suite === undefined) throw new UsageError(`--suite is required (${SUITE_NAMES.join(', ')})`);
    if (!SUITE_NAMES.includes(flags.suite)) {
      throw new UsageError(`Unknown suite "${flags.suite}". Known: ${SUITE_NAMES.join(', ')}`);
    }
    const seed = intFlag(flags.seed, 'seed', 1);
    const runtime = createSimulatedRuntime({ seed, ...(flags.profile ? { profile: flags.profile } : {}) });
    try {
      const parsed = parseWorkflow(flags.workflow, runtime.registry);
      if (!parsed.ok) {
        io.err(`${parsed.error.code}: ${parsed.error.message}`);
        return 1;
      }
      const suite = getSuite(flags.suite);
      const limit = intFlag(flags.limit, 'limit', suite.test.length);
      const tasks = suite.test.slice(0, limit);
      const report = await evaluateWorkflow({
        workflow: parsed.workflow,
        tasks,
        registry: runtime.registry,
        llm: runtime.llm,
        sandbox: runtime.sandbox,
        clock: runtime.clock,
        cache: runtime.cache,
        score: (task, answer) => runtime.score(task, answer),
      });
      const dsl = printWorkflow(parsed.workflow, runtime.registry);
      if (flags.json) {
        io.out(
          JSON.stringify({
            workflow: dsl,
            suite: suite.name,
            seed,
            score: report.score,
            n: report.n,
            interval: [report.interval.low, report.interval.high],
            tokens: report.tokens.total,
            tokenDetail: report.tokens,
            perTask: report.perTask.map((t) => ({ id: t.id, score: t.score, answer: t.answer })),
          }),
        );
      } else {
        io.out(`workflow  ${dsl}`);
        io.out(`suite     ${suite.name} (test split, ${report.n} tasks, seed ${seed})`);
        io.out(
          `score     ${report.score.toFixed(3)}  (95% interval ${report.interval.low.toFixed(3)}–${report.interval.high.toFixed(3)})`,
        );
        io.out(
          `tokens    ${report.tokens.total} (${(report.tokens.total / Math.max(1, report.n)).toFixed(0)} per task)`,
        );
      }
      return 0;
    } finally {
      await runtime.dispose();
    }
  },
};

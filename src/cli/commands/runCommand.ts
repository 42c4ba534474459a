import { FlowSteerError } from '../../core/errors.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { createRedactor } from '../../core/llm/openai/redactSecrets.ts';
import { DATASET_NAMES } from '../../core/tasks/importers/importDataset.ts';
import { getSuite, SUITE_NAMES } from '../../core/tasks/suites.ts';
import type { Task } from '../../core/tasks/types.ts';
import { evaluateWorkflow } from '../../core/training/evaluateWorkflow.ts';
import type { CliCommand, CliIo } from '../CliIo.ts';
import { BACKEND_NAMES, createLlmBackend, type LlmBackend } from '../createLlmBackend.ts';
import { createRuntime } from '../createRuntime.ts';
import { formatProblem, loadTasks } from '../loadTasks.ts';
import { intFlag, parseCliArgs, UsageError } from '../parseCliArgs.ts';
import { printRunReport } from '../printRunReport.ts';

const FLAGS = {
  workflow: { type: 'string' },
  suite: { type: 'string' },
  dataset: { type: 'string' },
  file: { type: 'string' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  profile: { type: 'string' },
  backend: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'api-key-env': { type: 'string' },
  cache: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** Where the tasks come from: a built-in suite's test split, or an imported dataset file. */
type TaskSource = { suite: string } | { dataset: string; file: string };

function taskSource(flags: { suite?: string; dataset?: string; file?: string }): TaskSource {
  if (flags.suite !== undefined && (flags.dataset !== undefined || flags.file !== undefined)) {
    throw new UsageError('Give either --suite or --dataset with --file, not both');
  }
  if (flags.suite !== undefined) {
    if (!SUITE_NAMES.includes(flags.suite)) {
      throw new UsageError(`Unknown suite "${flags.suite}". Known: ${SUITE_NAMES.join(', ')}`);
    }
    return { suite: flags.suite };
  }
  if (flags.dataset === undefined && flags.file === undefined) {
    throw new UsageError(`--suite is required (${SUITE_NAMES.join(', ')}), or --dataset with --file`);
  }
  if (flags.dataset === undefined)
    throw new UsageError(`--file needs --dataset (${DATASET_NAMES.join(', ')})`);
  if (flags.file === undefined) throw new UsageError('--dataset needs --file <PATH>');
  return { dataset: flags.dataset, file: flags.file };
}

/** `run --workflow "<DSL>" (--suite S | --dataset D --file F)`: a fixed workflow over tasks on a backend. */
export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Run a workflow over a suite or a dataset file on the simulated backend or an endpoint',
  help: `Usage: npm run cli -- run --workflow "<DSL>" (--suite <SUITE> | --dataset <NAME> --file <PATH>)
                        [--limit N] [--seed S] [--json]
                        [--backend simulated] [--profile P]
                        [--backend openai --base-url URL --model M [--api-key-env VAR] [--cache FILE]]

Runs the workflow once per task (a suite's fixed test split, or the tasks of an imported dataset file), scores
every answer with the task's metric, and prints the mean score with its 95% interval. On the simulated backend
the same seed gives the same output.

Options:
  --workflow <DSL>     the workflow, e.g. "Programmer -> Verify ? Revise : done -> Format"
  --suite <SUITE>      ${SUITE_NAMES.join(' | ')}
  --dataset <NAME>     ${DATASET_NAMES.join(' | ')} (with --file)
  --file <PATH>        the dataset file (a folder for APPS train and AIME 2025)
  --limit <N>          only the first N tasks
  --seed <S>           seed of the simulated backend and of retry jitter (default 1)
  --backend <B>        ${BACKEND_NAMES.join(' | ')} (default simulated)
  --profile <NAME>     simulated-backend profile (default: default; see the profile command)
  --base-url <URL>     OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (openai only)
  --model <M>          model name at the endpoint (openai only)
  --api-key-env <VAR>  NAME of the environment variable that holds the API key; the key is read from there only
                       and never printed (openai only; leave it out for endpoints without a key)
  --cache <FILE>       record/replay file: recorded answers are replayed with no request, new ones are asked
                       for and saved after the run (openai only)
  --json               print one JSON object: score, n, interval, perTask (id, score, answer), tokens
  --help               show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, FLAGS);
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    if (flags.workflow === undefined) throw new UsageError('--workflow is required');
    const source = taskSource(flags);
    const seed = intFlag(flags.seed, 'seed', 1);
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 0);
    let backend: LlmBackend;
    try {
      backend = await createLlmBackend(
        {
          seed,
          ...(flags.backend !== undefined ? { backend: flags.backend } : {}),
          ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
          ...(flags['base-url'] !== undefined ? { baseUrl: flags['base-url'] } : {}),
          ...(flags.model !== undefined ? { model: flags.model } : {}),
          ...(flags['api-key-env'] !== undefined ? { apiKeyEnv: flags['api-key-env'] } : {}),
          ...(flags.cache !== undefined ? { cache: flags.cache } : {}),
        },
        io.env,
      );
    } catch (error) {
      // A cache file that is not a replay file (E_SCHEMA, E_UNSUPPORTED_VERSION) fails the run; it is not overwritten.
      if (!(error instanceof FlowSteerError)) throw error;
      io.err(`${error.code}: ${error.message}`);
      return 1;
    }
    // A last guard: whatever a server or a model echoes, the key never reaches the terminal.
    const redact = createRedactor(backend.secrets);
    const safe: CliIo = { ...io, out: (t) => io.out(redact(t)), err: (t) => io.err(redact(t)) };

    let tasks: Task[];
    let label: { suite: string } | { dataset: string; file: string; imported: number };
    if ('suite' in source) {
      const suite = getSuite(source.suite);
      tasks = suite.test.slice(0, limit ?? suite.test.length);
      label = { suite: suite.name };
    } else {
      const loaded = await loadTasks(safe, source.dataset, source.file, limit);
      if (!loaded.ok) return 1;
      if (!flags.json) for (const p of loaded.problems) safe.err(`warning: ${formatProblem(p)}`);
      tasks = loaded.tasks;
      label = { dataset: loaded.dataset, file: source.file, imported: loaded.imported };
    }

    const runtime = createRuntime(backend.llm);
    try {
      const parsed = parseWorkflow(flags.workflow, runtime.registry);
      if (!parsed.ok) {
        safe.err(`${parsed.error.code}: ${parsed.error.message}`);
        return 1;
      }
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
      await backend.save();
      const failures = backend.failures();
      printRunReport(safe, {
        json: flags.json === true,
        workflow: printWorkflow(parsed.workflow, runtime.registry),
        source: label,
        backend: {
          name: backend.name,
          id: runtime.llm.id,
          seed,
          endpointCalls: backend.endpointCalls(),
          cacheFile: backend.cacheFile,
        },
        failures,
        report,
      });
      return failures.count === 0 ? 0 : 1;
    } catch (error) {
      safe.err(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      return 1;
    } finally {
      await runtime.dispose();
    }
  },
};

import { createNodePyodideSandbox } from '../../adapters/node/createNodePyodideSandbox.ts';
import { DATASET_NAMES, describeDataset } from '../../core/tasks/importers/importDataset.ts';
import type { CliCommand, CliIo } from '../CliIo.ts';
import { checkDataset, type DatasetCheckReport } from '../checkDataset.ts';
import { formatProblem, loadTasks } from '../loadTasks.ts';
import { intFlag, parseCliArgs, UsageError } from '../parseCliArgs.ts';

/** Failures and import warnings listed in the text output before "… and N more". */
const SHOWN = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
const LINE_WIDTH = 160;

/** The first line of a message, cut to the terminal-friendly width (assert messages can span many lines). */
const oneLine = (text: string): string => {
  const first = text.split('\n')[0] ?? '';
  const cut = first.length > LINE_WIDTH || first !== text;
  return cut ? `${first.slice(0, LINE_WIDTH - 1)}…` : first;
};

function printText(
  io: CliIo,
  head: {
    dataset: string;
    title: string;
    file: string;
    imported: number;
    skipped: number;
    timeoutMs: number;
  },
  report: DatasetCheckReport,
): void {
  io.out(`dataset   ${head.dataset} (${head.title}) from ${head.file}`);
  io.out(
    `records   ${head.imported} tasks imported, ${head.skipped} malformed records skipped; ${report.checked} checked`,
  );
  io.out(
    report.kind === 'reference'
      ? `check     reference solutions against their hidden tests (limit ${head.timeoutMs} ms per task)`
      : 'check     each gold answer scored against itself by the dataset metric (must score 1)',
  );
  io.out(`passed    ${report.passed}`);
  io.out(`failed    ${report.failed}`);
  io.out(`errors    ${report.errors}`);
  if (report.skipped > 0) io.out(`skipped   ${report.skipped}`);
  if (report.kind === 'metric') {
    io.out(`distractors scoring 1: ${report.distractorsScoringOne.length}`);
  }
  io.out(`time      ${(report.durationMs / 1000).toFixed(1)} s`);
  const shown = report.failures.filter((f) => f.outcome !== 'skipped').slice(0, SHOWN);
  for (const f of shown) io.out(oneLine(`  ${f.outcome.padEnd(7)} ${f.id}: ${f.message}`));
  const notShown = report.failed + report.errors - shown.length;
  if (notShown > 0) io.out(`  … and ${notShown} more (--json lists them all)`);
}

/** `check-dataset --dataset NAME --file PATH`: imports a benchmark file and checks its references or metric. */
export const checkDatasetCommand: CliCommand = {
  name: 'check-dataset',
  summary: 'Import a benchmark file and check it: reference solutions pass, gold scores 1',
  help: `Usage: npm run cli -- check-dataset --dataset <NAME> --file <PATH> [--limit N] [--timeout-ms MS] [--json]

Imports the file with the dataset's importer (malformed records are skipped and shown as warnings with their
line or index). For code sets (mbpp, humaneval, apps, ds1000) runs every reference solution against its hidden
tests in the Python sandbox and counts passed / failed / errors. For the others scores each gold answer against
itself with the dataset's metric, which must give 1. Exit 0 when nothing failed, 1 otherwise.

Options:
  --dataset <NAME>   ${DATASET_NAMES.join(' | ')} (aliases such as HumanEval, mbpp_full, aime25 work)
  --file <PATH>      the dataset file; a folder for APPS (train layout) and AIME 2025
  --limit <N>        only the first N tasks
  --timeout-ms <MS>  limit on one task's hidden-test run (default ${DEFAULT_TIMEOUT_MS})
  --json             print one JSON object
  --help             show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, {
      dataset: { type: 'string' },
      file: { type: 'string' },
      limit: { type: 'string' },
      'timeout-ms': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    if (flags.dataset === undefined)
      throw new UsageError(`--dataset is required (${DATASET_NAMES.join(', ')})`);
    if (flags.file === undefined) throw new UsageError('--file is required');
    const timeoutMs = intFlag(flags['timeout-ms'], 'timeout-ms', DEFAULT_TIMEOUT_MS);
    if (timeoutMs === 0) throw new UsageError('--timeout-ms must be positive');
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 0);
    const loaded = await loadTasks(io, flags.dataset, flags.file, limit);
    if (!loaded.ok) return 1;
    const { dataset, imported, problems, tasks } = loaded;
    const description = describeDataset(dataset);
    if (!flags.json) {
      for (const p of problems.slice(0, SHOWN)) io.err(`warning: ${formatProblem(p)}`);
      if (problems.length > SHOWN) io.err(`warning: … and ${problems.length - SHOWN} more malformed records`);
    }
    const needsSandbox = tasks.some((t) => t.metric === 'code');
    const sandbox = needsSandbox ? createNodePyodideSandbox() : undefined;
    let report: DatasetCheckReport;
    try {
      report = await checkDataset(tasks, { timeoutMs, ...(sandbox ? { sandbox } : {}) });
    } finally {
      await sandbox?.dispose();
    }
    if (flags.json) {
      io.out(
        JSON.stringify({
          dataset,
          title: description.title,
          file: flags.file,
          type: description.type,
          metric: description.metric,
          imported,
          problems,
          timeoutMs,
          ...report,
        }),
      );
    } else {
      const head = { dataset, title: description.title, file: flags.file, imported, timeoutMs };
      printText(io, { ...head, skipped: problems.length }, report);
    }
    return report.failed + report.errors === 0 ? 0 : 1;
  },
};

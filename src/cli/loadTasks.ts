import { loadDatasetInput } from '../adapters/node/loadDatasetInput.ts';
import { FlowSteerError } from '../core/errors.ts';
import {
  DATASET_NAMES,
  importDataset,
  resolveDatasetName,
  type DatasetName,
} from '../core/tasks/importers/importDataset.ts';
import type { ImportProblem } from '../core/tasks/importers/importResult.ts';
import type { Task } from '../core/tasks/types.ts';
import type { CliIo } from './CliIo.ts';
import { UsageError } from './parseCliArgs.ts';

/** Tasks imported from a dataset file, or `ok: false` once the reason was printed to stderr. */
export type LoadedTasks =
  | { ok: true; dataset: DatasetName; imported: number; problems: ImportProblem[]; tasks: Task[] }
  | { ok: false };

/** `line 3: not valid JSON …` or `record 7: …`: where a skipped record was and why. */
export function formatProblem(problem: ImportProblem): string {
  const where =
    problem.line !== undefined
      ? `line ${problem.line}`
      : problem.index !== undefined
        ? `record ${problem.index}`
        : 'a record';
  return `${where}: ${problem.message}`;
}

/**
 * Reads and imports a dataset file for a command: an unknown name is a usage error; an unreadable or
 * unrecognisable file is printed as E_DATASET (ok: false). `limit` keeps the first N tasks.
 */
export async function loadTasks(
  io: CliIo,
  name: string,
  file: string,
  limit: number | undefined,
): Promise<LoadedTasks> {
  const dataset = resolveDatasetName(name);
  if (dataset === null) {
    throw new UsageError(`Unknown dataset "${name}". Known: ${DATASET_NAMES.join(', ')}`);
  }
  try {
    const { tasks, problems } = importDataset(dataset, await loadDatasetInput(dataset, file));
    if (tasks.length === 0) {
      const first = problems[0];
      io.err(
        `E_DATASET: ${dataset}: no record of "${file}" could be imported` +
          (first === undefined ? '' : ` (${problems.length} malformed; first: ${formatProblem(first)})`),
      );
      return { ok: false };
    }
    return {
      ok: true,
      dataset,
      imported: tasks.length,
      problems,
      tasks: tasks.slice(0, limit ?? tasks.length),
    };
  } catch (error) {
    if (error instanceof FlowSteerError) {
      io.err(`${error.code}: ${error.message}`);
      return { ok: false };
    }
    throw error;
  }
}

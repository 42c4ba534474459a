import { FlowSteerError } from '../../errors.ts';
import type { Task } from '../types.ts';

/** A record that was skipped: `line` (1-based) for JSON Lines, `index` (0-based) for arrays and folders. */
export interface ImportProblem {
  line?: number;
  index?: number;
  message: string;
}

/** What an importer returns: the tasks it could build and the records it had to skip. */
export interface ImportResult {
  tasks: Task[];
  problems: ImportProblem[];
}

/** A whole file as text, or a folder layout as a map from relative path (with `/`) to file text. */
export type DatasetInput = string | Readonly<Record<string, string>>;

/** The error for a file that cannot be read at all as the named dataset (wrong format or top-level shape). */
export function datasetError(dataset: string, message: string): FlowSteerError {
  return new FlowSteerError('E_DATASET', `${dataset}: ${message}`);
}

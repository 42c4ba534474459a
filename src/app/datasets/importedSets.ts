import type { Task } from '../../core/tasks/types.ts';

/** The prefix of an imported set's id, which the task picker uses as its suite value. */
export const IMPORTED_PREFIX = 'dataset:';

/** A benchmark file the user imported in the IDE: its tasks, ready to run, watch and replay. */
export interface ImportedSet {
  /** `dataset:<name>:<n>`, unique among the imported sets. */
  id: string;
  dataset: string;
  /** The file (or folder) it came from, as the picker shows it. */
  source: string;
  tasks: Task[];
  /** Records the importer had to skip. */
  skipped: number;
}

/** Whether a suite value names an imported set rather than a built-in suite. */
export const isImportedSuite = (suite: string): boolean => suite.startsWith(IMPORTED_PREFIX);

/** What the task picker shows for a set. */
export const importedSetLabel = (set: ImportedSet): string =>
  `${set.dataset} · ${set.source} (${set.tasks.length})`;

/** The imported set a suite value names, or undefined (a built-in suite, or a set removed since). */
export const findImportedSet = (sets: readonly ImportedSet[], suite: string): ImportedSet | undefined =>
  isImportedSuite(suite) ? sets.find((s) => s.id === suite) : undefined;

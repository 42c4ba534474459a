import { describeDataset, requireDatasetName } from '../../core/tasks/importers/describeDataset.ts';
import { importDataset } from '../../core/tasks/importers/importDataset.ts';
import type { DatasetInput } from '../../core/tasks/importers/importResult.ts';
import { IMPORTED_PREFIX } from './importedSets.ts';
import type { ImportedSet } from './importedSets.ts';

/** A picked file, as the browser gives it: its name, its path inside a picked folder, and its text. */
export interface PickedFile {
  name: string;
  /** `webkitRelativePath` for a folder pick, else empty. */
  relativePath: string;
  text: string;
}

/** The outcome of an import: the new set and what to tell the user, or why nothing was imported. */
export type DatasetImport = { ok: true; set: ImportedSet; message: string } | { ok: false; message: string };

/** One file's text, or a folder's files by path inside the folder (the picked folder's own name dropped). */
function toInput(files: readonly PickedFile[]): DatasetInput {
  const only = files[0];
  if (files.length === 1 && only && only.relativePath === '') return only.text;
  return Object.fromEntries(
    files.map((f) => [f.relativePath.split('/').slice(1).join('/') || f.name, f.text] as const),
  );
}

/**
 * Reads picked files as the named dataset with the same importers as the CLI: malformed records are skipped and
 * counted (the first one named), a file of the wrong shape is refused with the importer's message.
 */
export function importDatasetFiles(
  dataset: string,
  files: readonly PickedFile[],
  takenIds: readonly string[],
): DatasetImport {
  const first = files[0];
  if (!first) return { ok: false, message: 'No file was picked.' };
  const source =
    files.length === 1 && first.relativePath === ''
      ? first.name
      : `${first.relativePath.split('/')[0] || first.name}/ (${files.length} files)`;
  try {
    const name = requireDatasetName(dataset);
    const result = importDataset(name, toInput(files));
    if (result.tasks.length === 0) {
      const why = result.problems[0]?.message ?? 'it holds no records';
      return { ok: false, message: `“${source}” gave no ${name} tasks: ${why}` };
    }
    let n = 1;
    while (takenIds.includes(`${IMPORTED_PREFIX}${name}:${n}`)) n += 1;
    const set: ImportedSet = {
      id: `${IMPORTED_PREFIX}${name}:${n}`,
      dataset: name,
      source,
      tasks: result.tasks,
      skipped: result.problems.length,
    };
    const problem = result.problems[0];
    const where = problem?.line !== undefined ? `line ${problem.line}` : `record ${problem?.index ?? '?'}`;
    const skipped =
      result.problems.length > 0
        ? ` ${result.problems.length} malformed record${result.problems.length === 1 ? '' : 's'} skipped (${where}: ${problem?.message ?? ''}).`
        : '';
    const title = describeDataset(name).title;
    return {
      ok: true,
      set,
      message: `Imported ${result.tasks.length} ${title} tasks from “${source}”.${skipped}`,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `“${source}” was not imported: ${reason}` };
  }
}

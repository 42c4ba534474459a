import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FlowSteerError } from '../../core/errors.ts';
import { describeDataset, FOLDER_DATASETS } from '../../core/tasks/importers/describeDataset.ts';
import type { DatasetInput } from '../../core/tasks/importers/importResult.ts';

/** Refuses folders past this many files, so a mistyped path (a home folder) fails fast instead of filling memory. */
const MAX_FOLDER_FILES = 200_000;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
};

function unreadable(dataset: string, path: string, error: unknown): FlowSteerError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    (code !== undefined ? REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return new FlowSteerError('E_DATASET', `${dataset}: cannot read "${path}": ${reason}`);
}

function decode(dataset: string, path: string, bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new FlowSteerError('E_DATASET', `${dataset}: "${path}" is gzip-compressed: gunzip it first`);
  }
  return bytes.toString('utf8');
}

/** Every regular file under `root` as relative path (with `/`) → text; hidden entries (`.git`, `.DS_Store`) skipped. */
async function readFolder(dataset: string, root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let count = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        await walk(full, rel);
      } else if (entry.isFile()) {
        if (++count > MAX_FOLDER_FILES) {
          throw new FlowSteerError(
            'E_DATASET',
            `${dataset}: "${root}" holds more than ${MAX_FOLDER_FILES} files: point --file at the dataset folder itself`,
          );
        }
        out[rel] = decode(dataset, full, await readFile(full));
      }
    }
  };
  await walk(root, '');
  if (count === 0) throw new FlowSteerError('E_DATASET', `${dataset}: the folder "${root}" holds no files`);
  return out;
}

/**
 * Reads a dataset from disk into the importers' input: a file's text, or for APPS (train layout) and AIME 2025 a
 * folder as relative path → text. A missing or unreadable path, a folder for a one-file dataset, or a gzip file
 * throws E_DATASET with a message naming the path; an unknown dataset name throws E_DATASET listing the known ones.
 */
export async function loadDatasetInput(name: string, path: string): Promise<DatasetInput> {
  const description = describeDataset(name);
  const dataset = description.name;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      if (!FOLDER_DATASETS.has(dataset)) {
        throw new FlowSteerError(
          'E_DATASET',
          `${dataset}: "${path}" is a folder, but ${description.title} is read from one file (${description.input})`,
        );
      }
      return await readFolder(dataset, path);
    }
    return decode(dataset, path, await readFile(path));
  } catch (error) {
    if (error instanceof FlowSteerError) throw error;
    throw unreadable(dataset, path, error);
  }
}

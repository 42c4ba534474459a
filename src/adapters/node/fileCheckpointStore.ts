import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FlowSteerError } from '../../core/errors.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import { WEIGHTS_FILE } from '../../core/policy/policyArtifacts.ts';
import type { PolicyArtifacts } from '../../core/policy/types.ts';

/** The manifest file of a checkpoint folder (tfjs's name). */
export const MODEL_JSON = 'model.json';

let tmpCounter = 0;

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Writes a checkpoint folder in tfjs's file layout: `weights.bin` first, then `model.json` (whose manifest names
 * it), each atomically, so a reader never sees a manifest without its weights.
 */
export async function saveCheckpointFolder(dir: string, artifacts: PolicyArtifacts): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomically(join(dir, WEIGHTS_FILE), new Uint8Array(artifacts.weights));
  await writeAtomically(join(dir, MODEL_JSON), `${JSON.stringify(artifacts.modelJson, null, 2)}\n`);
}

/** Reads a checkpoint folder; a missing or unreadable one is a coded E_CHECKPOINT error. */
export async function loadCheckpointFolder(dir: string): Promise<PolicyArtifacts> {
  let json: string;
  let bytes: Buffer;
  try {
    json = await readFile(join(dir, MODEL_JSON), 'utf8');
    bytes = await readFile(join(dir, WEIGHTS_FILE));
  } catch (error) {
    throw new FlowSteerError('E_CHECKPOINT', `No policy checkpoint in ${dir} (model.json and weights.bin).`, {
      cause: error,
    });
  }
  let modelJson: unknown;
  try {
    modelJson = JSON.parse(json);
  } catch (error) {
    throw new FlowSteerError('E_CHECKPOINT', `${join(dir, MODEL_JSON)} is not valid JSON.`, { cause: error });
  }
  if (typeof modelJson !== 'object' || modelJson === null || Array.isArray(modelJson)) {
    throw new FlowSteerError('E_CHECKPOINT', `${join(dir, MODEL_JSON)} is not a model.json object.`);
  }
  const weights = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { modelJson: modelJson as Record<string, unknown>, weights };
}

/** Checkpoints as sub-folders of `root` (`root/<name>/model.json` + `weights.bin`). */
export function createFileCheckpointStore(root: string): CheckpointStore {
  const folder = (name: string): string => {
    if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..') {
      throw new FlowSteerError(
        'E_CHECKPOINT',
        `"${name}" is not a checkpoint name (letters, digits, . _ -).`,
      );
    }
    return join(root, name);
  };
  return {
    save: (name, artifacts) => saveCheckpointFolder(folder(name), artifacts),
    load: (name) => loadCheckpointFolder(folder(name)),
    async list() {
      const names = await readdir(root).catch(() => [] as string[]);
      const found: string[] = [];
      for (const name of names) {
        const ok = await stat(join(root, name, MODEL_JSON)).then(
          (s) => s.isFile(),
          () => false,
        );
        if (ok) found.push(name);
      }
      return found.sort();
    },
  };
}

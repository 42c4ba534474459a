import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** /work/shared/datasets, found from this file so the tests do not depend on the working directory. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../../../shared/datasets/', import.meta.url));

/** The text of one shared sample file, e.g. `gsm8k/test.jsonl`. */
export function sampleText(path: string): string {
  return readFileSync(join(SAMPLES_DIR, path), 'utf8');
}

/** Every file under a shared sample folder as relative path → text (the importers' folder input). */
export function sampleFolder(path: string): Record<string, string> {
  const root = join(SAMPLES_DIR, path);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

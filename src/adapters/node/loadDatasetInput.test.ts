import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FlowSteerError } from '../../core/errors.ts';
import { importDataset } from '../../core/tasks/importers/importDataset.ts';
import { sampleText, SAMPLES_DIR } from '../../core/tasks/importers/readSample.testutil.ts';
import { loadDatasetInput } from './loadDatasetInput.ts';

const tmp = mkdtempSync(join(tmpdir(), 'flowsteer-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function datasetError(name: string, path: string): Promise<string> {
  try {
    await loadDatasetInput(name, path);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowSteerError);
    expect((error as FlowSteerError).code).toBe('E_DATASET');
    return (error as Error).message;
  }
  throw new Error('expected E_DATASET');
}

describe('loadDatasetInput', () => {
  it('reads a one-file dataset as its text', async () => {
    const path = join(SAMPLES_DIR, 'gsm8k/test.jsonl');
    expect(await loadDatasetInput('GSM8K', path)).toBe(sampleText('gsm8k/test.jsonl'));
  });

  it.each([
    ['aime2025', 'aime2025', 'aime_2025_I/problems/10.tex', 30],
    ['apps', 'apps/train', '0001/question.txt', 5],
  ])('reads the %s folder as relative path → text that the importer takes', async (name, dir, key, tasks) => {
    const input = await loadDatasetInput(name, join(SAMPLES_DIR, dir));
    expect(typeof input).toBe('object');
    expect(Object.keys(input)).toContain(key);
    expect(importDataset(name, input).tasks).toHaveLength(tasks);
  });

  it('skips hidden entries and keeps nested paths with forward slashes', async () => {
    const root = join(tmp, 'aime');
    mkdirSync(join(root, 'paper', 'problems'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'HEAD'), 'ref');
    writeFileSync(join(root, '.DS_Store'), 'x');
    writeFileSync(join(root, 'paper', 'answers.csv'), 'id,answer\n1,70\n');
    writeFileSync(join(root, 'paper', 'problems', '1.tex'), 'Find $x$.');
    expect(await loadDatasetInput('aime', root)).toEqual({
      'paper/answers.csv': 'id,answer\n1,70\n',
      'paper/problems/1.tex': 'Find $x$.',
    });
  });

  it('names the path and the reason when the file is missing', async () => {
    const path = join(tmp, 'missing.jsonl');
    const message = await datasetError('gsm8k', path);
    expect(message).toContain(path);
    expect(message).toContain('no such file');
  });

  it('refuses a folder for a one-file dataset and an empty folder', async () => {
    expect(await datasetError('humaneval', SAMPLES_DIR)).toMatch(
      /is a folder, but HumanEval is read from one file/,
    );
    mkdirSync(join(tmp, 'empty'));
    expect(await datasetError('apps', join(tmp, 'empty'))).toMatch(/holds no files/);
  });

  it('says to gunzip a gzip file instead of returning binary text', async () => {
    const path = join(tmp, 'HumanEval.jsonl.gz');
    writeFileSync(path, gzipSync('{"task_id": "HumanEval/0"}\n'));
    expect(await datasetError('humaneval', path)).toMatch(/gzip-compressed: gunzip it first/);
  });

  it('refuses an unknown dataset name, listing the known ones', async () => {
    expect(await datasetError('imagenet', SAMPLES_DIR)).toMatch(/unknown dataset; known: gsm8k/);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleFolder, sampleText } from '../../core/tasks/importers/readSample.testutil.ts';
import { importDatasetFiles, type PickedFile } from './importDatasetFiles.ts';
import { importedSetLabel, isImportedSuite } from './importedSets.ts';

const file = (name: string, text: string): PickedFile => ({ name, relativePath: '', text });

describe('importDatasetFiles', () => {
  it('imports a real GSM8K sample as a set the task picker can offer, with a free id', () => {
    const text = sampleText('gsm8k/test.jsonl');
    const first = importDatasetFiles('gsm8k', [file('test.jsonl', text)], []);
    if (!first.ok) throw new Error(first.message);
    expect(first.set.id).toBe('dataset:gsm8k:1');
    expect(isImportedSuite(first.set.id)).toBe(true);
    expect(first.set.tasks.length).toBeGreaterThan(5);
    expect(first.set.tasks.every((t) => t.type === 'math')).toBe(true);
    expect(first.message).toMatch(/^Imported \d+ GSM8K tasks from “test\.jsonl”\.$/);
    expect(importedSetLabel(first.set)).toBe(`gsm8k · test.jsonl (${first.set.tasks.length})`);
    const again = importDatasetFiles('gsm8k', [file('test.jsonl', text)], [first.set.id]);
    expect(again.ok && again.set.id).toBe('dataset:gsm8k:2');
  });

  it('skips malformed records and says which, keeping the good ones', () => {
    const lines = sampleText('gsm8k/test.jsonl').split('\n').filter(Boolean).slice(0, 3);
    const result = importDatasetFiles(
      'gsm8k',
      [file('mixed.jsonl', [lines[0], '{not json', lines[1]].join('\n'))],
      [],
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.set.tasks).toHaveLength(2);
    expect(result.set.skipped).toBe(1);
    expect(result.message).toMatch(/1 malformed record skipped \(line 2: /);
  });

  it('refuses a file of the wrong shape or with no records, naming the file', () => {
    const wrong = importDatasetFiles('squad_v2', [file('notes.txt', 'hello')], []);
    expect(wrong).toMatchObject({ ok: false });
    expect(wrong.ok ? '' : wrong.message).toMatch(/^“notes\.txt”/);
    const empty = importDatasetFiles('gsm8k', [file('empty.jsonl', '')], []);
    expect(empty.ok).toBe(false);
    expect(importDatasetFiles('nosuch', [file('a.jsonl', '{}')], [])).toMatchObject({ ok: false });
    expect(importDatasetFiles('gsm8k', [], [])).toMatchObject({ ok: false, message: 'No file was picked.' });
  });

  it('reads a picked folder (AIME 2025) by the paths inside it', () => {
    const files = Object.entries(sampleFolder('aime2025')).map(([path, text]) => ({
      name: path.split('/').at(-1) ?? path,
      relativePath: `aime2025/${path}`,
      text,
    }));
    const result = importDatasetFiles('aime2025', files, []);
    if (!result.ok) throw new Error(result.message);
    expect(result.set.source).toBe(`aime2025/ (${files.length} files)`);
    expect(result.set.tasks.length).toBeGreaterThan(0);
  });
});

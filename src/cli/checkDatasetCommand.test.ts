import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleText, SAMPLES_DIR } from '../core/tasks/importers/readSample.testutil.ts';
import { runCliWith } from './runCli.testutil.ts';

const sample = (path: string): string => join(SAMPLES_DIR, path);
const cli = (...argv: string[]) => runCliWith({}, 'check-dataset', ...argv);
const tmp = mkdtempSync(join(tmpdir(), 'flowsteer-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface CheckJson {
  dataset: string;
  kind: string;
  imported: number;
  checked: number;
  passed: number;
  failed: number;
  errors: number;
  failures: { id: string; outcome: string; message: string }[];
  problems: { line?: number; message: string }[];
}

describe('check-dataset', () => {
  it('passes every one of the 164 HumanEval canonical solutions on their hidden tests', async () => {
    const r = await cli('--dataset', 'HumanEval', '--file', sample('humaneval/HumanEval.jsonl'), '--json');
    const report = JSON.parse(r.out) as CheckJson;
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ dataset: 'humaneval', kind: 'reference', checked: 164, passed: 164 });
    expect(r.code).toBe(0);
  }, 180_000);

  it('passes the MBPP sanitized references, first --limit tasks only', async () => {
    const r = await cli('--dataset', 'mbpp', '--file', sample('mbpp/sanitized-mbpp.json'), '--limit', '12');
    expect(r.code).toBe(0);
    expect(r.out).toContain('200 tasks imported');
    expect(r.out).toMatch(/12 checked/);
    expect(r.out).toMatch(/^passed {4}12$/m);
    expect(r.out).toMatch(/^failed {4}0$/m);
  }, 60_000);

  it('names a broken solution as failed and a malformed line as a warning, and exits 1', async () => {
    const [good, other] = sampleText('humaneval/HumanEval.jsonl').split('\n');
    const broken = JSON.parse(other ?? '') as { task_id: string; canonical_solution: string };
    broken.canonical_solution = '    return []\n';
    const file = join(tmp, 'broken.jsonl');
    writeFileSync(file, [good, '{"task_id": "HumanEval/x", oops', JSON.stringify(broken)].join('\n'));
    const r = await cli('--dataset', 'humaneval', '--file', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/warning: line 2: not valid JSON/);
    expect(r.out).toMatch(/^passed {4}1$/m);
    expect(r.out).toMatch(/^failed {4}1$/m);
    expect(r.out).toMatch(
      new RegExp(`failed +${broken.task_id}: 0/1 hidden tests passed; Test 1: failed`, 'i'),
    );
    expect(r.out.trimEnd().split('\n').at(-1)?.length).toBeLessThanOrEqual(160);
  }, 60_000);

  it('self-checks a non-code set: gold scores 1 against itself', async () => {
    const r = await cli(
      '--dataset',
      'gsm8k',
      '--file',
      sample('gsm8k/test.jsonl'),
      '--limit',
      '50',
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CheckJson & { distractorsScoringOne: unknown[] };
    expect(report).toMatchObject({ kind: 'metric', imported: 300, checked: 50, passed: 50, failed: 0 });
    expect(report.distractorsScoringOne).toEqual([]);
  });

  it.each([
    ['a missing file', ['--dataset', 'gsm8k', '--file', '/nonexistent/flowsteer/test.jsonl'], /no such file/],
    ['a folder for a one-file set', ['--dataset', 'gsm8k', '--file', SAMPLES_DIR], /is a folder/],
    ['a file in another format', ['--dataset', 'squad_v2', '--file', sample('gsm8k/test.jsonl')], /squad_v2/],
  ])('fails clearly on %s with exit 1', async (_label, argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_DATASET: /);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it.each([
    [['--file', 'x.jsonl'], '--dataset is required'],
    [['--dataset', 'gsm8k'], '--file is required'],
    [['--dataset', 'nope', '--file', 'x'], 'Unknown dataset "nope"'],
    [['--dataset', 'gsm8k', '--file', 'x', '--timeout-ms', '0'], '--timeout-ms must be positive'],
  ])('usage error %j exits 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

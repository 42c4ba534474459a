import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../core/tasks/importers/readSample.testutil.ts';
import { runCli } from './main.ts';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli({ argv, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: {} });
  return { code, out, err };
}

describe('CLI', () => {
  it('lists its commands and fails on an unknown one', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/validate[\s\S]*run[\s\S]*check-dataset[\s\S]*profile/);
    const bad = await cli('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown command "frobnicate"');
  });

  it.each(['validate', 'run', 'check-dataset', 'profile'])('%s --help prints its usage', async (name) => {
    const r = await cli(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`npm run cli -- ${name}`);
  });

  it('validate prints the normalised DSL', async () => {
    const r = await cli(
      'validate',
      '--workflow',
      'plan->[programmer ,custom]->scensemble -> verify?revise:done->format',
    );
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(
      'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
    );
  });

  it('validate names the position of an error and exits 1', async () => {
    const r = await cli('validate', '--workflow', 'Plan -> -> Format');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_PARSE: line 1, column \d+/);
  });

  it('validate refuses a structural error', async () => {
    const r = await cli('validate', '--workflow', 'Custom ? Revise : done');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/checker/i);
  });

  it('a usage error exits 2 with the help', async () => {
    const r = await cli('run', '--suite', 'builtin:math');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--workflow is required');
    const unknown = await cli('run', '--workflow', 'Custom', '--suite', 'builtin:nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown suite');
  });

  it('profile prints every parameter of the default profile', async () => {
    const r = await cli('profile');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Custom/);
    expect(r.out).toMatch(/difficulty/i);
    const json = await cli('profile', '--json');
    expect(JSON.parse(json.out)).toHaveProperty('math');
  });

  it('run --json is deterministic for a seed and reports score, n, perTask and tokens', async () => {
    const args = [
      'run',
      '--workflow',
      'Programmer -> Test -> Format',
      '--suite',
      'builtin:code',
      '--limit',
      '4',
      '--json',
    ];
    const a = await cli(...args, '--seed', '3');
    const b = await cli(...args, '--seed', '3');
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.out) as {
      score: number;
      n: number;
      tokens: number;
      perTask: { id: string; score: number }[];
    };
    expect(ja.n).toBe(4);
    expect(ja.perTask).toHaveLength(4);
    expect(ja.score).toBeGreaterThanOrEqual(0);
    expect(ja.score).toBeLessThanOrEqual(1);
    expect(ja.tokens).toBeGreaterThan(0);
    expect(b.out).toBe(a.out);
  }, 60_000);

  it.each([
    [['--suite', 'builtin:math', '--dataset', 'gsm8k', '--file', 'x'], 'not both'],
    [['--dataset', 'gsm8k'], '--dataset needs --file'],
    [['--file', 'x.jsonl'], '--file needs --dataset'],
    [['--dataset', 'imagenet', '--file', 'x'], 'Unknown dataset "imagenet"'],
    [['--suite', 'builtin:math', '--backend', 'claude'], 'Unknown backend "claude"'],
    [
      ['--suite', 'builtin:math', '--base-url', 'http://localhost:1/v1'],
      '--base-url applies to --backend openai only',
    ],
    [['--suite', 'builtin:math', '--cache', 'c.json'], '--cache applies to --backend openai only'],
    [['--suite', 'builtin:math', '--backend', 'openai', '--model', 'm'], '--backend openai needs --base-url'],
    [
      ['--suite', 'builtin:math', '--backend', 'openai', '--base-url', 'http://x/v1'],
      '--backend openai needs --model',
    ],
    [['--suite', 'builtin:math', '--profile', 'nope'], 'Unknown profile "nope"'],
  ])('run %j is a usage error', async (argv, message) => {
    const r = await cli('run', '--workflow', 'Custom', ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('run --dataset --file runs the first --limit tasks of the imported file', async () => {
    const file = join(SAMPLES_DIR, 'gsm8k/test.jsonl');
    const r = await cli(
      'run',
      '--workflow',
      'Custom -> Format',
      '--dataset',
      'gsm8k',
      '--file',
      file,
      '--limit',
      '4',
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      dataset: string;
      imported: number;
      n: number;
      perTask: { id: string }[];
    };
    expect(report).toMatchObject({ dataset: 'gsm8k', imported: 300, n: 4 });
    expect(report.perTask.map((t) => t.id)).toEqual(['gsm8k/0', 'gsm8k/1', 'gsm8k/2', 'gsm8k/3']);
  });

  it('run --dataset with an unreadable file exits 1 naming the file', async () => {
    const r = await cli(
      'run',
      '--workflow',
      'Custom',
      '--dataset',
      'gsm8k',
      '--file',
      '/nonexistent/gsm8k.jsonl',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_DATASET: gsm8k: cannot read "\/nonexistent\/gsm8k.jsonl": no such file/);
  });
});

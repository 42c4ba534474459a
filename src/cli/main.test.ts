import { describe, expect, it } from 'vitest';
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
    expect(help.out).toMatch(/validate[\s\S]*run[\s\S]*profile/);
    const bad = await cli('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown command "frobnicate"');
  });

  it.each(['validate', 'run', 'profile'])('%s --help prints its usage', async (name) => {
    const r = await cli(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`npm run cli -- ${name}`);
  });

  it('validate prints the normalised DSL', async () => {
    const r = await cli('validate', '--workflow', 'plan->[programmer ,custom]->scensemble -> verify?revise:done->format');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format');
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
    const args = ['run', '--workflow', 'Programmer -> Test -> Format', '--suite', 'builtin:code', '--limit', '4', '--json'];
    const a = await cli(...args, '--seed', '3');
    const b = await cli(...args, '--seed', '3');
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.out) as { score: number; n: number; tokens: number; perTask: { id: string; score: number }[] };
    expect(ja.n).toBe(4);
    expect(ja.perTask).toHaveLength(4);
    expect(ja.score).toBeGreaterThanOrEqual(0);
    expect(ja.score).toBeLessThanOrEqual(1);
    expect(ja.tokens).toBeGreaterThan(0);
    expect(b.out).toBe(a.out);
  }, 60_000);
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli({ argv, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: {} });
  return { code, out, err, lines: out.trim().split('\n') };
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('train and eval commands', () => {
  it('train --json prints one JSON line per iteration, then a summary line, and writes checkpoints', async () => {
    const out = await mkdtemp(join(tmpdir(), 'flowsteer-train-'));
    dirs.push(out);
    const tiny = ['--suite', 'builtin:qa', '--group', '2', '--batch', '2', '--max-turns', '3', '--json'];
    const r = await cli('train', '--iterations', '2', ...tiny, '--out', out, '--checkpoint-every', '1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['type'])).toEqual(['iteration', 'iteration', 'summary']);
    expect(lines[0]).toMatchObject({ iteration: 1, episodes: 4, theta: 1 });
    for (const key of [
      'meanReward',
      'meanCorrectness',
      'releaseRate',
      'shortcutRate',
      'meanTurns',
      'entropy',
      'kl',
      'loss',
      'seconds',
    ])
      expect(typeof lines[1]?.[key]).toBe('number');
    expect(lines[2]).toMatchObject({
      type: 'summary',
      reason: 'completed',
      iterations: 2,
      episodes: 8,
      algo: 'cwrpo',
    });
    expect((await readdir(out)).sort()).toEqual(['final', 'iter-0001', 'iter-0002']);

    const resumed = await cli('train', '--resume', join(out, 'iter-0001'), '--iterations', '3', ...tiny);
    expect(resumed.code).toBe(0);
    const its = resumed.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(its.map((l) => l['iteration'] ?? l['iterations'])).toEqual([2, 3, 3]);
    // Iteration 2 replays exactly: same seed stream, same weights, same optimiser state.
    const first = lines[1] as Record<string, unknown>;
    expect(its[0]).toMatchObject({ meanReward: first['meanReward'], loss: first['loss'], kl: first['kl'] });

    const e = await cli(
      'eval',
      '--policy',
      join(out, 'final'),
      '--suite',
      'builtin:qa',
      '--limit',
      '2',
      '--max-turns',
      '3',
      '--json',
    );
    expect(e.code).toBe(0);
    const report = JSON.parse(e.out) as { n: number; policy: string; perSuite: Record<string, unknown> };
    expect(report).toMatchObject({ n: 2, policy: 'cwrpo' });
    expect(Object.keys(report.perSuite)).toEqual(['builtin:qa']);
  });

  it('train --warm-start clones the heuristic first and says so on stderr, keeping stdout JSON', async () => {
    const tiny = ['--suite', 'builtin:math', '--group', '2', '--batch', '2', '--max-turns', '8', '--json'];
    const r = await cli('train', '--iterations', '1', '--warm-start', '2', ...tiny);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^warm start \(heuristic\): 2 iterations, \d+ decisions, log-likelihood -?\d/);
    expect(r.lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['iteration', 'summary']);
    const mixed = await cli('train', '--iterations', '1', '--warm-start', '1', '--teacher', 'mixed', ...tiny);
    expect(mixed.code).toBe(0);
    expect(mixed.err).toMatch(/^warm start \(mixed\): 1 iterations/);
    const bad = await cli('train', '--iterations', '1', '--warm-start', '1', '--teacher', 'oracle', ...tiny);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--teacher must be heuristic or mixed, got "oracle"/);
  });

  it('eval runs the baselines and reports per suite', async () => {
    const r = await cli(
      'eval',
      '--policy',
      'random',
      '--suite',
      'builtin:qa',
      '--limit',
      '3',
      '--max-turns',
      '3',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/builtin:qa\s+\d\.\d{3}\s+\(95% /);
    expect(r.out).toMatch(/shortcuts \d\.\d{3}/);
  });

  it.each([
    [['train', '--suite', 'builtin:qa'], '--iterations is required'],
    [
      ['train', '--suite', 'builtin:qa', '--iterations', '1', '--algo', 'ppo'],
      '--algo must be cwrpo or grpo',
    ],
    [['train', '--suite', 'nope', '--iterations', '1'], 'Unknown suite "nope"'],
    [['eval', '--suite', 'builtin:qa'], '--policy is required'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

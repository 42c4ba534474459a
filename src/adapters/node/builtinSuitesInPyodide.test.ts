import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mathEquivalent } from '../../core/tasks/metrics/mathEquivalent.ts';
import { runCodeTests } from '../../core/tasks/runCodeTests.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import type { Task } from '../../core/tasks/types.ts';
import { createNodePyodideSandbox } from './createNodePyodideSandbox.ts';

const sandbox = createNodePyodideSandbox();

beforeAll(async () => {
  expect((await sandbox.warmUp()).ready).toBe(true);
});
afterAll(() => sandbox.dispose());

/** Runs many `def solve():` programs in one sandbox call; each gets a fresh namespace and prints `str(solve())`. */
async function runSolvePrograms(programs: string[]): Promise<string[]> {
  const harness = [
    'import json',
    `programs = json.loads(${JSON.stringify(JSON.stringify(programs))})`,
    'for source in programs:',
    '    ns = {}',
    '    try:',
    '        exec(source, ns)',
    "        print(json.dumps(str(ns['solve']())))",
    '    except Exception as exc:',
    "        print(json.dumps('ERROR ' + repr(exc)))",
  ].join('\n');
  const result = await sandbox.run({ code: harness, timeoutMs: 60_000 });
  if (!result.ok) throw new Error(result.message);
  return result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string);
}

describe('builtin:math programs in the Python sandbox', () => {
  it('every correct program prints its gold and every wrong program prints its distractor', async () => {
    const suite = getSuite('builtin:math');
    const tasks = [...suite.test, ...suite.train];
    const expected: Array<{ id: string; value: string }> = [];
    const programs: string[] = [];
    for (const t of tasks) {
      programs.push(t.programs?.correct ?? '');
      expected.push({ id: t.id, value: t.gold[0] ?? '' });
      t.programs?.wrong.forEach((p, i) => {
        programs.push(p);
        expected.push({ id: `${t.id} wrong ${i}`, value: t.distractors[i] ?? '' });
      });
    }
    const outputs = await runSolvePrograms(programs);
    const mismatches = expected.filter((e, i) => !mathEquivalent(outputs[i] ?? '', e.value)).map((e) => e.id);
    expect(outputs).toHaveLength(programs.length);
    expect(mismatches).toEqual([]);
  }, 120_000);
});

const run = (task: Task, code: string, which: 'public' | 'hidden') =>
  runCodeTests(sandbox, task, code, which, { timeoutMs: 5_000 });

describe('builtin:code in the Python sandbox', () => {
  it('test split through runCodeTests: solutions pass the hidden tests, every buggy variant fails them', async () => {
    const failures: string[] = [];
    for (const task of getSuite('builtin:code').test) {
      const spec = task.code;
      if (!spec) throw new Error(`${task.id} has no code spec`);
      const report = await run(task, spec.solution, 'hidden');
      if (!report.allPassed)
        failures.push(`${task.id} solution: ${report.failures.join('; ')} ${report.message}`);
      for (const [i, bug] of spec.buggy.entries()) {
        if ((await run(task, bug, 'hidden')).allPassed) failures.push(`${task.id} buggy ${i} passes hidden`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('whole suite (batched): solutions pass every assert, buggy variants fail a hidden one, some pass public', async () => {
    const suite = getSuite('builtin:code');
    const jobs = [...suite.test, ...suite.train].flatMap((task) => {
      const spec = task.code;
      if (!spec) throw new Error(`${task.id} has no code spec`);
      return [
        {
          label: `${task.id} solution`,
          code: spec.solution,
          groups: [[...spec.publicTests, ...spec.hiddenTests]],
          buggy: false,
        },
        ...spec.buggy.map((code, i) => ({
          label: `${task.id} buggy ${i}`,
          code,
          groups: [spec.hiddenTests, spec.publicTests],
          buggy: true,
        })),
      ];
    });
    // One call for everything: each assert runs on a fresh namespace; per group, whether all asserts passed.
    const harness = [
      'import json',
      `jobs = json.loads(${JSON.stringify(JSON.stringify(jobs.map((j) => [j.code, j.groups])))})`,
      'def passes(code, tests):',
      '    for test in tests:',
      '        ns = {}',
      '        try:',
      '            exec(code, ns)',
      '            exec(test, ns)',
      '        except Exception:',
      '            return False',
      '    return True',
      'for code, groups in jobs:',
      '    print(json.dumps([passes(code, tests) for tests in groups]))',
    ].join('\n');
    const result = await sandbox.run({ code: harness, timeoutMs: 120_000 });
    if (!result.ok) throw new Error(result.message);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as boolean[]);
    expect(rows).toHaveLength(jobs.length);
    const wrong = jobs.filter((j, i) => (rows[i]?.[0] ?? j.buggy) === j.buggy).map((j) => j.label);
    expect(wrong).toEqual([]);
    const bugs = jobs.filter((j) => j.buggy).length;
    const passingPublic = jobs.filter((j, i) => j.buggy && rows[i]?.[1] === true).length;
    // Some bugs slip past the public tests (that is what makes the hidden tests matter), but far from all.
    expect(passingPublic).toBeGreaterThan(bugs * 0.15);
    expect(passingPublic).toBeLessThan(bugs * 0.7);
  }, 180_000);
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodeTests } from '../../core/tasks/runCodeTests.ts';
import type { TestSelection } from '../../core/tasks/codeTestTypes.ts';
import type { CodeSpec, Task } from '../../core/tasks/types.ts';
import { createNodePyodideSandbox } from './createNodePyodideSandbox.ts';

const sandbox = createNodePyodideSandbox();
const DATA = '/work/shared/datasets';

const codeTask = (code: Partial<CodeSpec> & Pick<CodeSpec, 'format'>, id = 'hand'): Task => ({
  id,
  source: 'test',
  type: 'code',
  metric: 'code',
  question: '',
  gold: [],
  difficulty: 0,
  distractors: [],
  code: { publicTests: [], hiddenTests: [], solution: '', buggy: [], ...code },
});
const check = (task: Task, code: string, which: TestSelection = 'hidden', timeoutMs = 5_000) =>
  runCodeTests(sandbox, task, code, which, { timeoutMs });

beforeAll(async () => {
  expect((await sandbox.warmUp()).ready).toBe(true);
});
afterAll(() => sandbox.dispose());

describe('runCodeTests on hand-made tasks', () => {
  const add = codeTask({
    format: 'asserts',
    entryPoint: 'add',
    setup: 'import math',
    publicTests: ['assert add(1, 2) == 3'],
    hiddenTests: ['assert add(-1, 1) == 0', 'assert add(5, 5) == 10', 'assert add(2, 0) == math.floor(2.5)'],
  });

  it('asserts: counts each assert, shows the failing one with the value it got', async () => {
    expect(await check(add, 'def add(a, b):\n    return a + b')).toMatchObject({
      passed: 3,
      total: 3,
      allPassed: true,
    });
    const report = await check(add, 'def add(a, b):\n    return a * b if a > 4 else a + b');
    expect(report).toMatchObject({ passed: 2, total: 3, allPassed: false, errorType: null });
    expect(report.failures).toEqual(['Test 2: failed: assert add(5, 5) == 10 (got 25)']);
    expect(await check(add, 'def add(a, b):\n    return a + b', 'public')).toMatchObject({
      passed: 1,
      total: 1,
    });
  });

  it('asserts: a syntax error is reported with the candidate line, a demo main block stays quiet', async () => {
    const broken = await check(add, 'x = 1\ndef add(a, b)\n    return a + b');
    expect(broken).toMatchObject({ passed: 0, total: 3, errorType: 'syntax' });
    expect(broken.message).toBe("The code does not run: SyntaxError: expected ':' (line 2)");
    const demo =
      'def add(a, b):\n    return a + b\nif __name__ == "__main__":\n    print(add(int(input()), 1))';
    expect(await check(add, demo)).toMatchObject({ allPassed: true });
  });

  it('asserts: results before a timeout still count', async () => {
    const report = await check(
      add,
      'def add(a, b):\n    while a == 5:\n        pass\n    return a + b',
      'hidden',
      500,
    );
    expect(report).toMatchObject({ passed: 1, total: 3, allPassed: false, errorType: 'timeout' });
    expect(report.failures).toContain('Test 2: did not finish within the time limit');
  });

  const inc = codeTask({
    format: 'humaneval',
    entryPoint: 'inc',
    starter: 'def inc(x: int) -> int:\n    """Adds one."""\n',
    publicTests: ['assert inc(1) == 2'],
    hiddenTests: ['def check(candidate):\n    assert candidate(1) == 2\n    assert candidate(-3) == -2\n'],
  });

  it('humaneval: body-only completions get the prompt; check() is all-or-nothing', async () => {
    expect(await check(inc, '    return x + 1\n')).toMatchObject({ passed: 1, total: 1, allPassed: true });
    expect(await check(inc, 'def inc(x):\n    return x + 1')).toMatchObject({ allPassed: true });
    const wrong = await check(inc, '    return abs(x) + 1\n');
    expect(wrong).toMatchObject({ passed: 0, total: 1, allPassed: false });
    expect(wrong.failures[0]).toBe('Test 1: failed: assert candidate(-3) == -2 (got 4)');
    expect(await check(inc, '    return abs(x) + 1\n', 'public')).toMatchObject({ allPassed: true });
  });

  const sum = codeTask({
    format: 'stdio',
    io: {
      inputs: ['1 2\n', '3 4\n', ['0.1', '0.2']],
      outputs: ['3\n', '7   \n\n', '0.30000001\n'],
      publicCount: 2,
    },
  });

  it('stdio: compares tokens ignoring whitespace, numbers within 1e-5', async () => {
    const good =
      'a, b = map(float, input().split() or [input(), input()])\ns = a + b\nprint(int(s) if s == int(s) else s)';
    expect(
      await check(
        sum,
        'import sys\nv = [float(t) for t in sys.stdin.read().split()]\nprint(sum(v) if sum(v) % 1 else int(sum(v)))',
      ),
    ).toMatchObject({ passed: 3, total: 3 });
    expect(await check(sum, good, 'public')).toMatchObject({ passed: 2, total: 2 });
    const wrong = await check(sum, 'a, b = map(int, input().split())\nprint(a * b)');
    expect(wrong.passed).toBe(0);
    expect(wrong.failures[0]).toBe("Case 1: expected '3\\n', got '2\\n'");
    expect(wrong.failures[2]).toMatch(/^Case 3: ValueError: invalid literal for int\(\) .*\(line 1\)$/);
  });

  it('stdio: open(0), sys.stdin.buffer and exit() behave as in a real process', async () => {
    const viaOpen = 'data = open(0).read().split()\nprint(int(float(data[0]) + float(data[1])))\nexit()';
    expect(await check(sum, viaOpen, 'public')).toMatchObject({ passed: 2 });
    const viaBuffer =
      'import sys\na, b = map(int, sys.stdin.buffer.readline().split())\nsys.stdout.write(str(a + b) + "\\n")';
    expect(await check(sum, viaBuffer, 'public')).toMatchObject({ passed: 2 });
  });

  it('call: LeetCode Solution classes, plain functions, wrapped expected values and tuples', async () => {
    const kth = codeTask({
      format: 'call',
      starter: 'class Solution:\n    def findKthPositive(self, arr, k):\n        ',
      io: {
        inputs: [
          [[2, 3, 4, 7, 11], 5],
          [[1, 2, 3, 4], 2],
        ],
        outputs: [9, [6]],
        fnName: 'findKthPositive',
      },
    });
    const solution =
      'class Solution:\n    def findKthPositive(self, arr, k):\n        seen, n = set(arr), 0\n        while k:\n            n += 1\n            k -= n not in seen\n        return n';
    expect(await check(kth, solution)).toMatchObject({ passed: 2, total: 2, allPassed: true });
    const wrong = await check(
      kth,
      'class Solution:\n    def findKthPositive(self, arr, k):\n        return k',
    );
    expect(wrong.failures[0]).toBe('Case 1: findKthPositive([2, 3, 4, 7, 11], 5) returned 5, expected 9');
    const pair = codeTask({ format: 'call', io: { inputs: [[3]], outputs: [[[1, 2]]], fnName: 'pair' } });
    expect(await check(pair, 'def pair(n):\n    return (1, 2)')).toMatchObject({ allPassed: true });
    expect(await check(pair, 'def other(n):\n    return 1')).toMatchObject({
      passed: 0,
      failures: ['Case 1: the code does not define pair()'],
    });
  });

  it('ds1000: runs test_execution on the solution; a missing library reports unavailable', async () => {
    const harness =
      'def test_execution(solution):\n    ns = {}\n    exec(solution, ns)\n    assert ns["result"] == 4\n';
    const ds = codeTask({
      format: 'ds1000',
      publicTests: [`import numpy as np\n${harness}`],
      hiddenTests: [harness],
    });
    expect(await check(ds, 'result = 2 + 2')).toMatchObject({ passed: 1, total: 1, allPassed: true });
    expect(await check(ds, 'result = 5')).toMatchObject({ passed: 0, allPassed: false, errorType: null });
    expect(await check(ds, 'result = 2 + 2', 'public')).toMatchObject({
      allPassed: false,
      errorType: 'unavailable',
      message: 'DS-1000 needs numpy, which this sandbox lacks.',
    });
  });
});

interface HumanEvalRecord {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  test: string;
}

describe('runCodeTests on real dataset records', () => {
  const humanEval = readFileSync(`${DATA}/humaneval/HumanEval.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 10)
    .map((line) => JSON.parse(line) as HumanEvalRecord);

  it.each(humanEval.map((r) => [r.task_id, r] as const))(
    '%s: canonical passes, a stub fails',
    async (_id, rec) => {
      const task = codeTask({
        format: 'humaneval',
        entryPoint: rec.entry_point,
        starter: rec.prompt,
        hiddenTests: [rec.test],
      });
      expect(await check(task, rec.canonical_solution)).toMatchObject({ allPassed: true, errorType: null });
      expect(await check(task, '    return None\n')).toMatchObject({ allPassed: false, passed: 0, total: 1 });
    },
  );

  it('MBPP (sanitized): the first records pass their asserts, a wrong answer fails', async () => {
    type Mbpp = { task_id: number; code: string; test_imports: string[]; test_list: string[] };
    const records = (JSON.parse(readFileSync(`${DATA}/mbpp/sanitized-mbpp.json`, 'utf8')) as Mbpp[]).slice(
      0,
      8,
    );
    for (const rec of records) {
      const task = codeTask({
        format: 'asserts',
        setup: rec.test_imports.join('\n'),
        hiddenTests: rec.test_list,
      });
      const report = await check(task, rec.code);
      expect(report, `task ${rec.task_id}`).toMatchObject({ allPassed: true, passed: rec.test_list.length });
      const name = /def\s+(\w+)/.exec(rec.code)?.[1] ?? 'f';
      expect(
        (await check(task, `def ${name}(*args):\n    return None`)).allPassed,
        `task ${rec.task_id}`,
      ).toBe(false);
    }
  });

  it('APPS (train): reference solutions pass every stdio and call case', async () => {
    for (const dir of ['0001', '0111', '2287', '2404', '4184']) {
      const root = `${DATA}/apps/train/${dir}`;
      const io = JSON.parse(readFileSync(`${root}/input_output.json`, 'utf8')) as NonNullable<
        CodeSpec['io']
      > & {
        fn_name?: string;
      };
      const [solution] = JSON.parse(readFileSync(`${root}/solutions.json`, 'utf8')) as string[];
      const task = codeTask({
        format: io.fn_name ? 'call' : 'stdio',
        io: { inputs: io.inputs, outputs: io.outputs, ...(io.fn_name ? { fnName: io.fn_name } : {}) },
      });
      const report = await check(task, solution ?? '', 'hidden', 10_000);
      expect(report, `APPS ${dir}: ${report.failures.join('; ')}`).toMatchObject({ allPassed: true });
    }
  });
});

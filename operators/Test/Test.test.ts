import { describe, expect, it } from 'vitest';
import type { CodeTestReport } from '../../src/core/tasks/codeTestTypes.ts';
import { sandboxError } from '../../src/core/testing/FakeSandbox.ts';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { createTestOperator } from './createTestOperator.ts';
import { testOperator } from './index.ts';
import type { RunCodeTests } from './evaluateCode.ts';

const block = (code: string): string => '```python\n' + code + '\n```';
const report = (passed: number, total: number, failures: string[] = []): CodeTestReport => ({
  passed,
  total,
  allPassed: passed === total,
  failures,
  errorType: null,
  message: '',
});

/** A test runner that scores code by a marker comment `# pass N`, recording what it ran. */
function fakeRunner(total = 2): RunCodeTests & { calls: string[] } {
  const calls: string[] = [];
  const run = async (_s: unknown, _t: unknown, code: string, which: string) => {
    calls.push(`${which}:${code}`);
    const passed = Number(/# pass (\d)/.exec(code)?.[1] ?? 0);
    return report(passed, total, passed < total ? [`assert add(1, 2) == 3 failed: got ${passed}`] : []);
  };
  return Object.assign(run, { calls });
}

describe('Test', () => {
  it('passes the check when the public tests pass, without any LLM call', async () => {
    const runner = fakeRunner();
    const input = stage({
      answer: 'def add(a, b): return a + b # pass 2\n',
      code: 'def add(a, b): return a + b # pass 2\n',
    });
    const { result, llm } = await runOperator(createTestOperator(runner), { task: fixtures.code(), input });
    expect(llm.requests).toHaveLength(0);
    expect(runner.calls).toEqual([`public:${input.code}`]);
    expect(result.output.check).toMatchObject({
      checker: 'Test',
      passed: true,
      confidence: 1,
      testPassRatio: 1,
      suggested: null,
    });
    expect(result.output.answer).toBe(input.answer);
    expect(result.signals).toMatchObject({ verdict: 'pass', testPassRatio: 1 });
    expect(result.summary).toBe('Test: 2/2 public tests pass');
  });

  it('reflects and rewrites until the tests pass', async () => {
    const runner = fakeRunner();
    const { result, llm } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input: stage({ code: 'def add(a, b): return a - b # pass 0\n' }),
      llm: {
        reflect: [block('def add(a, b): return a # pass 1'), block('def add(a, b): return a + b # pass 2')],
      },
    });
    const calls = llm.callsFor('reflect');
    expect(calls.map((c) => c.hints.attempt)).toEqual([1, 2]);
    expect(calls[0]?.hints.inputAnswer).toContain('a - b');
    expect(calls[0]?.hints.feedback).toContain('Passed 0 of 2 public tests');
    expect(calls[1]?.hints.inputAnswer).toContain('return a # pass 1');
    expect(textsOf(calls[0]).user).toContain('assert add(1, 2) == 3 failed');
    expect(result.output.code).toBe('def add(a, b): return a + b # pass 2\n');
    expect(result.output.answer).toBe(result.output.code);
    expect(result.output.check?.passed).toBe(true);
    expect(result.summary).toContain('repaired in round 2');
  });

  it('keeps the best candidate after 3 failing rounds, ties going to the latest', async () => {
    const runner = fakeRunner(3);
    const { result, llm } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input: stage({ code: 'v0 # pass 1\n' }),
      llm: { reflect: [block('v1 # pass 2'), 'no code this time', block('v3 # pass 2')] },
    });
    expect(llm.callsFor('reflect')).toHaveLength(3);
    expect(result.output.code).toBe('v3 # pass 2\n');
    expect(result.output.check).toMatchObject({ passed: false, testPassRatio: 2 / 3 });
    expect(result.output.check?.confidence).toBeCloseTo(2 / 3);
    expect(result.signals).toMatchObject({ verdict: 'fail' });
    expect(result.signals.testPassRatio).toBeCloseTo(2 / 3);
    expect(result.failed).toBeUndefined();
  });

  it('keeps the original when no rewrite beats it', async () => {
    const runner = fakeRunner(3);
    const input = stage({ answer: 'prose and v0', code: 'v0 # pass 2\n' });
    const { result } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input,
      llm: { reflect: [block('v1 # pass 1'), block('v2 # pass 0'), block('v3 # pass 1')] },
    });
    expect(result.output.code).toBe('v0 # pass 2\n');
    expect(result.output.answer).toBe('prose and v0');
    expect(result.summary).toContain('after 3 reflection rounds');
  });

  it('finds the code inside the answer on a code task', async () => {
    const runner = fakeRunner();
    const { result } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input: stage({ answer: `Solution:\n${block('x # pass 2')}` }),
    });
    expect(runner.calls).toEqual(['public:x # pass 2\n']);
    expect(result.output.check?.passed).toBe(true);
  });

  it('fails with nothing to test when there is no code', async () => {
    const runner = fakeRunner();
    const { result, llm } = await runOperator(createTestOperator(runner), {
      task: fixtures.math(),
      input: stage({ answer: '40' }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(runner.calls).toHaveLength(0);
    expect(result.failed?.message).toContain('nothing to test');
    expect(result.signals.errorType).toBe('input');
    expect(result.output.check).toMatchObject({ passed: false, feedback: 'nothing to test' });
    expect(result.output.answer).toBe('40');
  });

  it('on a task without tests checks that the code runs and reports no pass ratio', async () => {
    const runner = fakeRunner();
    const { result, sandbox } = await runOperator(createTestOperator(runner), {
      task: fixtures.math(),
      input: stage({ answer: '40', code: 'def solve():\n    return 40\n' }),
      sandbox: () => '40\n',
    });
    expect(runner.calls).toHaveLength(0);
    expect(sandbox.requests[0]?.code).toContain('print(solve())');
    expect(result.output.check).toMatchObject({ passed: true, testPassRatio: null, confidence: 0.5 });
    expect(result.signals.testPassRatio).toBeUndefined();
  });

  it('repairs code that does not run on a task without tests and updates the answer', async () => {
    const runner = fakeRunner();
    const { result } = await runOperator(createTestOperator(runner), {
      task: fixtures.math(),
      input: stage({ answer: '41', code: 'def solve():\n    return 1/0\n' }),
      llm: { reflect: block('def solve():\n    return 40') },
      sandbox: (req) =>
        req.code.includes('1/0') ? sandboxError('runtime', 'ZeroDivisionError: division by zero') : '40',
    });
    expect(result.output.answer).toBe('40');
    expect(result.output.check?.passed).toBe(true);
  });

  it('uses the run-only check when a code task has no public tests', async () => {
    const runner: RunCodeTests = async () => report(0, 0);
    const { result, sandbox } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input: stage({ code: 'def add(a, b):\n    return a + b\n' }),
    });
    expect(sandbox.requests[0]?.code).toContain('callable(globals().get("add"))');
    expect(result.output.check?.testPassRatio).toBeNull();
  });

  it('fails without reflecting when the sandbox is unavailable', async () => {
    const runner: RunCodeTests = async () => ({
      ...report(0, 2),
      errorType: 'unavailable',
      message: 'No Python sandbox.',
    });
    const { result, llm } = await runOperator(createTestOperator(runner), {
      task: fixtures.code(),
      input: stage({ code: 'x\n' }),
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.signals.errorType).toBe('unavailable');
    expect(result.output.check?.passed).toBe(false);
  });

  it('is wired to the real test runner and sandbox', async () => {
    const { result, sandbox, llm } = await runOperator(testOperator, {
      task: fixtures.code(),
      input: stage({ code: 'def add(a, b):\n    return a +\n' }),
      llm: { reflect: 'no idea' },
      sandbox: () => sandboxError('syntax', 'SyntaxError: invalid syntax (line 2)'),
    });
    expect(sandbox.requests[0]?.code).toContain('return a +');
    expect(llm.callsFor('reflect')).toHaveLength(3);
    expect(result.output.check?.passed).toBe(false);
  });
});

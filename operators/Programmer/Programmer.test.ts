import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/core/tasks/types.ts';
import { sandboxError, type FakeSandboxHandler } from '../../src/core/testing/FakeSandbox.ts';
import { fixtures, runOperator, stage, textsOf } from '../operatorTestKit.ts';
import { programmerOperator } from './index.ts';

const block = (code: string): string => '```python\n' + code + '\n```';
const GOOD = 'def solve():\n    return 3 * 14 - 2';
const BAD = 'def solve():\n    return 3 * 14 / 0';

describe('Programmer on math', () => {
  it('runs solve() and answers with what it printed', async () => {
    const { result, llm, sandbox } = await runOperator(programmerOperator, {
      task: fixtures.math(),
      input: stage({ plan: '1. Multiply.' }),
      llm: { code: block(GOOD) },
      sandbox: () => '40\n',
    });
    const { system, user } = textsOf(llm.requests[0]);
    expect(system).toContain('solve()');
    expect(user).toContain('1. Multiply.');
    expect(sandbox.requests[0]?.code).toBe(`${GOOD}\n\nprint(solve())\n`);
    expect(sandbox.requests[0]?.timeoutMs).toBe(5000);
    expect(result.output.answer).toBe('40');
    expect(result.output.code).toBe(`${GOOD}\n`);
    expect(result.summary).toBe('Programmer: solve() → 40');
    expect(result.failed).toBeUndefined();
  });

  it('succeeds on the second attempt, feeding the error back', async () => {
    const { result, llm } = await runOperator(programmerOperator, {
      task: fixtures.math(),
      llm: { code: [block(BAD), block(GOOD)] },
      sandbox: (req) =>
        req.code.includes('/ 0')
          ? sandboxError('runtime', 'ZeroDivisionError: division by zero (line 2)')
          : '40',
    });
    const calls = llm.callsFor('code');
    expect(calls.map((c) => c.hints.attempt)).toEqual([0, 1]);
    expect(calls[1]?.hints.feedback).toContain('ZeroDivisionError');
    expect(calls[1]?.messages.at(-1)?.content).toContain('ZeroDivisionError: division by zero');
    expect(calls[1]?.messages.some((m) => m.role === 'assistant' && m.content.includes('/ 0'))).toBe(true);
    expect(result.output.answer).toBe('40');
    expect(result.summary).toContain('after 1 retry');
  });

  it('gives up after 3 retries with the last error', async () => {
    const input = stage({ answer: '41' });
    const { result, llm, sandbox } = await runOperator(programmerOperator, {
      task: fixtures.math(),
      input,
      llm: { code: [block(BAD), block(BAD), block(BAD), block('def solve():\n    return x')] },
      sandbox: (req) =>
        req.code.includes('return x')
          ? sandboxError('runtime', "NameError: name 'x' is not defined")
          : sandboxError('runtime', 'ZeroDivisionError: division by zero'),
    });
    expect(llm.callsFor('code').map((c) => c.hints.attempt)).toEqual([0, 1, 2, 3]);
    expect(sandbox.requests).toHaveLength(4);
    expect(result.failed?.message).toContain('NameError');
    expect(result.signals.errorType).toBe('runtime');
    expect(result.output.answer).toBe('41');
    expect(result.output.code).toBe('def solve():\n    return x\n');
  });

  it.each<[string, string, FakeSandboxHandler, string]>([
    ['no code in the reply', 'I would just compute 40.', () => '40', 'llm'],
    ['solve() returning None', block('def solve():\n    print(40)'), () => '40\nNone\n', 'runtime'],
    [
      'a syntax error',
      block('def solve(:'),
      () => sandboxError('syntax', 'SyntaxError: invalid syntax (line 1)'),
      'syntax',
    ],
  ])('retries on %s', async (_name, reply, handler, errorType) => {
    const { result, llm } = await runOperator(programmerOperator, {
      task: fixtures.math(),
      llm: { code: reply },
      sandbox: handler,
    });
    expect(llm.requests).toHaveLength(4);
    expect(result.failed).toBeDefined();
    expect(result.signals.errorType).toBe(errorType);
  });

  it('stops at once when the sandbox is unavailable', async () => {
    const { result, llm } = await runOperator(programmerOperator, {
      task: fixtures.math(),
      llm: { code: block(GOOD) },
      sandbox: () => sandboxError('unavailable', 'Pyodide failed to load'),
    });
    expect(llm.requests).toHaveLength(1);
    expect(result.signals.errorType).toBe('unavailable');
  });
});

describe('Programmer on code', () => {
  const CODE = 'def add(a, b):\n    return a + b';

  it('defines the entry point only and answers with the code', async () => {
    const { result, sandbox, llm } = await runOperator(programmerOperator, {
      task: fixtures.code(),
      llm: { code: `Sure.\n${block(CODE)}` },
    });
    expect(textsOf(llm.requests[0]).system).toContain('`add`');
    expect(sandbox.requests[0]?.code).toContain(CODE);
    expect(sandbox.requests[0]?.code).toContain('callable(globals().get("add"))');
    expect(sandbox.requests[0]?.code).not.toContain('print(solve())');
    expect(result.output.answer).toBe(`${CODE}\n`);
    expect(result.output.code).toBe(`${CODE}\n`);
    expect(result.summary).toBe('Programmer: code runs');
  });

  it('only compiles a stdin program', async () => {
    const base = fixtures.code();
    const task: Task = { ...base, code: { ...base.code!, format: 'stdio', publicTests: [] } };
    const { sandbox } = await runOperator(programmerOperator, {
      task,
      llm: { code: block('print(input())') },
    });
    expect(sandbox.requests[0]?.code).toBe('compile("print(input())\\n", "solution.py", "exec")\n');
  });

  it('retries on an import error', async () => {
    const { result, llm } = await runOperator(programmerOperator, {
      task: fixtures.code(),
      llm: { code: [block(`import numpy\n${CODE}`), block(CODE)] },
      sandbox: (req) =>
        req.code.includes('numpy')
          ? sandboxError('runtime', "ModuleNotFoundError: No module named 'numpy'")
          : '',
    });
    expect(llm.callsFor('code')[1]?.hints.feedback).toContain('numpy');
    expect(result.output.code).toBe(`${CODE}\n`);
  });
});

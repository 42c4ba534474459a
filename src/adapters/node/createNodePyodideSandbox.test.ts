import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxResult } from '../../core/ports/CodeSandbox.ts';
import { createNodePyodideSandbox } from './createNodePyodideSandbox.ts';

const sandbox = createNodePyodideSandbox({ maxOutputBytes: 10_000, memoryLimitMb: 256 });
const run = (code: string, stdin?: string, timeoutMs = 5_000): Promise<SandboxResult> =>
  sandbox.run({ code, timeoutMs, ...(stdin === undefined ? {} : { stdin }) });

function failed(result: SandboxResult): Extract<SandboxResult, { ok: false }> {
  if (result.ok) throw new Error(`expected a failure, got stdout ${JSON.stringify(result.stdout)}`);
  return result;
}

beforeAll(async () => {
  const warm = await sandbox.warmUp();
  expect(warm.ready).toBe(true);
});
afterAll(() => sandbox.dispose());

describe('createNodePyodideSandbox: running programs', () => {
  it('captures stdout and stderr separately', async () => {
    const result = await run('import sys\nprint("out")\nprint("err", file=sys.stderr)');
    expect(result).toMatchObject({ ok: true, stdout: 'out\n', stderr: 'err\n' });
  });

  it('feeds stdin to input(), sys.stdin.buffer and open(0)', async () => {
    expect((await run('a = int(input())\nb = int(input())\nprint(a + b)', '3\n4\n')).stdout).toBe('7\n');
    expect((await run('import sys\nprint(sys.stdin.buffer.read().split())', '1 2\n3')).stdout).toBe(
      "[b'1', b'2', b'3']\n",
    );
    expect((await run('print(open(0).read().upper())', 'abc')).stdout).toBe('ABC\n');
  });

  it('reports EOF when a program reads more input than it was given', async () => {
    const result = failed(await run('input()\ninput()', 'only one line\n'));
    expect(result.exception).toBe('EOFError');
    expect(result.message).toMatch(/^EOFError: .*\(line 2\)$/);
  });

  it('isolates runs: globals, builtins and std streams do not leak', async () => {
    await run('leaked = 42\nimport builtins, sys\nbuiltins.print = None\nsys.stdout = None');
    const result = failed(await run('print(leaked)'));
    expect(result.message).toBe("NameError: name 'leaked' is not defined (line 1)");
    expect(await run('print("print still works")')).toMatchObject({
      ok: true,
      stdout: 'print still works\n',
    });
  });

  it.each([
    ['x = 1\nif x\n    print(x)', 'syntax', 'SyntaxError', /^SyntaxError: expected ':' \(line 2\)$/],
    ['def f():\nreturn 1', 'syntax', 'IndentationError', /^IndentationError: .* \(line 2\)$/],
    [
      'x = 1\ny = 0\nprint(x / y)',
      'runtime',
      'ZeroDivisionError',
      /^ZeroDivisionError: division by zero \(line 3\)$/,
    ],
    ['def f(n):\n    return f(n + 1)\nf(0)', 'runtime', 'RecursionError', /^RecursionError: .*\(line 2\)$/],
    ['import sys\nsys.exit(3)', 'runtime', 'SystemExit', /^SystemExit: 3$/],
    ['x = bytearray(2**31 - 1)', 'memory', 'MemoryError', /^MemoryError \(line 1\)$/],
  ])('classifies %j', async (code, errorType, exception, message) => {
    const result = failed(await run(code));
    expect(result.errorType).toBe(errorType);
    expect(result.exception).toBe(exception);
    expect(result.message).toMatch(message);
  });

  it('treats sys.exit(0) and os._exit(0) as success and keeps the output printed before', async () => {
    expect(await run('print("bye")\nimport sys\nsys.exit(0)')).toMatchObject({ ok: true, stdout: 'bye\n' });
    expect(await run('print("fast")\nimport os\nos._exit(0)')).toMatchObject({ ok: true, stdout: 'fast\n' });
  });

  it('shows the user code in the traceback on stderr', async () => {
    const result = failed(await run('def f():\n    raise ValueError("bad value")\nf()'));
    expect(result.stderr).toContain('File "<solution>", line 2, in f');
    expect(result.stderr).toContain('ValueError: bad value');
    expect(result.stderr).not.toContain('<exec>');
  });

  it('turns a growing list into MemoryError and keeps working', async () => {
    const result = failed(
      await run('chunks = []\nwhile True:\n    chunks.append("x" * 10**6)', undefined, 20_000),
    );
    expect(result.errorType).toBe('memory');
    expect(await run('print(sum(range(10)))')).toMatchObject({ ok: true, stdout: '45\n' });
  });

  it('caps huge output and says so on stderr', async () => {
    const result = await run('for i in range(5000):\n    print("y" * 100)');
    expect(result.ok).toBe(true);
    expect(result.stdout.length).toBe(10_000);
    expect(result.stderr).toMatch(/stdout truncated: \d+ bytes over the 10000-byte limit/);
  });

  it('allows deep recursion once the program raises the limit, through lru_cache too', async () => {
    const cached =
      'import sys, functools\nsys.setrecursionlimit(10**6)\n@functools.lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(5000))';
    expect(await run(cached)).toMatchObject({ ok: true, stdout: '5000\n' });
    const code =
      'import sys\nsys.setrecursionlimit(10**6)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(5000))';
    expect(await run(code)).toMatchObject({ ok: true, stdout: '5000\n' });
  });

  it('runs queued requests one at a time, in order', async () => {
    const results = await Promise.all([1, 2, 3].map((i) => run(`print(${i} * 10)`)));
    expect(results.map((r) => r.stdout)).toEqual(['10\n', '20\n', '30\n']);
  });
});

describe('createNodePyodideSandbox: time limits and aborts', () => {
  it('interrupts `while True: pass` at the limit without restarting the worker', async () => {
    const before = sandbox.stats().workerStarts;
    const result = failed(await run('while True:\n    pass', undefined, 300));
    expect(result.errorType).toBe('timeout');
    expect(result.durationMs).toBeLessThan(3_000);
    expect(await run('print("alive")')).toMatchObject({ ok: true, stdout: 'alive\n' });
    expect(sandbox.stats().workerStarts).toBe(before);
  });

  it('terminates a program that swallows the interrupt and starts a fresh worker next time', async () => {
    const before = sandbox.stats().workerStarts;
    const code =
      'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass';
    const result = failed(await run(code, undefined, 300));
    expect(result.errorType).toBe('timeout');
    expect(await run('print("fresh")', undefined, 30_000)).toMatchObject({ ok: true, stdout: 'fresh\n' });
    expect(sandbox.stats().workerStarts).toBe(before + 1);
  });

  it('returns aborted at once for an already aborted or a queued request', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await sandbox.run({ code: 'print(1)', timeoutMs: 1000, signal: controller.signal })).toMatchObject(
      {
        ok: false,
        errorType: 'aborted',
      },
    );
    const later = new AbortController();
    const first = run('import time\ntime.sleep(0.3)\nprint("first")');
    const queued = sandbox.run({ code: 'print("never")', timeoutMs: 1000, signal: later.signal });
    later.abort();
    expect(await queued).toMatchObject({ ok: false, errorType: 'aborted', stdout: '' });
    expect(await first).toMatchObject({ ok: true, stdout: 'first\n' });
  });

  it('stops a running program promptly on abort and keeps the warm worker', async () => {
    const before = sandbox.stats().workerStarts;
    const controller = new AbortController();
    const pending = sandbox.run({
      code: 'while True:\n    pass',
      timeoutMs: 20_000,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const abortedAt = performance.now();
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, errorType: 'aborted' });
    expect(performance.now() - abortedAt).toBeLessThan(200);
    expect(await run('print("after abort")')).toMatchObject({ ok: true, stdout: 'after abort\n' });
    expect(sandbox.stats().workerStarts).toBe(before);
  });
  it('stops a program aborted before the worker began it, without restarting the worker', async () => {
    // The abort can land while the run message is still on its way to the worker: it must still stop that run.
    const before = sandbox.stats().workerStarts;
    for (let ticks = 0; ticks < 8; ticks += 1) {
      const controller = new AbortController();
      const pending = sandbox.run({
        code: 'while True:\n    pass',
        timeoutMs: 20_000,
        signal: controller.signal,
      });
      // A few microtasks let the sandbox hand the job to the worker; the abort then races the message.
      for (let i = 0; i < ticks; i += 1) await Promise.resolve();
      controller.abort();
      expect(await pending).toMatchObject({ ok: false, errorType: 'aborted' });
      expect(await run('print("next")')).toMatchObject({ ok: true, stdout: 'next\n' });
    }
    expect(sandbox.stats().workerStarts).toBe(before);
  });
});

describe('createNodePyodideSandbox: lifecycle', () => {
  it('reports unavailable, with what to do, when Pyodide cannot be loaded', async () => {
    const broken = createNodePyodideSandbox({ pyodideModule: 'no-such-package/pyodide.mjs' });
    const warm = await broken.warmUp();
    expect(warm.ready).toBe(false);
    const result = failed(await broken.run({ code: 'print(1)', timeoutMs: 1000 }));
    expect(result.errorType).toBe('unavailable');
    expect(result.message).toMatch(/no-such-package.*npm install/s);
    await broken.dispose();
  });

  it('reports unavailable after dispose', async () => {
    const other = createNodePyodideSandbox();
    await other.dispose();
    const result = failed(await other.run({ code: 'print(1)', timeoutMs: 1000 }));
    expect(result.errorType).toBe('unavailable');
  });
});

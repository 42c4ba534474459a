import { describe, expect, it } from 'vitest';
import type { CodeSandbox, SandboxRequest, SandboxResult } from '../ports/CodeSandbox.ts';
import { runCodeTests } from './runCodeTests.ts';
import type { Task } from './types.ts';

/** A sandbox that records requests and answers with a fixed result. */
function fakeSandbox(
  answer: (request: SandboxRequest) => SandboxResult,
): CodeSandbox & { calls: SandboxRequest[] } {
  const calls: SandboxRequest[] = [];
  return {
    calls,
    run: (request) => {
      calls.push(request);
      return Promise.resolve(answer(request));
    },
    dispose: () => Promise.resolve(),
  };
}

const task = (code?: Task['code']): Task => ({
  id: 't1',
  source: 'test',
  type: 'code',
  metric: 'code',
  question: '',
  gold: [],
  difficulty: 0,
  distractors: [],
  ...(code ? { code } : {}),
});
const asserts = task({
  format: 'asserts',
  publicTests: [],
  hiddenTests: ['assert f() == 1'],
  solution: '',
  buggy: [],
});

describe('runCodeTests (fake sandbox)', () => {
  it('makes no sandbox call when the selection has no tests or the task no code spec', async () => {
    const sandbox = fakeSandbox(() => ({ ok: true, stdout: '', stderr: '', durationMs: 0 }));
    expect(await runCodeTests(sandbox, asserts, 'x', 'public', { timeoutMs: 100 })).toMatchObject({
      total: 0,
      allPassed: false,
      errorType: null,
    });
    expect(await runCodeTests(sandbox, task(), 'x', 'hidden', { timeoutMs: 100 })).toMatchObject({
      total: 0,
      allPassed: false,
    });
    expect(sandbox.calls).toHaveLength(0);
  });

  it('sends one program with the time limit and signal, and passes sandbox failures through', async () => {
    const controller = new AbortController();
    const sandbox = fakeSandbox(() => ({
      ok: false,
      errorType: 'aborted',
      message: 'The run was stopped.',
      stdout: '',
      stderr: '',
      durationMs: 1,
    }));
    const report = await runCodeTests(sandbox, asserts, 'def f(): return 1', 'hidden', {
      timeoutMs: 1234,
      signal: controller.signal,
    });
    expect(sandbox.calls).toHaveLength(1);
    expect(sandbox.calls[0]).toMatchObject({ timeoutMs: 1234, signal: controller.signal });
    expect(sandbox.calls[0]?.code).toContain('def _run_tests(ns):');
    expect(report).toMatchObject({
      passed: 0,
      total: 1,
      allPassed: false,
      errorType: 'aborted',
      message: 'The run was stopped.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { SandboxResult } from '../../ports/CodeSandbox.ts';
import type { TestPlan } from './buildTestPlan.ts';
import { buildHarnessProgram } from './buildHarnessProgram.ts';
import { MAX_REPORTED_FAILURES, parseHarnessEvents, summarizeHarnessRun } from './summarizeHarnessRun.ts';

const plan = (over: Partial<TestPlan> = {}): TestPlan => ({
  mode: 'tests',
  candidate: 'def f(): pass',
  moduleName: 'solution',
  lineOffset: 0,
  setup: '',
  tests: ['assert f() is None', 'assert f() == 1', 'assert True'],
  cases: [],
  entryPoint: 'f',
  fnName: 'f',
  total: 3,
  ...over,
});
const MARK = '@@m@@';
const line = (event: object): string => `${MARK}${JSON.stringify(event)}`;
const ok = (...events: object[]): SandboxResult => ({
  ok: true,
  stdout: events.map(line).join('\n'),
  stderr: '',
  durationMs: 5,
});

describe('parseHarnessEvents', () => {
  it('reads marked lines anywhere in a line and skips noise and cut JSON', () => {
    const stdout = `noise\njunk${line({ kind: 'done' })}\n${MARK}{"kind":"res`;
    expect(parseHarnessEvents(stdout, MARK)).toEqual([{ kind: 'done' }]);
  });
});

describe('summarizeHarnessRun', () => {
  it('counts results and labels failures', () => {
    const report = summarizeHarnessRun(
      plan(),
      ok(
        { kind: 'result', index: 0, ok: true },
        { kind: 'result', index: 1, ok: false, message: 'failed: assert f() == 1 (got None)' },
        { kind: 'result', index: 2, ok: true },
        { kind: 'done' },
      ),
      MARK,
    );
    expect(report).toEqual({
      passed: 2,
      total: 3,
      allPassed: false,
      failures: ['Test 2: failed: assert f() == 1 (got None)'],
      errorType: null,
      message: '',
    });
  });

  it('labels io cases as Case and keeps only the first failures', () => {
    const results = Array.from({ length: 8 }, (_, i) => ({
      kind: 'result',
      index: i,
      ok: false,
      message: 'x',
    }));
    const report = summarizeHarnessRun(
      plan({ mode: 'stdio', total: 8 }),
      ok(...results, { kind: 'done' }),
      MARK,
    );
    expect(report.failures).toHaveLength(MAX_REPORTED_FAILURES);
    expect(report.failures[0]).toBe('Case 1: x');
  });

  it.each([
    [
      {
        kind: 'candidate',
        errorType: 'syntax',
        exception: 'SyntaxError',
        message: 'SyntaxError: bad (line 2)',
      },
      'syntax',
      'The code does not run: SyntaxError: bad (line 2)',
    ],
    [{ kind: 'setup', message: 'NameError: x' }, 'runtime', 'The test setup failed: NameError: x'],
    [{ kind: 'missing', module: 'pandas' }, 'unavailable', 'DS-1000 needs pandas, which this sandbox lacks.'],
  ])('reports %j as a whole-run error', (event, errorType, message) => {
    const report = summarizeHarnessRun(plan(), ok(event, { kind: 'done' }), MARK);
    expect(report).toMatchObject({ passed: 0, allPassed: false, errorType, message });
  });

  it('keeps results written before a timeout and names the test that was running', () => {
    const result: SandboxResult = {
      ok: false,
      errorType: 'timeout',
      message: 'The program ran past its 100 ms time limit and was stopped.',
      stdout: line({ kind: 'result', index: 0, ok: true }),
      stderr: '',
      durationMs: 100,
    };
    expect(summarizeHarnessRun(plan(), result, MARK)).toMatchObject({
      passed: 1,
      errorType: 'timeout',
      failures: ['Test 2: did not finish within the time limit'],
    });
  });

  it('treats a run without the done event as incomplete', () => {
    expect(summarizeHarnessRun(plan(), ok({ kind: 'result', index: 0, ok: true }), MARK)).toMatchObject({
      passed: 1,
      allPassed: false,
      errorType: 'runtime',
    });
  });
});

describe('buildHarnessProgram', () => {
  it('embeds the plan as a JSON string literal and derives the marker from it', () => {
    const a = buildHarnessProgram(plan());
    const b = buildHarnessProgram(plan({ candidate: 'def f(): return 1' }));
    expect(a.program.startsWith('_PLAN_JSON = "{')).toBe(true);
    expect(a.mark).not.toBe(b.mark);
    const literal = a.program.slice('_PLAN_JSON = '.length, a.program.indexOf('\n'));
    expect(JSON.parse(JSON.parse(literal) as string)).toMatchObject({ mark: a.mark, total: 3 });
  });
});

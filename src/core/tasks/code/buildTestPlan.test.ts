import { describe, expect, it } from 'vitest';
import type { CodeSpec } from '../types.ts';
import { buildTestPlan, definesName, selectCases, withStarter } from './buildTestPlan.ts';

const spec = (over: Partial<CodeSpec> & Pick<CodeSpec, 'format'>): CodeSpec => ({
  publicTests: [],
  hiddenTests: [],
  solution: '',
  buggy: [],
  ...over,
});

describe('definesName', () => {
  it.each([
    ['def f(x):\n    return x', true],
    ['async def f():\n    pass', true],
    ['class Solution:\n    def f(self):\n        pass', true],
    ['f = lambda x: x', true],
    ['def ff(x):\n    return x', false],
    ['    return f(x)', false],
    ['print(f)', false],
  ])('%j defines f: %s', (code, expected) => {
    expect(definesName(code, 'f')).toBe(expected);
  });
});

describe('withStarter', () => {
  const humaneval = spec({ format: 'humaneval', entryPoint: 'inc', starter: 'def inc(x):\n    """doc"""\n' });

  it('prepends the starter to a body-only completion and counts its lines', () => {
    expect(withStarter(humaneval, '    return x + 1')).toEqual({
      code: 'def inc(x):\n    """doc"""\n    return x + 1',
      lineOffset: 2,
    });
  });

  it('keeps a candidate that defines the entry point, or a task without starter', () => {
    expect(withStarter(humaneval, 'def inc(x):\n    return x + 1')).toEqual({
      code: 'def inc(x):\n    return x + 1',
      lineOffset: 0,
    });
    expect(withStarter(spec({ format: 'asserts', entryPoint: 'inc' }), '    return 1').lineOffset).toBe(0);
  });

  it('adds the missing newline after a starter and uses fnName for call tasks', () => {
    const call = spec({
      format: 'call',
      starter: 'class Solution:',
      io: { inputs: [], outputs: [], fnName: 'go' },
    });
    expect(withStarter(call, '    def go(self): return 1').lineOffset).toBe(0);
    expect(withStarter(call, '    def other(self): return 1')).toEqual({
      code: 'class Solution:\n    def other(self): return 1',
      lineOffset: 1,
    });
  });
});

describe('selectCases', () => {
  const io = spec({ format: 'stdio', io: { inputs: ['a', 'b', 'c'], outputs: ['A', 'B', 'C'] } });

  it('public is the first case by default, hidden is every case', () => {
    expect(selectCases(io, 'public')).toEqual([{ input: 'a', output: 'A' }]);
    expect(selectCases(io, 'hidden').map((c) => c.input)).toEqual(['a', 'b', 'c']);
  });

  it('honours io.publicCount and ignores unpaired inputs', () => {
    const two = spec({
      format: 'stdio',
      io: { inputs: ['a', 'b', 'c'], outputs: ['A', 'B'], publicCount: 2 },
    });
    expect(selectCases(two, 'public')).toHaveLength(2);
    expect(selectCases(two, 'hidden')).toHaveLength(2);
    expect(selectCases(spec({ format: 'stdio' }), 'hidden')).toEqual([]);
  });
});

describe('buildTestPlan', () => {
  it.each([
    ['asserts', 'tests', 2],
    ['humaneval', 'tests', 2],
    ['ds1000', 'ds1000', 2],
  ] as const)('%s runs the selected test strings in mode %s', (format, mode, total) => {
    const plan = buildTestPlan(
      spec({ format, publicTests: ['p'], hiddenTests: ['h1', 'h2'] }),
      'code',
      'hidden',
    );
    expect(plan).toMatchObject({ mode, total, tests: ['h1', 'h2'] });
  });

  it('loads function-style candidates under a non-main name; ds1000 keeps the raw snippet', () => {
    const he = spec({ format: 'humaneval', entryPoint: 'f', starter: 'def f():\n' });
    expect(buildTestPlan(he, '    return 1', 'public')).toMatchObject({
      moduleName: 'solution',
      candidate: 'def f():\n    return 1',
      total: 0,
    });
    const ds = spec({ format: 'ds1000', starter: 'x = 1\n', entryPoint: 'f', hiddenTests: ['ctx'] });
    expect(buildTestPlan(ds, 'result = 1', 'hidden')).toMatchObject({
      candidate: 'result = 1',
      lineOffset: 0,
    });
  });

  it('call and stdio plans carry the selected cases and the function name', () => {
    const call = spec({ format: 'call', io: { inputs: [[1], [2]], outputs: [1, 4], fnName: 'sq' } });
    expect(buildTestPlan(call, 'def sq(x): return x*x', 'hidden')).toMatchObject({
      mode: 'call',
      fnName: 'sq',
      total: 2,
    });
    const stdio = spec({ format: 'stdio', io: { inputs: ['1'], outputs: ['1'] } });
    expect(buildTestPlan(stdio, 'print(input())', 'public')).toMatchObject({
      mode: 'stdio',
      total: 1,
      fnName: null,
    });
  });
});

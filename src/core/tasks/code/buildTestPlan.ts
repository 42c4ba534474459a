import { assertNever } from '../../util/assertNever.ts';
import type { TestSelection } from '../codeTestTypes.ts';
import type { CodeSpec } from '../types.ts';

/** How many leading io cases are public when a task does not say (APPS convention: the first case). */
export const DEFAULT_PUBLIC_CASES = 1;

/** One stdin/stdout or call case: `input` is stdin text (or lines) or the argument list; `output` the expected. */
export interface IoCase {
  input: unknown;
  output: unknown;
}

/** What the Python harness runs: the JSON it reads as `_PLAN` (see codeHarnessSource). */
export interface TestPlan {
  mode: 'tests' | 'call' | 'stdio' | 'ds1000';
  candidate: string;
  /** `__name__` the candidate is loaded under: not `__main__`, so demo blocks under `if __name__` stay quiet. */
  moduleName: string;
  /** Lines of starter code prepended to the candidate; reported line numbers subtract them. */
  lineOffset: number;
  setup: string;
  /** 'tests' / 'ds1000': Python sources, one per test (asserts, a HumanEval `check`, a DS-1000 harness). */
  tests: string[];
  /** 'call' / 'stdio': the selected cases. */
  cases: IoCase[];
  entryPoint: string | null;
  fnName: string | null;
  /** Number of tests or cases the report counts. */
  total: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the code defines `name` itself (a `def`, a class method or an assignment at the start of a line). */
export function definesName(code: string, name: string): boolean {
  const id = escapeRegExp(name);
  return new RegExp(`^[ \\t]*(?:async[ \\t]+)?def[ \\t]+${id}[ \\t]*\\(|^${id}[ \\t]*=`, 'm').test(code);
}

/**
 * HumanEval-style completions are bodies of the starter's function: when the candidate does not define the entry
 * point but the task has starter code, the starter goes first (`prompt + completion`).
 */
export function withStarter(spec: CodeSpec, code: string): { code: string; lineOffset: number } {
  const name = spec.io?.fnName ?? spec.entryPoint;
  if (!spec.starter || !name || definesName(code, name)) return { code, lineOffset: 0 };
  const starter = spec.starter.endsWith('\n') ? spec.starter : `${spec.starter}\n`;
  return { code: starter + code, lineOffset: starter.split('\n').length - 1 };
}

/**
 * The io cases a selection runs: 'public' is the first `io.publicCount` cases (default
 * {@link DEFAULT_PUBLIC_CASES}), 'hidden' is every case, as the datasets' own metrics score them.
 */
export function selectCases(spec: CodeSpec, which: TestSelection): IoCase[] {
  const io = spec.io;
  if (!io) return [];
  const count = Math.min(io.inputs.length, io.outputs.length);
  const cases = Array.from({ length: count }, (_, i) => ({ input: io.inputs[i], output: io.outputs[i] }));
  return which === 'public' ? cases.slice(0, Math.max(0, io.publicCount ?? DEFAULT_PUBLIC_CASES)) : cases;
}

/** Turns a task's code spec, a candidate and a selection into the harness plan. */
export function buildTestPlan(spec: CodeSpec, code: string, which: TestSelection): TestPlan {
  const { code: candidate, lineOffset } = withStarter(spec, code);
  const tests = which === 'public' ? spec.publicTests : spec.hiddenTests;
  const base = {
    candidate,
    moduleName: 'solution',
    lineOffset,
    setup: spec.setup ?? '',
    tests: [] as string[],
    cases: [] as IoCase[],
    entryPoint: spec.entryPoint ?? null,
    fnName: spec.io?.fnName ?? spec.entryPoint ?? null,
  };
  switch (spec.format) {
    case 'asserts':
    case 'humaneval':
      return { ...base, mode: 'tests', tests, total: tests.length };
    case 'ds1000':
      return { ...base, mode: 'ds1000', candidate: code, lineOffset: 0, tests, total: tests.length };
    case 'call':
    case 'stdio': {
      const cases = selectCases(spec, which);
      return { ...base, mode: spec.format, cases, total: cases.length };
    }
    default:
      return assertNever(spec.format, 'code test format');
  }
}

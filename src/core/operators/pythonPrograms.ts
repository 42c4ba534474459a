import type { Task } from '../tasks/types.ts';
import { pythonString } from './operatorHelpers.ts';

/** True when the code defines `solve()`, the convention for programs that compute a math/qa/mc answer. */
export const definesSolve = (code: string): boolean => /^[ \t]*def[ \t]+solve[ \t]*\(/m.test(code);

/**
 * The program the sandbox runs to try a candidate: on math/qa/mc it prints `solve()`; on code tasks it only
 * defines the solution (and checks the entry point exists), or only compiles it when running it alone would
 * need input (stdio) or a harness (DS-1000).
 */
export function programToRun(task: Task, code: string): string {
  const body = code.replace(/\s+$/, '');
  const spec = task.code;
  if (task.type !== 'code' || !spec) return definesSolve(code) ? `${body}\n\nprint(solve())\n` : `${body}\n`;
  if (spec.format === 'stdio' || spec.format === 'ds1000') {
    return `compile(${pythonString(code)}, "solution.py", "exec")\n`;
  }
  const name = spec.format === 'call' ? undefined : spec.entryPoint;
  if (name === undefined) return `${body}\n`;
  const missing = pythonString(`the solution must define a function named ${name}`);
  return `${body}\n\nif not callable(globals().get(${pythonString(name)})):\n    raise NameError(${missing})\n`;
}

/** The value a `print(solve())` run printed: its last non-empty line, or null when nothing useful came out. */
export function printedAnswer(stdout: string): string | null {
  const last = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .at(-1);
  return last === undefined || last === 'None' ? null : last;
}

import type { SandboxErrorType } from '../ports/CodeSandbox.ts';

/** Which tests of a code task to run: the public ones (Test operator) or the hidden ones (scoring). */
export type TestSelection = 'public' | 'hidden';

/** The outcome of running a candidate against a task's tests in the sandbox. */
export interface CodeTestReport {
  passed: number;
  total: number;
  allPassed: boolean;
  /** The first few failure messages (assertion text, expected vs got, exception line). */
  failures: string[];
  /** Set when the program as a whole could not run (syntax error, timeout, missing package…). */
  errorType: SandboxErrorType | null;
  /** A one-line explanation for users, e.g. "DS-1000 needs numpy, which this sandbox lacks". */
  message: string;
}

import type { ErrorCode } from '../errors.ts';

/** A parse failure with its position: `offset` counts UTF-16 units from 0, `line` and `column` from 1. */
export interface DslError {
  code: ErrorCode;
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** Line and column (both from 1) of an offset; only `\n` starts a line. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** Thrown inside the parser only, so deep recursion can stop at the first error; never escapes `parseWorkflow`. */
export class DslFailure {
  constructor(
    readonly code: ErrorCode,
    readonly offset: number,
    readonly detail: string,
  ) {}
}

/** The failure as the positioned error `parseWorkflow` returns. */
export function toDslError(text: string, failure: DslFailure): DslError {
  const { line, column } = positionOf(text, failure.offset);
  const message = `line ${line}, column ${column}: ${failure.detail}`;
  return { code: failure.code, message, offset: failure.offset, line, column };
}

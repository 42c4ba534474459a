import type { z } from 'zod';
import type { Task } from '../types.ts';
import { datasetError, type ImportProblem, type ImportResult } from './importResult.ts';

/** Where a record sits in its file: `line` (1-based) for JSON Lines, `index` (0-based) otherwise. */
export interface RecordPosition {
  line?: number;
  index?: number;
}

/** One record with its position. */
export interface PositionedRecord<T> extends RecordPosition {
  value: T;
}

/** Records read from a file, plus the ones already known to be malformed. */
export interface RecordBatch<T = unknown> {
  records: PositionedRecord<T>[];
  problems: ImportProblem[];
}

/** A problem at a position, without writing `undefined` into optional fields. */
export function problemAt(pos: RecordPosition, message: string): ImportProblem {
  return {
    ...(pos.line !== undefined ? { line: pos.line } : {}),
    ...(pos.index !== undefined ? { index: pos.index } : {}),
    message,
  };
}

function describePosition(pos: RecordPosition): string {
  if (pos.line !== undefined) return `line ${pos.line}`;
  return pos.index !== undefined ? `record ${pos.index}` : 'a record';
}

/** Parses JSON text or throws the dataset error naming what was expected. */
export function parseJsonDocument(text: string, dataset: string, expected: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw datasetError(dataset, `expected ${expected}, got an empty file`);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw datasetError(
      dataset,
      `expected ${expected}, but the text is not JSON (${(error as Error).message})`,
    );
  }
}

/**
 * Reads JSON Lines (one record per line, blank lines ignored), or a whole JSON array when the text is one; a bad
 * line becomes a problem with its line number, a text that is neither format throws E_DATASET.
 */
export function readRecords(text: string, dataset: string, expected: string): RecordBatch {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed === '') throw datasetError(dataset, `expected ${expected}, got an empty file`);
  if (trimmed.startsWith('[')) {
    const whole = parseJsonDocument(body, dataset, `${expected} (a JSON array or JSON Lines)`);
    if (!Array.isArray(whole)) throw datasetError(dataset, `expected ${expected} as a JSON array`);
    return { records: whole.map((value: unknown, index) => ({ value, index })), problems: [] };
  }
  if (!trimmed.startsWith('{')) {
    throw datasetError(dataset, `expected ${expected} as JSON Lines, but the text does not start with '{'`);
  }
  const records: PositionedRecord<unknown>[] = [];
  const problems: ImportProblem[] = [];
  body.split('\n').forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === '') return;
    try {
      records.push({ value: JSON.parse(lineText) as unknown, line: i + 1 });
    } catch (error) {
      problems.push({ line: i + 1, message: `not valid JSON: ${(error as Error).message}` });
    }
  });
  if (records.length === 0) {
    throw datasetError(
      dataset,
      `expected ${expected} as JSON Lines (one object per line), but no line is JSON`,
    );
  }
  return { records, problems };
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 2)
    .map((issue) =>
      issue.path.length > 0 ? `field '${issue.path.join('.')}': ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Keeps the records that match the schema; the others become problems naming the bad field. */
export function validateRecords<T>(batch: RecordBatch, schema: z.ZodType<T>): RecordBatch<T> {
  const records: PositionedRecord<T>[] = [];
  const problems = [...batch.problems];
  for (const record of batch.records) {
    const { value: _value, ...pos } = record;
    const parsed = schema.safeParse(record.value);
    if (parsed.success) records.push({ ...pos, value: parsed.data });
    else problems.push(problemAt(pos, formatIssues(parsed.error)));
  }
  return { records, problems };
}

/**
 * Builds tasks from valid records; a record whose builder throws (e.g. no `\boxed` answer) becomes a problem.
 * A file with records of which none could be imported is the wrong file, so that throws E_DATASET.
 */
export function buildTasks<T>(
  dataset: string,
  batch: RecordBatch<T>,
  build: (record: PositionedRecord<T>, ordinal: number) => Task[],
): ImportResult {
  const tasks: Task[] = [];
  const problems = [...batch.problems];
  batch.records.forEach((record, ordinal) => {
    try {
      tasks.push(...build(record, ordinal));
    } catch (error) {
      problems.push(problemAt(record, (error as Error).message));
    }
  });
  const first = problems[0];
  if (tasks.length === 0 && first !== undefined) {
    throw datasetError(
      dataset,
      `no record could be imported; first problem at ${describePosition(first)}: ${first.message}`,
    );
  }
  problems.sort((a, b) => (a.line ?? a.index ?? 0) - (b.line ?? b.index ?? 0));
  return { tasks, problems };
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FlowSteerError } from '../../errors.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';
import type { Task } from '../types.ts';

const task = (id: string): Task => ({
  id,
  source: 't',
  type: 'qa',
  metric: 'f1',
  question: 'q',
  gold: ['a'],
  difficulty: 0.5,
  distractors: [],
});

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof FlowSteerError ? error.code : 'other';
  }
}

describe('readRecords', () => {
  it('reads JSON Lines, skipping blank lines and reporting a broken line by its 1-based number', () => {
    const batch = readRecords('{"a":1}\n\n{"a":2\n{"a":3}\n', 'x', 'records');
    expect(batch.records.map((r) => [r.line, r.value])).toEqual([
      [1, { a: 1 }],
      [4, { a: 3 }],
    ]);
    expect(batch.problems).toHaveLength(1);
    expect(batch.problems[0]?.line).toBe(3);
    expect(batch.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reads a JSON array with 0-based indexes and tolerates a BOM and CRLF', () => {
    expect(readRecords('\uFEFF[{"a":1},{"a":2}]', 'x', 'r').records.map((r) => r.index)).toEqual([0, 1]);
    expect(readRecords('{"a":1}\r\n{"a":2}\r\n', 'x', 'r').records).toHaveLength(2);
  });

  it.each([
    ['empty file', '   \n'],
    ['plain text', 'question,answer\n1,2'],
    ['broken array', '[{"a":1},'],
    ['pretty-printed object', '{\n  "data": [\n  ]\n}'],
  ])('throws E_DATASET for a %s', (_label, text) => {
    expect(codeOf(() => readRecords(text, 'gsm8k', 'GSM8K records'))).toBe('E_DATASET');
  });

  it('names the bad field of a record and keeps the others', () => {
    const schema = z.object({ q: z.string() });
    const checked = validateRecords(readRecords('{"q":"a"}\n{"q":5}\n', 'x', 'r'), schema);
    expect(checked.records).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ line: 2 });
    expect(checked.problems[0]?.message).toMatch(/'q'/);
  });

  it('turns builder errors into problems, and throws when no record at all could be imported', () => {
    const batch = validateRecords(
      readRecords('{"q":"a"}\n{"q":"b"}\n', 'x', 'r'),
      z.object({ q: z.string() }),
    );
    const some = buildTasks('x', batch, (r) => {
      if (r.value.q === 'b') throw new Error('no answer');
      return [task(r.value.q)];
    });
    expect(some.tasks.map((t) => t.id)).toEqual(['a']);
    expect(some.problems).toEqual([{ line: 2, message: 'no answer' }]);
    const none = (): unknown =>
      buildTasks('x', batch, () => {
        throw new Error('bad');
      });
    expect(codeOf(none)).toBe('E_DATASET');
  });
});

import { z } from 'zod';
import { buildQaTask, recordKey } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const NqRecord = z.object({ question: z.string(), answer: z.array(z.string()).min(1) });

/**
 * NQ-open (JSON Lines `{question, answer: [...]}`): gold is the whole answer list, no passage. Distractors are
 * other questions' answers of the same kind (a date for a date) and the gold with a number moved. NQ-open has no
 * difficulty field: 0.5 for all, minus 0.05 per extra accepted answer (more accepted strings, easier to match).
 */
export function importNqOpen(text: string): ImportResult {
  const batch = validateRecords(
    readRecords(text, 'nq_open', 'NQ-open records {question, answer: [...]}'),
    NqRecord,
  );
  const pool = batch.records.map((r) => r.value.answer[0] ?? '');
  return buildTasks('nq_open', batch, (record) => {
    const key = recordKey(record);
    const gold = [...new Set(record.value.answer)];
    return [
      buildQaTask({
        id: `nq_open/${key}`,
        source: 'nq_open',
        question: record.value.question,
        gold,
        difficulty: 0.5 - 0.05 * Math.min(4, gold.length - 1),
        hints: { pool },
        meta: { dataset: 'nq_open', record: key, answers: gold.length },
      }),
    ];
  });
}

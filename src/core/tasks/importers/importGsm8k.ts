import { z } from 'zod';
import { buildMathTask, clampDifficulty, recordKey } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const Gsm8kRecord = z.object({ question: z.string(), answer: z.string() });

/**
 * GSM8K (JSON Lines `{question, answer}`): gold is the text after the last `#### ` with thousands commas removed.
 * Difficulty: the number of reasoning lines before `####` (one per calculation step), (lines − 1) / 8.
 */
export function importGsm8k(text: string): ImportResult {
  const batch = validateRecords(readRecords(text, 'gsm8k', 'GSM8K records {question, answer}'), Gsm8kRecord);
  return buildTasks('gsm8k', batch, (record) => {
    const { question, answer } = record.value;
    const marker = answer.lastIndexOf('####');
    const gold =
      marker < 0
        ? ''
        : answer
            .slice(marker + 4)
            .trim()
            .replace(/,/g, '');
    if (gold === '') throw new Error("field 'answer' has no final '#### <number>' line");
    const steps = answer
      .slice(0, marker)
      .split('\n')
      .filter((line) => line.trim() !== '').length;
    const key = recordKey(record);
    return [
      buildMathTask({
        id: `gsm8k/${key}`,
        source: 'gsm8k',
        question,
        gold,
        difficulty: clampDifficulty((steps - 1) / 8),
        meta: { dataset: 'gsm8k', record: key, steps },
      }),
    ];
  });
}

import { z } from 'zod';
import { buildMathTask, recordKey } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { lastBoxed } from './lastBoxed.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const MathRecord = z.object({
  problem: z.string(),
  solution: z.string(),
  level: z.string().optional(),
  type: z.string().optional(),
  idx: z.number().optional(),
  unique_id: z.string().optional(),
});

/** `Level 1` … `Level 5` → 0 … 1; `Level ?` (present in MATH) and missing levels → 0.5. */
export function mathLevelDifficulty(level: string | undefined): number {
  const n = Number(/(\d)/.exec(level ?? '')?.[1]);
  return n >= 1 && n <= 5 ? (n - 1) / 4 : 0.5;
}

/** MATH (JSON Lines `{problem, level, type, solution}`): gold is the last `\boxed{…}` of the solution. */
export function importMath(text: string): ImportResult {
  const batch = validateRecords(
    readRecords(text, 'math', 'MATH records {problem, level, type, solution}'),
    MathRecord,
  );
  return buildTasks('math', batch, (record) => {
    const rec = record.value;
    const gold = lastBoxed(rec.solution);
    if (gold === null || gold === '') throw new Error("field 'solution' has no \\boxed{…} answer");
    const key = rec.idx ?? recordKey(record);
    const meta: Record<string, string | number> = { dataset: 'math', record: key };
    if (rec.level !== undefined) meta['level'] = rec.level;
    if (rec.type !== undefined) meta['subject'] = rec.type;
    if (rec.unique_id !== undefined) meta['uniqueId'] = rec.unique_id;
    return [
      buildMathTask({
        id: `math/${key}`,
        source: 'math',
        question: rec.problem,
        gold,
        difficulty: mathLevelDifficulty(rec.level),
        meta,
      }),
    ];
  });
}

import { z } from 'zod';
import { buildCodeTask, clampDifficulty, codeLines } from './buildTask.ts';
import { docstringTests } from './docstringTests.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const HumanEvalRecord = z.object({
  task_id: z.string(),
  prompt: z.string(),
  entry_point: z.string(),
  canonical_solution: z.string(),
  test: z.string(),
});

/**
 * Docstring examples that contradict the canonical solution (checked by running every parsed example against it):
 * HumanEval/47's median example says 15.0 where the median is 8.0, and HumanEval/130 states its recurrence in the
 * same `tri(n) = v` form as its examples although `tri` returns a list.
 */
export const HUMANEVAL_WRONG_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'HumanEval/47': ['assert abs(median([-10, 4, 6, 1000, 10, 20]) - 15.0) < 1e-6'],
  'HumanEval/130': ['assert tri(1) == 3', 'assert tri(4) == 3'],
};

/**
 * HumanEval (JSON Lines): format 'humaneval'. The starter and question are `prompt`, the solution is `prompt +
 * canonical_solution`, the hidden test is the `test` text defining `check(candidate)` (run as `check(entry_point)`),
 * and the public tests are the docstring examples as asserts where they parse (none for 30 of 164 tasks).
 * Difficulty: canonical solution length, (lines − 1) / 15.
 */
export function importHumanEval(text: string): ImportResult {
  const expected = 'HumanEval records {task_id, prompt, entry_point, canonical_solution, test}';
  const batch = validateRecords(readRecords(text, 'humaneval', expected), HumanEvalRecord);
  return buildTasks('humaneval', batch, (record) => {
    const rec = record.value;
    const wrong = HUMANEVAL_WRONG_EXAMPLES[rec.task_id] ?? [];
    const publicTests = docstringTests(rec.prompt, rec.entry_point).filter((t) => !wrong.includes(t));
    return [
      buildCodeTask({
        id: `humaneval/${rec.task_id.replace(/^HumanEval\//, '')}`,
        source: 'humaneval',
        question: rec.prompt,
        difficulty: clampDifficulty((codeLines(rec.canonical_solution) - 1) / 15),
        spec: {
          format: 'humaneval',
          entryPoint: rec.entry_point,
          publicTests,
          hiddenTests: [rec.test],
          solution: rec.prompt + rec.canonical_solution,
          starter: rec.prompt,
        },
        mutable: { code: rec.canonical_solution, wrap: (body) => rec.prompt + body },
        meta: { dataset: 'humaneval', record: rec.task_id },
      }),
    ];
  });
}

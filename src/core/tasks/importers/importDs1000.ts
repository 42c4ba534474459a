import { z } from 'zod';
import { buildCodeTask, clampDifficulty } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const Ds1000Record = z.object({
  prompt: z.string(),
  reference_code: z.string(),
  code_context: z.string(),
  metadata: z.object({
    problem_id: z.number(),
    library_problem_id: z.number().optional(),
    library: z.string(),
    test_case_cnt: z.number().optional(),
    perturbation_type: z.string().optional(),
    perturbation_origin_id: z.number().optional(),
  }),
});

/** Perturbed problems are harder than the originals; DS-1000 reports the lowest scores on Difficult-Rewrite. */
const PERTURBATION_DIFFICULTY: Readonly<Record<string, number>> = {
  Origin: 0.4,
  Surface: 0.45,
  Semantic: 0.55,
  'Difficult-Rewrite': 0.75,
};

/**
 * The harness restricted to its first generated test case: `for i in range(N):` inside `test_execution` becomes
 * `range(1)` (all 200 sample records have exactly this loop). Unchanged when there is no such loop.
 */
export function ds1000PublicHarness(codeContext: string): string {
  const at = codeContext.indexOf('def test_execution(');
  if (at < 0) return codeContext;
  const rest = codeContext.slice(at).replace(/for i in range\(\d+\):/, 'for i in range(1):');
  return codeContext.slice(0, at) + rest;
}

/**
 * DS-1000 (JSON Lines): format 'ds1000'. The question is `prompt` (problem plus code skeleton), the solution is
 * `reference_code` (the snippet that replaces `[insert]`), and the test is the whole `code_context` harness
 * (`test_execution`, plus `test_string` when defined). Public test: the harness run on its first generated case
 * only ({@link ds1000PublicHarness}); hidden test: the full harness. Difficulty by perturbation type (Origin 0.4 … Difficult-Rewrite 0.75).
 */
export function importDs1000(text: string): ImportResult {
  const expected = 'DS-1000 records {prompt, reference_code, code_context, metadata}';
  const batch = validateRecords(readRecords(text, 'ds1000', expected), Ds1000Record);
  return buildTasks('ds1000', batch, (record) => {
    const rec = record.value;
    const meta = rec.metadata;
    const perturbation = meta.perturbation_type ?? 'Origin';
    return [
      buildCodeTask({
        id: `ds1000/${meta.problem_id}`,
        source: 'ds1000',
        question: rec.prompt,
        difficulty: clampDifficulty(PERTURBATION_DIFFICULTY[perturbation] ?? 0.5),
        spec: {
          format: 'ds1000',
          publicTests: [ds1000PublicHarness(rec.code_context)],
          hiddenTests: [rec.code_context],
          solution: rec.reference_code,
        },
        meta: {
          dataset: 'ds1000',
          record: meta.problem_id,
          library: meta.library,
          perturbation,
          testCases: meta.test_case_cnt ?? 1,
          usesTestString: rec.code_context.includes('test_string('),
        },
      }),
    ];
  });
}

import { z } from 'zod';
import type { Task } from '../types.ts';
import { buildCodeTask, clampDifficulty, codeLines, recordKey } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, type PositionedRecord, readRecords, validateRecords } from './readRecords.ts';

const Sanitized = z.object({
  task_id: z.number(),
  prompt: z.string(),
  code: z.string(),
  test_imports: z.array(z.string()),
  test_list: z.array(z.string()).min(1),
  source_file: z.string().optional(),
});
const Full = z.object({
  task_id: z.number(),
  text: z.string(),
  code: z.string(),
  test_setup_code: z.string(),
  test_list: z.array(z.string()).min(1),
  challenge_test_list: z.array(z.string()).optional(),
});
type MbppRecord = z.infer<typeof Sanitized> | z.infer<typeof Full>;

/** Official MBPP splits by task id: 1–10 prompt, 11–510 test, 511–600 validation, 601–974 train. */
export function mbppSplit(taskId: number): 'prompt' | 'test' | 'validation' | 'train' {
  if (taskId <= 10) return 'prompt';
  if (taskId <= 510) return 'test';
  return taskId <= 600 ? 'validation' : 'train';
}

/** The function the tests call: the first `def` of the solution whose name appears in a test. */
export function mbppEntryPoint(code: string, tests: readonly string[]): string | undefined {
  const names = [...code.matchAll(/^def\s+([A-Za-z_]\w*)\s*\(/gm)].map((m) => m[1] ?? '');
  return names.find((name) => tests.some((t) => new RegExp(`\\b${name}\\s*\\(`).test(t)));
}

const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

function buildMbpp(rec: MbppRecord): Task {
  const sanitized = 'prompt' in rec;
  const solution = lf(rec.code);
  const tests = rec.test_list.map(lf);
  const setup = lf(sanitized ? rec.test_imports.join('\n') : rec.test_setup_code).trim();
  const entryPoint = mbppEntryPoint(solution, tests);
  const challenge = sanitized ? 0 : (rec.challenge_test_list ?? []).length;
  return buildCodeTask({
    id: sanitized ? `mbpp/sanitized/${rec.task_id}` : `mbpp/${rec.task_id}`,
    source: 'mbpp',
    question: sanitized ? rec.prompt : rec.text,
    difficulty: clampDifficulty((codeLines(solution) - 2) / 12),
    spec: {
      format: 'asserts',
      ...(entryPoint !== undefined ? { entryPoint } : {}),
      ...(setup !== '' ? { setup } : {}),
      publicTests: tests.slice(0, 1),
      hiddenTests: tests,
      solution,
    },
    meta: {
      dataset: 'mbpp',
      variant: sanitized ? 'sanitized' : 'full',
      record: rec.task_id,
      split: mbppSplit(rec.task_id),
      ...(challenge > 0 ? { challengeTests: challenge } : {}),
    },
  });
}

/**
 * MBPP, sanitized (a JSON array of `{task_id, prompt, code, test_imports, test_list}`) or full (JSON Lines of
 * `{task_id, text, code, test_setup_code, test_list, challenge_test_list}`, `\r\n` code, normalised to `\n`); the
 * variant is read per record. Tests: the first assert is public (shown, run by Test); the hidden (scoring) set is
 * every assert of `test_list`, as MBPP scores; `challenge_test_list` is not used. Setup is `test_imports` or `test_setup_code`.
 */
export function importMbpp(text: string): ImportResult {
  const expected = 'MBPP records {task_id, prompt|text, code, test_list}';
  const raw = readRecords(text, 'mbpp', expected);
  // The variant is chosen per record by its question field, so a bad record is reported against its own schema.
  const isSanitized = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && 'prompt' in value;
  const sanitized = validateRecords(
    { records: raw.records.filter((r) => isSanitized(r.value)), problems: [] },
    Sanitized,
  );
  const full = validateRecords(
    { records: raw.records.filter((r) => !isSanitized(r.value)), problems: [] },
    Full,
  );
  const records: PositionedRecord<MbppRecord>[] = [...sanitized.records, ...full.records];
  records.sort((a, b) => recordKey(a) - recordKey(b));
  const problems = [...raw.problems, ...sanitized.problems, ...full.problems];
  return buildTasks('mbpp', { records, problems }, (record) => [buildMbpp(record.value)]);
}

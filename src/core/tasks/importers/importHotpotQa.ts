import { z } from 'zod';
import { buildQaTask, recordKey } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const HotpotRecord = z.object({
  _id: z.union([z.string(), z.number()]).optional(),
  question: z.string(),
  answer: z.string(),
  context: z.array(z.tuple([z.string(), z.array(z.string())])),
  supporting_facts: z.array(z.tuple([z.string(), z.number()])).optional(),
  type: z.string().optional(),
  level: z.string().optional(),
});

const LEVEL_DIFFICULTY: Readonly<Record<string, number>> = { easy: 0.3, medium: 0.5, hard: 0.7 };

/** HotpotQA's `[[title, [sentence, …]], …]` as one passage: `title: sentences` paragraphs separated by blank lines. */
export function hotpotContext(paragraphs: readonly (readonly [string, readonly string[]])[]): string {
  return paragraphs.map(([title, sentences]) => `${title}: ${sentences.join('').trim()}`).join('\n\n');
}

/**
 * HotpotQA (JSON Lines, or the official JSON array): the 10 paragraphs (with the distractor paragraphs) become
 * the context, gold is `answer`. Difficulty from `level`: easy 0.3, medium 0.5, hard 0.7; comparison +0.05.
 */
export function importHotpotQa(text: string): ImportResult {
  const expected = 'HotpotQA records {_id, question, answer, context}';
  const batch = validateRecords(readRecords(text, 'hotpotqa', expected), HotpotRecord);
  return buildTasks('hotpotqa', batch, (record) => {
    const rec = record.value;
    const key = String(rec._id ?? recordKey(record));
    const meta: Record<string, string | number> = { dataset: 'hotpotqa', record: key };
    if (rec.type !== undefined) meta['questionType'] = rec.type;
    if (rec.level !== undefined) meta['level'] = rec.level;
    if (rec.supporting_facts !== undefined) meta['supportingFacts'] = rec.supporting_facts.length;
    const base = LEVEL_DIFFICULTY[rec.level ?? ''] ?? 0.5;
    return [
      buildQaTask({
        id: `hotpotqa/${key}`,
        source: 'hotpotqa',
        question: rec.question,
        context: hotpotContext(rec.context),
        gold: [rec.answer],
        difficulty: base + (rec.type === 'comparison' ? 0.05 : 0),
        meta,
      }),
    ];
  });
}

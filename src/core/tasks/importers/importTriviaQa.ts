import { z } from 'zod';
import { buildQaTask, uniqueStrings } from './buildTask.ts';
import { datasetError, type ImportResult } from './importResult.ts';
import { buildTasks, parseJsonDocument, validateRecords } from './readRecords.ts';

const TriviaFile = z.object({ Data: z.array(z.unknown()) });
const TriviaRecord = z.object({
  Question: z.string(),
  QuestionId: z.string(),
  QuestionSource: z.string().optional(),
  Answer: z.object({
    Value: z.string(),
    Aliases: z.array(z.string()).optional(),
    NormalizedAliases: z.array(z.string()).optional(),
    Type: z.string().optional(),
  }),
  EntityPages: z.array(z.object({ Title: z.string().optional() })).optional(),
  SearchResults: z
    .array(z.object({ Title: z.string().optional(), Description: z.string().optional() }))
    .optional(),
});

/**
 * TriviaQA (the official `{Data: [...], Domain, Version}` JSON): open-domain, no passage given; gold is
 * `Answer.Value` plus its `Aliases`. Distractors come from the evidence titles and snippets (names the question
 * is about but are not the answer) and other questions' answers. No difficulty field: 0.5 for all.
 */
export function importTriviaQa(text: string): ImportResult {
  const expected = 'the TriviaQA JSON {Data: [{Question, QuestionId, Answer: {Value, Aliases}}], Version}';
  const doc = TriviaFile.safeParse(parseJsonDocument(text, 'triviaqa', expected));
  if (!doc.success) throw datasetError('triviaqa', `expected ${expected}; there is no 'Data' array`);
  const batch = validateRecords(
    { records: doc.data.Data.map((value, index) => ({ value, index })), problems: [] },
    TriviaRecord,
  );
  const pool = batch.records.map((r) => r.value.Answer.Value);
  return buildTasks('triviaqa', batch, (record) => {
    const rec = record.value;
    const evidence = [
      ...(rec.EntityPages ?? []).map((page) => page.Title ?? ''),
      ...(rec.SearchResults ?? []).flatMap((result) => [result.Title ?? '', result.Description ?? '']),
    ];
    const meta: Record<string, string | number> = { dataset: 'triviaqa', record: rec.QuestionId };
    if (rec.QuestionSource !== undefined) meta['questionSource'] = rec.QuestionSource;
    if (rec.Answer.Type !== undefined) meta['answerType'] = rec.Answer.Type;
    return [
      buildQaTask({
        id: `triviaqa/${rec.QuestionId}`,
        source: 'triviaqa',
        question: rec.Question,
        gold: uniqueStrings([rec.Answer.Value, ...(rec.Answer.Aliases ?? [])]),
        difficulty: 0.5,
        hints: { passage: evidence.join('\n'), pool },
        meta,
      }),
    ];
  });
}

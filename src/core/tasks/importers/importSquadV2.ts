import { z } from 'zod';
import { buildQaTask, uniqueStrings } from './buildTask.ts';
import { datasetError, type ImportResult } from './importResult.ts';
import { buildTasks, parseJsonDocument, type RecordBatch, validateRecords } from './readRecords.ts';

const SquadFile = z.object({
  data: z.array(z.object({ title: z.string().optional(), paragraphs: z.array(z.unknown()) })),
});
const SquadAnswer = z.object({ text: z.string() });
const SquadQuestion = z.object({
  id: z.string(),
  question: z.string(),
  answers: z.array(SquadAnswer),
  is_impossible: z.boolean().optional(),
  plausible_answers: z.array(SquadAnswer).optional(),
});
const SquadParagraph = z.object({ context: z.string(), qas: z.array(z.unknown()) });

interface SquadItem {
  title: string;
  context: string;
  qa: unknown;
}

/** Flattens articles → paragraphs → questions; each question gets its 0-based position as `index`. */
function flatten(doc: z.infer<typeof SquadFile>): RecordBatch<SquadItem> {
  const batch: RecordBatch<SquadItem> = { records: [], problems: [] };
  doc.data.forEach((article, a) => {
    article.paragraphs.forEach((raw, p) => {
      const paragraph = SquadParagraph.safeParse(raw);
      if (!paragraph.success) {
        const message = `article ${a} paragraph ${p}: needs {context: string, qas: array}`;
        batch.problems.push({ index: batch.records.length, message });
        return;
      }
      for (const qa of paragraph.data.qas) {
        batch.records.push({
          index: batch.records.length,
          value: { title: article.title ?? '', context: paragraph.data.context, qa },
        });
      }
    });
  });
  return batch;
}

/**
 * SQuAD v2.0 (the official nested JSON): one task per question with its paragraph as context. Gold is the distinct
 * annotator answers, or `['']` for an unanswerable question, whose distractors start with the dataset's
 * `plausible_answers`. Difficulty: 0.35 answerable, 0.6 unanswerable, +0.1 when annotators disagree.
 */
export function importSquadV2(text: string): ImportResult {
  const expected = 'the SQuAD v2 JSON {version, data: [{title, paragraphs: [{context, qas}]}]}';
  const doc = SquadFile.safeParse(parseJsonDocument(text, 'squad_v2', expected));
  if (!doc.success) throw datasetError('squad_v2', `expected ${expected}; the top level does not match`);
  const items = flatten(doc.data);
  const questions = validateRecords(
    {
      records: items.records.map((r) => ({ index: r.index ?? 0, value: r.value.qa })),
      problems: items.problems,
    },
    SquadQuestion,
  );
  const byIndex = new Map(items.records.map((r) => [r.index, r.value]));
  return buildTasks('squad_v2', questions, (record) => {
    const qa = record.value;
    const item = byIndex.get(record.index);
    if (item === undefined) throw new Error('question without paragraph');
    const impossible = qa.is_impossible ?? qa.answers.length === 0;
    const answers = uniqueStrings(qa.answers.map((a) => a.text));
    if (!impossible && answers.length === 0)
      throw new Error(`question ${qa.id} has no answers and is not marked impossible`);
    const gold = impossible ? [''] : answers;
    return [
      buildQaTask({
        id: `squad_v2/${qa.id}`,
        source: 'squad_v2',
        question: qa.question,
        context: item.context,
        gold,
        difficulty: (impossible ? 0.6 : 0.35) + (answers.length > 1 ? 0.1 : 0),
        hints: { plausible: uniqueStrings((qa.plausible_answers ?? []).map((a) => a.text)) },
        meta: { dataset: 'squad_v2', record: qa.id, title: item.title, isImpossible: impossible },
      }),
    ];
  });
}

import { z } from 'zod';
import type { Task } from '../types.ts';
import { clampDifficulty, recordKey, taskRng } from './buildTask.ts';
import type { ImportResult } from './importResult.ts';
import { mathPrograms } from './mathPrograms.ts';
import { parseMathQaOptions } from './parseMathQaOptions.ts';
import { buildTasks, readRecords, validateRecords } from './readRecords.ts';

const MathQaRecord = z.object({
  Problem: z.string(),
  options: z.string(),
  correct: z.string().regex(/^[a-jA-J]$/, 'expected one option letter'),
  Rationale: z.string().optional(),
  linear_formula: z.string().optional(),
  category: z.string().optional(),
});

/** Options as the letters the operators display (A, B, …), for gold and distractors alike. */
const letterAt = (i: number): string => String.fromCharCode(65 + i);

/**
 * MathQA (the official JSON array, or JSON Lines): multiple choice. Choices are parsed from the `options` string;
 * gold is the correct letter in upper case, as the operators display choices (A., B., …); distractors are 3
 * other letters. Difficulty: the number of operations in `linear_formula`, (ops − 1) / 8.
 */
export function importMathQa(text: string): ImportResult {
  const expected = 'MathQA records {Problem, options, correct}';
  const batch = validateRecords(readRecords(text, 'mathqa', expected), MathQaRecord);
  return buildTasks('mathqa', batch, (record): Task[] => {
    const rec = record.value;
    const choices = parseMathQaOptions(rec.options);
    if (choices === null) throw new Error(`field 'options': cannot read choices from "${rec.options}"`);
    const correct = rec.correct.toLowerCase().charCodeAt(0) - 97;
    if (correct >= choices.length)
      throw new Error(`field 'correct': '${rec.correct}' is not among the options`);
    const key = recordKey(record);
    const id = `mathqa/${key}`;
    const rng = taskRng(id, 'distractors');
    const others = choices.map((_, i) => i).filter((i) => i !== correct);
    const wrong: string[] = [];
    while (others.length > 0 && wrong.length < 3)
      wrong.push(letterAt(others.splice(rng.int(others.length), 1)[0] ?? 0));
    const ops = (rec.linear_formula ?? '').split('|').filter((op) => op.trim() !== '').length;
    const meta: Record<string, string | number> = { dataset: 'mathqa', record: key, correct: rec.correct };
    if (rec.category !== undefined) meta['category'] = rec.category;
    const gold = letterAt(correct);
    return [
      {
        id,
        source: 'mathqa',
        type: 'mc',
        metric: 'mc',
        question: rec.Problem,
        choices,
        gold: [gold],
        difficulty: clampDifficulty(ops === 0 ? 0.5 : (ops - 1) / 8),
        distractors: wrong,
        programs: mathPrograms(gold, wrong),
        meta,
      },
    ];
  });
}

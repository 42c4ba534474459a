import { z } from 'zod';
import { buildMathTask } from './buildTask.ts';
import { comparePaths, dirOf, normalizeFolder } from './folderFiles.ts';
import { datasetError, type DatasetInput, type ImportProblem, type ImportResult } from './importResult.ts';
import { buildTasks, readRecords, type RecordBatch, validateRecords } from './readRecords.ts';

interface AimeItem {
  paper: string;
  number: number;
  problem: string;
  answer: string;
}

/** AIME is hard throughout and harder towards problem 15: 0.6 + 0.4·(n − 1)/14. */
export function aimeDifficulty(problemNumber: number): number {
  return 0.6 + (0.4 * (Math.min(15, Math.max(1, problemNumber)) - 1)) / 14;
}

function readAnswers(csv: string): Map<number, string> | null {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0]?.replace(/\s/g, '') !== 'id,answer') return null;
  return new Map(
    lines
      .slice(1)
      .map((line) => line.split(',').map((c) => c.trim()))
      .map(([id, ans]) => [Number(id), ans ?? '']),
  );
}

/** MathArena folders: `<paper>/answers.csv` (`id,answer`) beside `<paper>/problems/<id>.tex`. */
function fromFolder(files: Readonly<Record<string, string>>): RecordBatch<AimeItem> {
  const folder = normalizeFolder(files);
  const csvPaths = [...folder.keys()].filter((p) => p.endsWith('answers.csv')).sort(comparePaths);
  if (csvPaths.length === 0) {
    throw datasetError('aime2025', 'expected a folder with <paper>/answers.csv and <paper>/problems/<n>.tex');
  }
  const records: RecordBatch<AimeItem>['records'] = [];
  const problems: ImportProblem[] = [];
  for (const csvPath of csvPaths) {
    const dir = dirOf(csvPath);
    const paper = (/aime_\d{4}_([A-Za-z]+)\/$/.exec(dir)?.[1] ?? dir.replace(/\/$/, '')) || 'I';
    const answers = readAnswers(folder.get(csvPath) ?? '');
    if (answers === null) throw datasetError('aime2025', `${csvPath} must start with the header 'id,answer'`);
    const texPaths = [...folder.keys()].filter((p) => p.startsWith(`${dir}problems/`) && p.endsWith('.tex'));
    for (const texPath of texPaths.sort(comparePaths)) {
      const number = Number(/(\d+)\.tex$/.exec(texPath)?.[1]);
      const answer = answers.get(number);
      const index = records.length + problems.length;
      if (answer === undefined)
        problems.push({ index, message: `${texPath}: no row ${number} in ${csvPath}` });
      else records.push({ index, value: { paper, number, problem: folder.get(texPath) ?? '', answer } });
    }
    for (const id of answers.keys()) {
      if (!texPaths.some((p) => p.endsWith(`/${id}.tex`))) {
        problems.push({
          index: records.length + problems.length,
          message: `${csvPath}: answer ${id} has no problems/${id}.tex`,
        });
      }
    }
  }
  return { records, problems };
}

const AimeLine = z.object({
  problem: z.string(),
  answer: z.union([z.string(), z.number()]),
  problem_idx: z.number().optional(),
  id: z.union([z.string(), z.number()]).optional(),
});

/** The Hugging Face form (`MathArena/aime_2025`): JSON Lines `{problem_idx, problem, answer}`. */
function fromJsonl(text: string): RecordBatch<AimeItem> {
  const batch = validateRecords(
    readRecords(text, 'aime2025', 'AIME records {problem_idx, problem, answer}'),
    AimeLine,
  );
  return {
    problems: batch.problems,
    records: batch.records.map((r, i) => {
      const number = r.value.problem_idx ?? Number(r.value.id ?? i + 1);
      const paper = number > 15 ? 'II' : 'I';
      const value = {
        paper,
        number: ((number - 1) % 15) + 1,
        problem: r.value.problem,
        answer: String(r.value.answer),
      };
      return { ...r, value };
    }),
  };
}

/**
 * AIME 2025 I and II: a folder map (`aime_2025_I/answers.csv`, `aime_2025_I/problems/1.tex`, …) or JSON Lines with
 * `{problem_idx, problem, answer}` (problems 16–30 are paper II). Gold is the integer answer, 0–999.
 */
export function importAime2025(input: DatasetInput): ImportResult {
  const batch = typeof input === 'string' ? fromJsonl(input) : fromFolder(input);
  return buildTasks('aime2025', batch, (record) => {
    const { paper, number, problem, answer } = record.value;
    if (!/^\d{1,3}$/.test(answer.trim()))
      throw new Error(`answer '${answer}' of ${paper}-${number} is not an integer 0–999`);
    const gold = String(Number(answer.trim()));
    return [
      buildMathTask({
        id: `aime2025/${paper}-${number}`,
        source: 'aime2025',
        question: problem.trim(),
        gold,
        difficulty: aimeDifficulty(number),
        meta: { dataset: 'aime2025', paper, problem: number },
        accept: (candidate) => /^\d{1,3}$/.test(candidate),
      }),
    ];
  });
}

import { z } from 'zod';
import type { Task } from '../types.ts';
import { buildCodeTask, recordKey } from './buildTask.ts';
import { comparePaths, dirOf, normalizeFolder } from './folderFiles.ts';
import { datasetError, type DatasetInput, type ImportResult } from './importResult.ts';
import {
  buildTasks,
  type PositionedRecord,
  readRecords,
  type RecordBatch,
  validateRecords,
} from './readRecords.ts';

/** How many leading io cases are public (run by the Test operator); scoring runs every case. */
export const APPS_PUBLIC_CASES = 1;

const DIFFICULTY: Readonly<Record<string, number>> = { introductory: 0.3, interview: 0.6, competition: 0.9 };
const InputOutput = z.object({
  inputs: z.array(z.unknown()).min(1),
  outputs: z.array(z.unknown()).min(1),
  fn_name: z.string().optional(),
});
const AppsLine = z.object({
  problem_id: z.union([z.number(), z.string()]).optional(),
  question: z.string(),
  difficulty: z.string().optional(),
  starter_code: z.string().optional(),
  input_output: z.union([z.string(), z.record(z.string(), z.unknown())]),
  solutions: z.union([z.string(), z.array(z.string())]).optional(),
  url: z.string().optional(),
});

interface AppsItem {
  key: string;
  question: string;
  difficulty: string;
  starter: string;
  io: unknown;
  solutions: unknown;
  url: string;
}

function parseMaybeJson(value: unknown, field: string): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new Error(`field '${field}' is not valid JSON`);
  }
}

/** The original layout: `<dir>/question.txt`, `input_output.json`, `solutions.json`, `metadata.json`, `starter_code.py`. */
function fromFolder(files: Readonly<Record<string, string>>): RecordBatch<AppsItem> {
  const folder = normalizeFolder(files);
  const dirs = [...folder.keys()]
    .filter((p) => p.endsWith('question.txt'))
    .map(dirOf)
    .sort(comparePaths);
  if (dirs.length === 0)
    throw datasetError('apps', 'expected a folder with <problem>/question.txt and input_output.json');
  const records = dirs.map((dir, index): PositionedRecord<AppsItem> => {
    const metadata = folder.get(`${dir}metadata.json`);
    let meta: { difficulty?: unknown; url?: unknown } = {};
    try {
      meta = metadata === undefined ? {} : (JSON.parse(metadata) as typeof meta);
    } catch {
      meta = {};
    }
    const value: AppsItem = {
      key: dir.replace(/\/$/, '') || String(index),
      question: folder.get(`${dir}question.txt`) ?? '',
      difficulty: typeof meta.difficulty === 'string' ? meta.difficulty : '',
      starter: folder.get(`${dir}starter_code.py`) ?? '',
      io: folder.get(`${dir}input_output.json`) ?? '',
      solutions: folder.get(`${dir}solutions.json`) ?? '',
      url: typeof meta.url === 'string' ? meta.url : '',
    };
    return { index, value };
  });
  return { records, problems: [] };
}

/** The Hugging Face `codeparrot/apps` form: JSON Lines whose `input_output` and `solutions` are JSON strings. */
function fromJsonl(text: string): RecordBatch<AppsItem> {
  const batch = validateRecords(
    readRecords(text, 'apps', 'APPS records {problem_id, question, input_output}'),
    AppsLine,
  );
  return {
    problems: batch.problems,
    records: batch.records.map((r) => ({
      ...r,
      value: {
        key: String(r.value.problem_id ?? recordKey(r)),
        question: r.value.question,
        difficulty: r.value.difficulty ?? '',
        starter: r.value.starter_code ?? '',
        io: r.value.input_output,
        solutions: r.value.solutions ?? '',
        url: r.value.url ?? '',
      },
    })),
  };
}

function buildApps(item: AppsItem): Task {
  const io = InputOutput.safeParse(parseMaybeJson(item.io, 'input_output'));
  if (!io.success)
    throw new Error(`problem ${item.key}: 'input_output' needs non-empty inputs and outputs arrays`);
  const { inputs, outputs, fn_name: fnName } = io.data;
  if (inputs.length !== outputs.length)
    throw new Error(`problem ${item.key}: ${inputs.length} inputs but ${outputs.length} outputs`);
  const solutions = parseMaybeJson(item.solutions, 'solutions');
  const solution = Array.isArray(solutions) && typeof solutions[0] === 'string' ? solutions[0] : '';
  return buildCodeTask({
    id: `apps/${item.key}`,
    source: 'apps',
    question: item.question,
    difficulty: DIFFICULTY[item.difficulty] ?? 0.5,
    spec: {
      format: fnName === undefined ? 'stdio' : 'call',
      ...(fnName !== undefined ? { entryPoint: fnName } : {}),
      publicTests: [],
      hiddenTests: [],
      io: { inputs, outputs, ...(fnName !== undefined ? { fnName } : {}), publicCount: APPS_PUBLIC_CASES },
      solution,
      ...(item.starter.trim() !== '' ? { starter: item.starter } : {}),
    },
    meta: {
      dataset: 'apps',
      record: item.key,
      difficulty: item.difficulty,
      cases: inputs.length,
      solutions: Array.isArray(solutions) ? solutions.length : 0,
      ...(item.url !== '' ? { url: item.url } : {}),
    },
  });
}

/**
 * APPS, in its original folder layout (a map of relative path → text) or as Hugging Face JSON Lines. Problems
 * with `fn_name` are call-based ('call'), the others stdin/stdout ('stdio'); cases live in `io` (publicTests and
 * hiddenTests stay empty): the first {@link APPS_PUBLIC_CASES} case is public, scoring runs every case. Records without solutions get an empty solution.
 */
export function importApps(input: DatasetInput): ImportResult {
  const batch = typeof input === 'string' ? fromJsonl(input) : fromFolder(input);
  return buildTasks('apps', batch, (record) => [buildApps(record.value)]);
}

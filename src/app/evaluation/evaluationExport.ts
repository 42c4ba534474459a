import type { MeanInterval } from '../../core/training/meanInterval.ts';
import type {
  ContenderResult,
  EvaluationRequest,
  TaskSetSpec,
} from '../../workers/evaluation/evaluationTypes.ts';

/** What an export describes: the settings of the run and its measured rows. */
export interface EvaluationReport {
  status: 'done' | 'cancelled';
  seed: number;
  profile: string;
  taskSets: TaskSetSpec[];
  seconds: number;
  results: ContenderResult[];
}

// Spreadsheets run a cell that starts like a formula; a checkpoint name is user text, so neutralise it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula-like text is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const intervalFields = (m: MeanInterval | undefined): (number | null)[] =>
  m ? [round(m.mean), round(m.low), round(m.high), m.n] : [null, null, null, null];

/** The results as CSV: one row per contender, mean/low/high/n per suite and overall, then the cost columns. */
export function toCsv(results: readonly ContenderResult[], suites: readonly string[]): string {
  const stats = (name: string) => [`${name} mean`, `${name} low`, `${name} high`, `${name} n`];
  const header = [
    'contender',
    'group',
    'kind',
    'detail',
    ...suites.flatMap(stats),
    ...stats('overall'),
    'shortcut rate',
    'mean turns',
    'tokens per task',
    'seconds',
  ];
  const rows = results.map((r) => [
    r.label,
    r.group,
    r.kind,
    r.detail,
    ...suites.flatMap((s) => intervalFields(r.perSuite[s])),
    ...intervalFields(r.overall),
    round(r.shortcutRate),
    r.meanTurns === null ? null : round(r.meanTurns),
    Math.round(r.tokensPerTask),
    round(r.seconds),
  ]);
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The whole report as versioned JSON (settings and full rows), for scripts and later comparison. */
export function toJson(report: EvaluationReport): string {
  return JSON.stringify({ format: 'flowsteer-evaluation', version: 1, ...report }, null, 2);
}

/** The report of a finished run, from the request it answered. */
export function reportOf(
  request: EvaluationRequest,
  outcome: { status: 'done' | 'cancelled'; seconds: number; results: ContenderResult[] },
): EvaluationReport {
  return {
    status: outcome.status,
    seed: request.seed,
    profile: request.profile,
    taskSets: request.taskSets,
    seconds: outcome.seconds,
    results: outcome.results,
  };
}

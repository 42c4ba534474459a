import type { MeanInterval } from '../../core/training/meanInterval.ts';
import type { ContenderGroup, ContenderResult } from '../../workers/evaluation/evaluationTypes.ts';

/** A sortable column: the contender's name, a suite's score, the overall score, or one of the cost columns. */
export type ColumnKey = 'contender' | 'overall' | `suite:${string}` | 'shortcutRate' | 'meanTurns' | 'tokens';

/** One column of the results table. */
export interface TableColumn {
  key: ColumnKey;
  label: string;
  /** Score columns show a mean with its interval and mark the best row. */
  score: boolean;
}

/** The sort order the user picked. */
export interface TableSort {
  key: ColumnKey;
  direction: 'asc' | 'desc';
}

/** Rows of one group, in display order. */
export interface RowGroup {
  group: ContenderGroup;
  label: string;
  rows: ContenderResult[];
}

/** The table's groups in order: the user's own contenders first, then the reference baselines. */
export const GROUP_LABELS: Record<ContenderGroup, string> = {
  yours: 'Yours',
  baseline: 'Baselines',
};

/** The columns for the suites evaluated: contender, one per suite, overall, then shortcut rate, turns, tokens. */
export function tableColumns(suites: readonly string[]): TableColumn[] {
  return [
    { key: 'contender', label: 'Contender', score: false },
    ...suites.map((s): TableColumn => ({ key: `suite:${s}`, label: s, score: true })),
    { key: 'overall', label: 'Overall', score: true },
    { key: 'shortcutRate', label: 'Shortcut rate', score: false },
    { key: 'meanTurns', label: 'Mean turns', score: false },
    { key: 'tokens', label: 'Tokens per task', score: false },
  ];
}

/** The suites that appear in any row, in first-seen order, so columns follow the order the user picked. */
export function suitesOf(rows: readonly ContenderResult[], preferred: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const s of preferred) if (rows.some((r) => r.perSuite[s])) seen.add(s);
  for (const r of rows) for (const s of Object.keys(r.perSuite)) seen.add(s);
  return [...seen];
}

/** The interval of a score column for a row (undefined when the row has no task of that suite). */
export function scoreCell(row: ContenderResult, key: ColumnKey): MeanInterval | undefined {
  if (key === 'overall') return row.overall;
  if (key.startsWith('suite:')) return row.perSuite[key.slice('suite:'.length)];
  return undefined;
}

/** The number a column sorts by (null sorts last), or the label for the contender column. */
export function cellValue(row: ContenderResult, key: ColumnKey): number | string | null {
  if (key === 'contender') return row.label;
  if (key === 'shortcutRate') return row.shortcutRate;
  if (key === 'meanTurns') return row.meanTurns;
  if (key === 'tokens') return row.tokensPerTask;
  return scoreCell(row, key)?.mean ?? null;
}

/** "0.83 (0.71–0.92)": the mean and its 95% interval to two decimals; an en dash when there is no data. */
export function formatInterval(value: MeanInterval | undefined): string {
  if (!value || value.n === 0) return '–';
  return `${value.mean.toFixed(2)} (${value.low.toFixed(2)}–${value.high.toFixed(2)})`;
}

/** The ids of the rows with the highest mean in a score column (all of them on a tie); empty otherwise. */
export function bestInColumn(rows: readonly ContenderResult[], key: ColumnKey): Set<string> {
  let best = -Infinity;
  const ids = new Set<string>();
  for (const row of rows) {
    const cell = scoreCell(row, key);
    if (!cell || cell.n === 0) continue;
    // Means of the same tasks can differ in the last bits only by summation order; treat those as ties.
    if (cell.mean > best + 1e-9) {
      best = cell.mean;
      ids.clear();
      ids.add(row.id);
    } else if (Math.abs(cell.mean - best) <= 1e-9) {
      ids.add(row.id);
    }
  }
  return ids;
}

/** Sorts rows by a column, stably; rows without a value stay last in either direction. */
export function sortRows(rows: readonly ContenderResult[], sort: TableSort | null): ContenderResult[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: cellValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? String(a.value).localeCompare(String(b.value))
          : a.value - b.value;
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}

/** Splits rows into the "Yours" and "Baselines" groups (empty groups dropped), each sorted on its own. */
export function groupRows(rows: readonly ContenderResult[], sort: TableSort | null): RowGroup[] {
  const groups: ContenderGroup[] = ['yours', 'baseline'];
  return groups
    .map((group) => ({
      group,
      label: GROUP_LABELS[group],
      rows: sortRows(
        rows.filter((r) => r.group === group),
        sort,
      ),
    }))
    .filter((g) => g.rows.length > 0);
}

/**
 * The next sort when a column header is clicked: scores start best-first (high), names A–Z and costs cheapest
 * first (low); a second click on the same column flips the direction.
 */
export function nextSort(current: TableSort | null, key: ColumnKey): TableSort {
  if (current?.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const highFirst = key === 'overall' || key.startsWith('suite:');
  return { key, direction: highFirst ? 'desc' : 'asc' };
}

import { useState } from 'react';
import type { ContenderResult } from '../../workers/evaluation/evaluationTypes.ts';
import {
  bestInColumn,
  formatInterval,
  groupRows,
  nextSort,
  scoreCell,
  tableColumns,
  type ColumnKey,
  type TableColumn,
  type TableSort,
} from './evaluationTable.ts';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

function cellText(row: ContenderResult, column: TableColumn): string {
  if (column.score) return formatInterval(scoreCell(row, column.key));
  if (column.key === 'shortcutRate') return percent(row.shortcutRate);
  if (column.key === 'meanTurns') return row.meanTurns === null ? '–' : row.meanTurns.toFixed(1);
  if (column.key === 'tokens') return Math.round(row.tokensPerTask).toLocaleString('en-US');
  return '';
}

function HeaderCell({
  column,
  sort,
  onSort,
}: {
  column: TableColumn;
  sort: TableSort | null;
  onSort(key: ColumnKey): void;
}) {
  const active = sort?.key === column.key;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={column.score ? 'evaluation-score' : undefined}>
      <button type="button" className="evaluation-sort" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/**
 * The results: one row per contender (yours first, then the baselines, each group sorted on its own), one
 * column per task set with the mean and its 95% interval, the overall score, shortcut rate, turns and tokens.
 * The best mean of every score column is highlighted.
 */
export function EvaluationResultsTable({
  results,
  suites,
}: {
  results: readonly ContenderResult[];
  suites: readonly string[];
}) {
  const [sort, setSort] = useState<TableSort | null>(null);
  const columns = tableColumns(suites);
  const best = new Map(columns.filter((c) => c.score).map((c) => [c.key, bestInColumn(results, c.key)]));
  return (
    <table className="evaluation-table" aria-label="Evaluation results">
      <thead>
        <tr>
          {columns.map((c) => (
            <HeaderCell key={c.key} column={c} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
          ))}
        </tr>
      </thead>
      {groupRows(results, sort).map((group) => (
        <tbody key={group.group} className={`evaluation-group-${group.group}`}>
          <tr className="evaluation-group-row">
            <th scope="rowgroup" colSpan={columns.length}>
              {group.label}
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.id} data-contender={row.id}>
              <th scope="row" className="evaluation-contender">
                <span>{row.label}</span>
                <code
                  className="muted"
                  title={row.kind === 'policy' ? 'Most frequent final workflow' : 'DSL'}
                >
                  {row.detail || '—'}
                </code>
              </th>
              {columns.slice(1).map((c) => {
                const isBest = best.get(c.key)?.has(row.id) === true;
                return (
                  <td
                    key={c.key}
                    className={isBest ? 'evaluation-best' : undefined}
                    title={isBest ? 'Best in this column' : undefined}
                  >
                    {cellText(row, c)}
                    {isBest ? <span className="evaluation-visually-hidden"> (best)</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

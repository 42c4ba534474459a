import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../core/training/meanInterval.ts';
import type { ContenderResult } from '../../workers/evaluation/evaluationTypes.ts';
import { csvField, reportOf, toCsv, toJson } from './evaluationExport.ts';
import {
  bestInColumn,
  formatInterval,
  groupRows,
  nextSort,
  sortRows,
  suitesOf,
  tableColumns,
} from './evaluationTable.ts';

function row(
  id: string,
  scores: Record<string, number[]>,
  extra: Partial<ContenderResult> = {},
): ContenderResult {
  const all = Object.values(scores).flat();
  return {
    id,
    label: id,
    group: 'baseline',
    kind: 'workflow',
    detail: 'Custom',
    overall: meanInterval(all),
    perSuite: Object.fromEntries(Object.entries(scores).map(([s, v]) => [s, meanInterval(v)])),
    shortcutRate: 0,
    meanTurns: null,
    tokensPerTask: 100,
    n: all.length,
    seconds: 1,
    ...extra,
  };
}

describe('formatInterval', () => {
  it.each([
    [{ mean: 0.8333, low: 0.7111, high: 0.9249, n: 30 }, '0.83 (0.71–0.92)'],
    [{ mean: 1, low: 1, high: 1, n: 1 }, '1.00 (1.00–1.00)'],
    [{ mean: 0, low: 0, high: 0, n: 0 }, '–'],
    [undefined, '–'],
  ])('%o → %s', (value, text) => {
    expect(formatInterval(value)).toBe(text);
  });
});

describe('rows and columns', () => {
  const a = row('a', { 'builtin:math': [1, 1, 0], 'builtin:qa': [0.5] });
  const b = row('b', { 'builtin:math': [1, 0, 0], 'builtin:qa': [1] }, { group: 'yours', meanTurns: 7 });
  const c = row('c', { 'builtin:math': [1, 1, 0] }, { tokensPerTask: 20 });

  it('aggregates per suite and overall from the per-task scores', () => {
    expect(a.perSuite['builtin:math']?.mean).toBeCloseTo(2 / 3);
    expect(a.overall.mean).toBeCloseTo(2.5 / 4);
    expect(suitesOf([c, a], ['builtin:qa', 'builtin:code'])).toEqual(['builtin:qa', 'builtin:math']);
    expect(tableColumns(['builtin:math']).map((col) => col.key)).toEqual([
      'contender',
      'suite:builtin:math',
      'overall',
      'shortcutRate',
      'meanTurns',
      'tokens',
    ]);
  });

  it('marks the best mean per score column, every row on a tie, none for cost columns', () => {
    expect([...bestInColumn([a, b, c], 'suite:builtin:math')].sort()).toEqual(['a', 'c']);
    expect([...bestInColumn([a, b, c], 'suite:builtin:qa')]).toEqual(['b']);
    expect([...bestInColumn([a, b, c], 'overall')]).toEqual(['c']);
    expect(bestInColumn([a, b, c], 'tokens').size).toBe(0);
    expect(bestInColumn([], 'overall').size).toBe(0);
  });

  it('sorts by a column in both directions, stably, with missing values last', () => {
    expect(sortRows([a, b, c], { key: 'overall', direction: 'desc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(sortRows([a, b, c], { key: 'suite:builtin:qa', direction: 'asc' }).map((r) => r.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sortRows([a, b, c], { key: 'suite:builtin:qa', direction: 'desc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortRows([c, b, a], { key: 'contender', direction: 'asc' }).map((r) => r.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sortRows([c, a], { key: 'suite:builtin:math', direction: 'desc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
    ]);
    expect(sortRows([c, a, b], null).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorting is a stable permutation for any values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), (means) => {
        const rows = means.map((m, i) => row(`r${i}`, { s: [m] }));
        const sorted = sortRows(rows, { key: 'overall', direction: 'desc' });
        expect(sorted.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as ContenderResult;
          const cur = sorted[i] as ContenderResult;
          expect(prev.overall.mean).toBeGreaterThanOrEqual(cur.overall.mean);
          if (prev.overall.mean === cur.overall.mean)
            expect(rows.indexOf(prev)).toBeLessThan(rows.indexOf(cur));
        }
      }),
    );
  });

  it('groups yours before the baselines, sorting each group on its own', () => {
    const groups = groupRows([a, b, c], { key: 'tokens', direction: 'asc' });
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ['Yours', ['b']],
      ['Baselines', ['c', 'a']],
    ]);
    expect(groupRows([a], null).map((g) => g.group)).toEqual(['baseline']);
  });

  it('flips the direction on a second click; scores start high, costs and names low', () => {
    expect(nextSort(null, 'overall')).toEqual({ key: 'overall', direction: 'desc' });
    expect(nextSort(null, 'tokens')).toEqual({ key: 'tokens', direction: 'asc' });
    expect(nextSort({ key: 'overall', direction: 'desc' }, 'overall').direction).toBe('asc');
    expect(nextSort({ key: 'overall', direction: 'desc' }, 'contender')).toEqual({
      key: 'contender',
      direction: 'asc',
    });
  });
});

describe('export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+2', "'-1+2"],
    [0.5, '0.5'],
    [null, ''],
    [Number.NaN, ''],
  ])('csvField(%o) → %s', (value, text) => {
    expect(csvField(value)).toBe(text);
  });

  it('writes one CSV row per contender with mean, low, high and n per suite and overall', () => {
    const r = row('Plan, then "check"', { 'builtin:math': [1, 0] }, { meanTurns: 6.5 });
    const lines = toCsv([r], ['builtin:math', 'builtin:qa']).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'contender,group,kind,detail,builtin:math mean,builtin:math low,builtin:math high,builtin:math n,' +
        'builtin:qa mean,builtin:qa low,builtin:qa high,builtin:qa n,overall mean,overall low,overall high,' +
        'overall n,shortcut rate,mean turns,tokens per task,seconds',
    );
    expect(lines[1]).toBe(
      '"Plan, then ""check""",baseline,workflow,Custom,0.5,0,1,2,,,,,0.5,0,1,2,0,6.5,100,1',
    );
    expect(lines[2]).toBe('');
  });

  it('writes versioned JSON with the settings and full rows', () => {
    const r = row('a', { s: [1] });
    const request = {
      taskSets: [{ suite: 's', limit: 1 }],
      contenders: [],
      seed: 3,
      profile: 'weak',
    };
    const parsed = JSON.parse(toJson(reportOf(request, { status: 'done', seconds: 2, results: [r] })));
    expect(parsed).toMatchObject({ format: 'flowsteer-evaluation', version: 1, seed: 3, profile: 'weak' });
    expect(parsed.results[0].overall).toEqual(r.overall);
  });
});

const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/**
 * Predictions that mean "there is no answer": they count as the empty answer, so they match SQuAD v2's
 * unanswerable questions (whose gold is empty) and nothing else.
 */
export const NO_ANSWER_PHRASES: readonly string[] = [
  'unanswerable',
  'no answer',
  'not answerable',
  'cannot be answered',
  'cannot answer',
];

/** The official SQuAD normalisation: lower case, no punctuation, no articles (a, an, the), single spaces. */
export function normalizeSquadAnswer(text: string): string {
  const noPunct = [...text.toLowerCase()].filter((c) => !PUNCTUATION.has(c)).join('');
  const normalized = noPunct
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
    .join(' ');
  return NO_ANSWER_PHRASES.includes(normalized) ? '' : normalized;
}

const tokens = (text: string): string[] => {
  const n = normalizeSquadAnswer(text);
  return n === '' ? [] : n.split(' ');
};

function f1One(pred: string, gold: string): number {
  const p = tokens(pred);
  const g = tokens(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

const orEmpty = (golds: readonly string[]): readonly string[] => (golds.length === 0 ? [''] : golds);

/**
 * SQuAD token F1, the maximum over the gold answers; an empty gold list (unanswerable) counts as one empty gold,
 * which only an empty prediction (or a phrase of {@link NO_ANSWER_PHRASES}) matches.
 */
export function squadF1(pred: string, golds: readonly string[]): number {
  return Math.max(...orEmpty(golds).map((g) => f1One(pred, g)));
}

/** SQuAD exact match after normalisation, 1 or 0, the maximum over the gold answers. */
export function squadEM(pred: string, golds: readonly string[]): number {
  const p = normalizeSquadAnswer(pred);
  return orEmpty(golds).some((g) => normalizeSquadAnswer(g) === p) ? 1 : 0;
}

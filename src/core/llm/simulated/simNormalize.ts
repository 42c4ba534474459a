import type { TaskType } from '../../tasks/types.ts';

/**
 * A plain number written as an integer, decimal, fraction (`3/4`, `\frac{3}{4}`) or percentage; null otherwise.
 * Enough to tell `36`, `36.0` and `1,000`/`1000` apart from other answers; the metric does the full job.
 */
export function parseSimpleNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/%$/, '');
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  const slash = /^([-+]?\d+)\/(\d+)$/.exec(t);
  const latex = /^([-+]?)\\d?frac\{(\d+)\}\{(\d+)\}$/.exec(t);
  if (slash === null && latex === null) return null;
  const num = slash ? Number(slash[1]) : Number(latex?.[2]) * (latex?.[1] === '-' ? -1 : 1);
  const den = Number(slash ? slash[2] : latex?.[3]);
  return den === 0 ? null : num / den;
}

const ARTICLES = new Set(['a', 'an', 'the']);

function cleanToken(raw: string): string {
  let t = raw.replace(/^[([]+/, '').replace(/[)\].:;!?,]+$/, '');
  const opens = (t.match(/\{/g) ?? []).length;
  const closes = (t.match(/\}/g) ?? []).length;
  if (closes > opens) t = t.replace(/\}+$/, '');
  return t;
}

/**
 * Lower-cased answer tokens: LaTeX wrappers, dollar signs, thousands separators and punctuation removed; articles
 * dropped for reading questions (not for multiple choice, where `a` is an option letter).
 */
export function answerTokens(text: string, type: TaskType): string[] {
  const t = text
    .toLowerCase()
    .replace(/\\boxed\{([^{}]*)\}/g, ' $1 ')
    .replace(/\\text\{([^{}]*)\}/g, ' $1 ')
    .replace(/\\[,;! ]|\$/g, ' ')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}.\-+*/^{}()\\%=<>]+/gu, ' ');
  const tokens = t
    .split(' ')
    .map(cleanToken)
    .filter((x) => x !== '');
  return type === 'qa' ? tokens.filter((x) => !ARTICLES.has(x)) : tokens;
}

/** An answer token with its numeric value (null when it is not a plain number), parsed once. */
export interface AnswerToken {
  s: string;
  n: number | null;
}

/** {@link answerTokens} with each token's numeric value, ready for {@link findSpan}. */
export const answerTokenValues = (text: string, type: TaskType): AnswerToken[] =>
  answerTokens(text, type).map((s) => ({ s, n: /\d/.test(s) ? parseSimpleNumber(s) : null }));

function sameToken(a: AnswerToken, b: AnswerToken): boolean {
  if (a.s === b.s) return true;
  return a.n !== null && b.n !== null && Math.abs(a.n - b.n) <= 1e-9 * Math.max(1, Math.abs(a.n));
}

/** The first index where `needle` occurs in `hay` (numbers compare by value), or −1. */
export function findSpan(hay: readonly AnswerToken[], needle: readonly AnswerToken[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      const a = hay[i + j];
      const b = needle[j];
      if (a === undefined || b === undefined || !sameToken(a, b)) continue outer;
    }
    return i;
  }
  return -1;
}

/** Code with every whitespace character removed, so re-indented or re-wrapped copies compare equal. */
export const codeKey = (code: string): string => code.replace(/\s+/g, '');

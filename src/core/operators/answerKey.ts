import type { TaskType } from '../tasks/types.ts';
import { extractCodeBlock } from './protocol.ts';

/**
 * Comparison keys for answers, so ensembles vote on what an answer says rather than how it is written:
 * "The answer is 1,200." and "1200" share a key.
 */

const lastBoxed = (text: string): string | null => {
  const start = text.lastIndexOf('\\boxed{');
  if (start < 0) return null;
  let depth = 0;
  for (let i = start + 6; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start + 7, i);
  }
  return null;
};

const lastMatch = (text: string, pattern: RegExp): string | null => {
  const matches = [...text.matchAll(pattern)];
  const value = matches.at(-1)?.[1]?.trim();
  return value !== undefined && value !== '' ? value : null;
};

/** The explicitly marked final answer of a verbose text (`\boxed{}`, `####`, `Final answer:`, `the answer is`), else null. */
export function extractFinalAnswer(text: string): string | null {
  const marked =
    lastBoxed(text) ??
    lastMatch(text, /^[ \t]*####[ \t]*(.+)$/gm) ??
    lastMatch(text, /final answer(?:[*_ \t]*is|[*_ \t]*[:=])[*_ \t:]*([^\n]+)/gi) ??
    lastMatch(text, /^[\s*_#>-]*answer[\s*_]*[:=][\s*_]*([^\n]+)$/gim) ??
    lastMatch(text, /\banswer is[*_ \t:]*([^\n]+?)(?:\.\s|\.?$)/gim);
  return marked === null ? null : marked.replace(/[*_]+$/, '').trim();
}

/** Reads a plain number (`1,200`, `$3.50`, `45%`, `-2e3`, `3/4`); null when the text is not just a number. */
export function parseNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/^\$|\$$/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s*%$/, '')
    .replace(/\.$/, '')
    .trim();
  const fraction = /^([-+]?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (fraction?.[1] !== undefined && fraction[2] !== undefined) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? null : Number(fraction[1]) / denominator;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** A number printed canonically, stable under float noise (0.1 + 0.2 → "0.3"). */
export const canonicalNumber = (value: number): string => String(Number(value.toPrecision(12)));

/** The final answer of a possibly verbose text as a number, when it is one. */
export function numericValue(text: string): number | null {
  return parseNumber(stripDecoration(extractFinalAnswer(text) ?? text));
}

const stripDecoration = (text: string): string =>
  text
    .trim()
    .replace(/^[*_`"'\s]+|[*_`"'\s]+$/g, '')
    .replace(/^\((\w)\)$/, '$1')
    .replace(/[.,;:!]+$/, '')
    .trim();

/** Lower case, trimmed, whitespace collapsed, numbers canonical; the marked final answer when there is one. */
export function normaliseAnswer(text: string): string {
  const core = stripDecoration(extractFinalAnswer(text) ?? text);
  const number = parseNumber(core);
  if (number !== null) return canonicalNumber(number);
  return core.toLowerCase().replace(/\s+/g, ' ');
}

/** Code compared by its fenced block, ignoring trailing spaces and blank lines. */
export function normaliseCode(text: string): string {
  const code = extractCodeBlock(text) ?? text;
  return code
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** The voting key of an answer for a task type. */
export function answerKey(text: string, type: TaskType): string {
  return type === 'code' ? normaliseCode(text) : normaliseAnswer(text);
}

/** The most frequent key (ties go to the one seen first), its count and the index of its first occurrence. */
export function pluralityVote(keys: readonly string[]): { key: string; count: number; index: number } | null {
  const counts = new Map<string, { count: number; index: number }>();
  keys.forEach((key, index) => {
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { count: 1, index });
  });
  let best: { key: string; count: number; index: number } | null = null;
  for (const [key, entry] of counts) {
    if (best === null || entry.count > best.count) best = { key, ...entry };
  }
  return best;
}

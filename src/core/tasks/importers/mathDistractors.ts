import type { Rng } from '../../ports/Rng.ts';
import { normalizeMathAnswer, sameMathAnswer } from './normalizeAnswer.ts';

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const LETTERS = /^[A-E](?:\s*,\s*[A-E])*$/;

/** A number printed without float noise or exponent, e.g. 0.1 + 0.2 → "0.3". */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  if (Number.isInteger(rounded)) return rounded.toFixed(0);
  return rounded.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
}

/** Numbers written in a text (commas in thousands removed), in order of appearance. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)]
    .map((m) => Number(m[0].replace(/,(?=\d{3})/g, '')))
    .filter((n) => Number.isFinite(n));
}

function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[rng.int(items.length)];
}

/** Candidate families for a plain number; each family yields numbers, the first family is tried first. */
function numericFamilies(value: number, question: string, rng: Rng): string[][] {
  const integer = Number.isInteger(value);
  const step = integer ? 2 + rng.int(4) : Math.max(0.1, Math.abs(value) * (0.1 + rng.int(4) / 10));
  const fromText = numbersIn(question).filter((n) => n !== value);
  const families: number[][] = [
    [value + 1, value - 1],
    [value + step, value - step],
    [...new Set(fromText)],
    [value * 10, value / 10],
  ];
  // Off-by-one leads more often than not; the other families come in a seeded order, the sign flip last.
  const keyed = families.map((family, i) => ({ family, key: rng.next() - (i === 0 ? 0.5 : 0) }));
  keyed.sort((a, b) => a.key - b.key);
  return [...keyed.map(({ family }) => family.map(formatNumber)), [formatNumber(-value)]];
}

/** Single-site edits of a composite answer: change one number, swap a fraction, toggle the sign. */
function compositeCandidates(gold: string): string[] {
  const out: string[] = [];
  for (const m of gold.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    const at = m.index;
    for (const v of [n + 1, n > 1 ? n - 1 : n + 2, n * 2]) {
      out.push(gold.slice(0, at) + formatNumber(v) + gold.slice(at + m[0].length));
    }
  }
  const frac = /\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/.exec(gold);
  if (frac?.[1] !== undefined && frac[2] !== undefined) {
    out.push(gold.replace(frac[0], `\\frac{${frac[2]}}{${frac[1]}}`));
  }
  // A sign only makes sense in front of a number or expression, not an interval or a tuple.
  if (/^[-\d\\a-zA-Z]/.test(gold)) out.push(gold.startsWith('-') ? gold.slice(1) : `-${gold}`);
  return out;
}

function letterCandidates(gold: string): string[] {
  const letters = ['A', 'B', 'C', 'D', 'E'];
  const pairs = letters.flatMap((a, i) => letters.slice(i + 1).map((b) => `${a}, ${b}`));
  return gold.includes(',') ? [...pairs, ...letters] : letters;
}

/**
 * 2–3 wrong answers near a math gold answer: off-by-one, a nearby value, another number from the problem text,
 * ×10 / ÷10, the sign (plain numbers); one edited number, a flipped fraction or sign (LaTeX answers); other
 * letters (lettered choices). None is equal to the gold after normalisation, each passes `accept` (e.g. AIME's
 * integers 0–999); the choice depends only on `rng`.
 */
export function mathDistractors(
  gold: string,
  question: string,
  rng: Rng,
  options: { count?: number; accept?: (candidate: string) => boolean } = {},
): string[] {
  const { count = 3, accept = () => true } = options;
  const norm = normalizeMathAnswer(gold);
  const out: string[] = [];
  const offer = (candidate: string | undefined): void => {
    if (candidate === undefined || out.length >= count || candidate.trim() === '' || !accept(candidate))
      return;
    if (sameMathAnswer(candidate, gold) || out.some((o) => sameMathAnswer(o, candidate))) return;
    out.push(candidate);
  };
  if (PLAIN_NUMBER.test(norm)) {
    const families = numericFamilies(Number(norm), question, rng);
    for (const family of families)
      offer(
        pick(
          family.filter((c) => !sameMathAnswer(c, gold)),
          rng,
        ),
      );
    for (const family of families) family.forEach(offer);
  } else {
    const pool = LETTERS.test(gold.trim()) ? letterCandidates(gold.trim()) : compositeCandidates(gold);
    const remaining = [...pool];
    while (remaining.length > 0 && out.length < count)
      offer(remaining.splice(rng.int(remaining.length), 1)[0]);
  }
  for (const n of numbersIn(question)) offer(formatNumber(n));
  for (const filler of ['0', '1', '2', '3']) offer(filler);
  return out;
}

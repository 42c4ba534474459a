/**
 * Answer comparison used to keep distractors away from the gold answers. It mirrors the usual benchmark
 * normalisations (SQuAD for text, MATH-style stripping for math) and errs towards calling two answers equal.
 */

/** SQuAD normalisation: lower case, punctuation and articles removed, whitespace collapsed. */
export function normalizeQaAnswer(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** MATH-style normalisation: `$`, spacing, `\left`/`\right`, `\dfrac`, degree marks, thousands separators. */
export function normalizeMathAnswer(text: string): string {
  return text
    .replace(/\\[$%]|[$%]/g, '')
    .replace(/\\left|\\right|\\!|\\,|\\;|\\ /g, '')
    .replace(/\\[dt]frac/g, '\\frac')
    .replace(/\^\s*\{?\\circ\}?|°/g, '')
    .replace(/\{,\}/g, ',')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, '')
    .replace(/\.$/, '')
    .replace(/^\+/, '');
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const FRACTION = /^(-?)\\frac\{?(-?\d+(?:\.\d+)?)\}?\{?(-?\d+(?:\.\d+)?)\}?$/;
const SLASH = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

/** The numeric value of a plain number, `a/b` or `\frac{a}{b}` answer, else null. */
export function mathValue(text: string): number | null {
  const norm = normalizeMathAnswer(text);
  if (NUMBER.test(norm)) return Number(norm);
  const frac = FRACTION.exec(norm) ?? SLASH.exec(norm);
  if (frac === null) return null;
  const [sign, num, den] = frac.length === 4 ? [frac[1], frac[2], frac[3]] : ['', frac[1], frac[2]];
  const value = Number(num) / Number(den);
  if (!Number.isFinite(value)) return null;
  return sign === '-' ? -value : value;
}

/** True when two math answers agree numerically, or are the same text after normalisation. */
export function sameMathAnswer(a: string, b: string): boolean {
  const va = mathValue(a);
  const vb = mathValue(b);
  if (va !== null && vb !== null) return Math.abs(va - vb) <= 1e-9 * Math.max(1, Math.abs(va));
  return normalizeMathAnswer(a).toLowerCase() === normalizeMathAnswer(b).toLowerCase();
}

/**
 * True when a QA candidate equals a gold answer after normalisation, or one contains the other as a whole-word
 * run (so a distractor is never a near-copy that token F1 would half credit as the gold).
 */
export function overlapsQaAnswer(candidate: string, gold: string): boolean {
  const c = normalizeQaAnswer(candidate);
  const g = normalizeQaAnswer(gold);
  if (c === '' || g === '') return c === g;
  return c === g || ` ${c} `.includes(` ${g} `) || ` ${g} `.includes(` ${c} `);
}

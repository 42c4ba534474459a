import { closeTo, parseMathExpr, sameFunction } from './evalMathExpr.ts';
import { latexToMathjs } from './latexToMathjs.ts';
import { normalizeMathAnswer } from './normalizeMathAnswer.ts';

/** Splits at `sep` where no bracket is open. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** Whether the outer brackets at both ends enclose the whole text, as in `(1, 2)` but not `(1)(2)`. */
function enclosed(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

const PLAIN = /^-?\d+(?:\.\d+)?(?:\/\d+)?$/;
const plainValue = (s: string): number => {
  const [n = '', d] = s.split('/');
  return d === undefined ? Number(n) : Number(n) / Number(d);
};

// Two integers must match exactly (25001 is not 25000); anything else may differ by 1e-3, relative above 1.
const numbersEqual = (a: { re: number; im: number }, b: { re: number; im: number }): boolean =>
  a.im === 0 && b.im === 0 && Number.isInteger(a.re) && Number.isInteger(b.re)
    ? a.re === b.re
    : closeTo(a, b, 1e-3);

function scalarEqual(a: string, b: string): boolean {
  if (PLAIN.test(a) && PLAIN.test(b))
    return numbersEqual({ re: plainValue(a), im: 0 }, { re: plainValue(b), im: 0 });
  const ta = latexToMathjs(a);
  const tb = latexToMathjs(b);
  const pa = ta === null ? null : parseMathExpr(ta);
  const pb = tb === null ? null : parseMathExpr(tb);
  if (!pa || !pb || ta === null || tb === null) return false;
  if (pa.variables.length === 0 && pb.variables.length === 0) {
    const va = pa.evaluate({});
    const vb = pb.evaluate({});
    return va !== null && vb !== null && numbersEqual(va, vb);
  }
  return sameFunction(pa, pb, ta, tb);
}

function unorderedEqual(as: string[], bs: string[]): boolean {
  if (as.length !== bs.length) return false;
  const left = [...bs];
  for (const a of as) {
    const i = left.findIndex((b) => partEqual(a, b));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function partEqual(a: string, b: string): boolean {
  if (a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase()) return true;
  const unionA = splitTopLevel(a, '\\cup');
  const unionB = splitTopLevel(b, '\\cup');
  if (unionA.length > 1 || unionB.length > 1) {
    return unionA.length === unionB.length && unionA.every((x, i) => partEqual(x, unionB[i] ?? ''));
  }
  const setA = /^\\\{(.*)\\\}$/.exec(a);
  const setB = /^\\\{(.*)\\\}$/.exec(b);
  if (setA?.[1] !== undefined && setB?.[1] !== undefined) {
    return unorderedEqual(splitTopLevel(setA[1], ','), splitTopLevel(setB[1], ','));
  }
  const bracket = (s: string): boolean =>
    /^[([].*[)\]]$/.test(s) && enclosed(s) && splitTopLevel(s.slice(1, -1), ',').length > 1;
  if (bracket(a) || bracket(b)) {
    if (!bracket(a) || !bracket(b) || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
    const xs = splitTopLevel(a.slice(1, -1), ',');
    const ys = splitTopLevel(b.slice(1, -1), ',');
    return xs.length === ys.length && xs.every((x, i) => partEqual(x, ys[i] ?? ''));
  }
  const listA = splitTopLevel(a, ',');
  const listB = splitTopLevel(b, ',');
  if (listA.length > 1 || listB.length > 1) return unorderedEqual(listA, listB);
  const eqA = splitTopLevel(a, '=');
  const eqB = splitTopLevel(b, '=');
  if (eqA.length === 2 && eqB.length === 2) {
    const da = `(${eqA[0] ?? ''}) - (${eqA[1] ?? ''})`;
    const db = `(${eqB[0] ?? ''}) - (${eqB[1] ?? ''})`;
    return scalarEqual(da, db) || scalarEqual(da, `-(${db})`);
  }
  return scalarEqual(a, b);
}

/**
 * SPEC §4 math correctness: equal after normalisation (LaTeX, `\boxed{}`, `####`, units, commas, percentages),
 * numerically within 1e-3 (relative above 1; two integers must be equal), or symbolically equal (same values at random points). Tuples and
 * intervals compare in order with their brackets, sets and bare lists in any order, equations up to sign.
 */
export function mathEquivalent(pred: string, gold: string): boolean {
  const a = normalizeMathAnswer(pred);
  const b = normalizeMathAnswer(gold);
  if (a === '' || b === '') return false;
  return partEqual(a, b);
}

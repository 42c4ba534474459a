import type { Rng } from '../../ports/Rng.ts';
import { formatNumber } from './mathDistractors.ts';
import {
  fallbackSites,
  matchingClose,
  type MutationSite as Site,
  SHORT_STRING,
} from './fallbackMutationSites.ts';
import { PY_KEYWORDS, tokenizePython, type PyToken } from './pythonTokens.ts';

const SWAPS: Readonly<Record<string, string>> = {
  '+=': '-=',
  '-=': '+=',
  '<': '<=',
  '<=': '<',
  '>': '>=',
  '>=': '>',
  '==': '!=',
  '!=': '==',
  '//': '/',
  and: 'or',
  or: 'and',
  '&': '|',
  '|': '&',
  True: 'False',
  False: 'True',
};
/** Functions and methods with a plausible opposite, swapped only where called (`name(` or `.name(`). */
const CALL_SWAPS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'min:max nlargest:nsmallest upper:lower isupper:islower startswith:endswith any:all argmin:argmax ' +
    'idxmin:idxmax floor:ceil lstrip:rstrip ljust:rjust head:tail nanmin:nanmax cumsum:cumprod isdigit:isalpha ' +
    'find:rfind keys:values mean:median tick_top:tick_bottom xlabel:ylabel set_xlabel:set_ylabel xticks:yticks ' +
    'set_xticks:set_yticks xlim:ylim set_xlim:set_ylim xaxis:yaxis axhline:axvline'
  )
    .split(' ')
    .flatMap((pair) => {
      const [a = '', b = ''] = pair.split(':');
      return [
        [a, b],
        [b, a],
      ];
    }),
);
const CLOSERS = new Set([')', ']', '}']);
const COMPARISON = /\s(?:==|!=|<=|>=|<|>|in|is)\s/;

function isOperand(token: PyToken | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'name') return !PY_KEYWORDS.has(token.text);
  return token.kind === 'number' || token.kind === 'string' || CLOSERS.has(token.text);
}

/** Off-by-one in `range(...)`: drop a trailing `+ 1` from the last argument, else subtract one from it. */
function rangeSite(tokens: PyToken[], i: number): Site | null {
  const close = matchingClose(tokens, i + 1);
  const closer = tokens[close];
  if (close < 0 || closer === undefined || close === i + 2) return null;
  const plus = tokens[close - 2];
  const one = tokens[close - 1];
  if (plus?.text === '+' && one?.text === '1') return { start: plus.start, end: one.end, replacement: '' };
  return { start: closer.start, end: closer.start, replacement: ' - 1' };
}

function lineBefore(code: string, at: number): string {
  return code.slice(code.lastIndexOf('\n', at - 1) + 1, at);
}

const SIMPLE = new Set(['name', 'number', 'string']);

/** `f(a, b)` → `f(b, a)` when both arguments are single names, numbers or strings. */
function argumentSwap(tokens: PyToken[], i: number): Site | null {
  const [open, a, comma, b, close] = tokens.slice(i, i + 5);
  if (open?.text !== '(' || comma?.text !== ',' || close?.text !== ')' || a === undefined || b === undefined)
    return null;
  if (
    !SIMPLE.has(a.kind) ||
    !SIMPLE.has(b.kind) ||
    a.text === b.text ||
    PY_KEYWORDS.has(a.text) ||
    PY_KEYWORDS.has(b.text)
  ) {
    return null;
  }
  const before = tokens[i - 1];
  if (before?.kind !== 'name' || PY_KEYWORDS.has(before.text) || before.text === 'range') return null;
  return { start: a.start, end: b.end, replacement: `${b.text}, ${a.text}` };
}

function returnSite(code: string, token: PyToken): Site | null {
  const lineEnd = code.indexOf('\n', token.end);
  const end = lineEnd === -1 ? code.length : lineEnd;
  const expr = code.slice(token.end, end).trim();
  if (!COMPARISON.test(` ${expr} `) || /[#:;\\]/.test(expr) || expr.endsWith(',')) return null;
  return { start: token.end, end, replacement: ` not (${expr})` };
}

function sitesOf(code: string): Site[] {
  const tokens = tokenizePython(code).filter((t) => t.kind !== 'comment');
  const sites: Site[] = [];
  // Another string literal of the same code is a plausible wrong value ("blue" for "black", a wrong column).
  const strings = [
    ...new Set(tokens.filter((t) => t.kind === 'string' && SHORT_STRING.test(t.text)).map((t) => t.text)),
  ];
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const swapped = argumentSwap(tokens, i);
    if (swapped) sites.push(swapped);
    const swap = SWAPS[token.text];
    if (swap !== undefined && (token.kind === 'op' || token.kind === 'name')) {
      sites.push({ start: token.start, end: token.end, replacement: swap });
    } else if ((token.text === '+' || token.text === '-') && token.kind === 'op') {
      if (isOperand(prev))
        sites.push({ start: token.start, end: token.end, replacement: token.text === '+' ? '-' : '+' });
      else if (token.text === '-' && next?.kind === 'number')
        sites.push({ start: token.start, end: token.end, replacement: '' });
    } else if (token.kind === 'number' && /^\d+$/.test(token.text)) {
      sites.push({ start: token.start, end: token.end, replacement: String(Number(token.text) + 1) });
    } else if (token.kind === 'number' && /^\d+\.\d+$/.test(token.text)) {
      sites.push({ start: token.start, end: token.end, replacement: formatNumber(Number(token.text) * 10) });
    } else if (token.kind === 'string' && SHORT_STRING.test(token.text)) {
      const other = strings.find((s) => s !== token.text);
      if (other !== undefined) sites.push({ start: token.start, end: token.end, replacement: other });
    } else if ((token.text === 'sorted' || token.text === 'sort') && next?.text === '(') {
      const close = tokens[matchingClose(tokens, i + 1)];
      const empty = tokens[i + 2]?.text === ')';
      if (close !== undefined && !code.slice(token.start, close.start).includes('reverse')) {
        sites.push({
          start: close.start,
          end: close.start,
          replacement: empty ? 'reverse=True' : ', reverse=True',
        });
      }
    } else if (
      token.kind === 'name' &&
      CALL_SWAPS[token.text] !== undefined &&
      (next?.text === '(' || prev?.text === '.')
    ) {
      sites.push({ start: token.start, end: token.end, replacement: CALL_SWAPS[token.text] ?? token.text });
    } else if (token.text === '*' && token.kind === 'op' && isOperand(prev)) {
      sites.push({ start: token.start, end: token.end, replacement: '+' });
    } else if (token.text === 'not' && token.kind === 'name' && next !== undefined) {
      sites.push({ start: token.start, end: next.start, replacement: '' });
    } else if (
      token.text === 'in' &&
      prev?.text !== 'not' &&
      !/\bfor\b/.test(lineBefore(code, token.start))
    ) {
      sites.push({ start: token.start, end: token.end, replacement: 'not in' });
    } else if (token.text === 'is' && next?.text !== 'not') {
      sites.push({ start: token.start, end: token.end, replacement: 'is not' });
    } else if (token.text === 'range' && next?.text === '(') {
      const site = rangeSite(tokens, i);
      if (site) sites.push(site);
    } else if (token.text === 'return' && token.kind === 'name') {
      const site = returnSite(code, token);
      if (site) sites.push(site);
    }
  });
  return sites;
}

function apply(code: string, site: Site): string {
  return code.slice(0, site.start) + site.replacement + code.slice(site.end);
}

function shuffled<T>(items: T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Up to `max` single-point mutants of Python `code`, each different from the code and from each other: operator
 * swaps (`+`↔`-`, `<`↔`<=`, `==`↔`!=`, `and`↔`or`, `in`↔`not in`…), off-by-one in integers and `range(...)`,
 * opposite calls (`min`↔`max`…), swapped arguments or string values, negated comparison returns; the weaker
 * fallbacks (`return None`, a dropped statement or argument) only when fewer than two mutants exist. Strings and
 * comments are never edited inside. A mutant is a likely bug, not a proven one: the caller runs the tests and
 * drops any mutant that still passes them (about 15% of the MBPP/HumanEval sample mutants do).
 */
export function mutateCode(code: string, rng: Rng, max = 3): string[] {
  const mutants: string[] = [];
  const add = (site: Site): void => {
    const mutant = apply(code, site);
    if (mutant !== code && !mutants.includes(mutant) && mutants.length < max) mutants.push(mutant);
  };
  shuffled(sitesOf(code), rng).forEach(add);
  if (mutants.length < Math.min(2, max)) fallbackSites(code).forEach(add);
  return mutants;
}

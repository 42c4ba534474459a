import { isComplex, parse, simplify, type MathNode } from 'mathjs';
import { createRng } from '../../util/createRng.ts';

const SAFE_FUNCTIONS = new Set([
  'sqrt',
  'nthRoot',
  'abs',
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'asin',
  'acos',
  'atan',
  'log',
  'log10',
  'exp',
]);
const CONSTANTS = new Set(['pi', 'e', 'i', 'Infinity']);

/** A parsed answer: its free variables and an evaluator (a number, a complex pair, or null when undefined). */
export interface ParsedExpr {
  variables: string[];
  evaluate(scope: Record<string, number>): { re: number; im: number } | null;
}

const cache = new Map<string, ParsedExpr | null>();

// Only arithmetic on numbers, symbols and a few pure functions is allowed: no assignment, no function definitions,
// no property access, no matrices, so untrusted answer text cannot do anything but compute.
function isSafe(node: MathNode): boolean {
  let ok = true;
  node.traverse((n) => {
    if (n.type === 'FunctionNode') {
      const fn = (n as unknown as { fn: { name?: string } }).fn;
      if (fn.name === undefined || !SAFE_FUNCTIONS.has(fn.name)) ok = false;
    } else if (!['OperatorNode', 'ConstantNode', 'SymbolNode', 'ParenthesisNode'].includes(n.type)) {
      ok = false;
    }
  });
  return ok;
}

function toPair(value: unknown): { re: number; im: number } | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : { re: value, im: 0 };
  if (isComplex(value)) {
    const c = value as { re: number; im: number };
    return Number.isFinite(c.re) && Number.isFinite(c.im) ? { re: c.re, im: c.im } : null;
  }
  return null;
}

/** Parses mathjs syntax into a safe evaluator; null when the text is not plain arithmetic. Results are memoised. */
export function parseMathExpr(text: string): ParsedExpr | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let parsed: ParsedExpr | null = null;
  try {
    const node = parse(text);
    if (isSafe(node)) {
      const variables = [
        ...new Set(
          node
            .filter((n) => n.type === 'SymbolNode')
            .map((n) => (n as unknown as { name: string }).name)
            .filter((name) => !CONSTANTS.has(name) && !SAFE_FUNCTIONS.has(name)),
        ),
      ].sort();
      const code = node.compile();
      parsed = {
        variables,
        evaluate: (scope) => {
          try {
            return toPair(code.evaluate({ ...scope }));
          } catch {
            return null;
          }
        },
      };
    }
  } catch {
    parsed = null;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/** Whether two values agree within `tol`, relative to the second one's size when it is above 1. */
export function closeTo(a: { re: number; im: number }, b: { re: number; im: number }, tol: number): boolean {
  if (!Number.isFinite(a.re) || !Number.isFinite(b.re)) return a.re === b.re && a.im === b.im;
  const scale = Math.max(1, Math.hypot(b.re, b.im));
  return Math.hypot(a.re - b.re, a.im - b.im) <= tol * scale;
}

/**
 * Symbolic equality by evaluation: both expressions agree (relative 1e-6) at several seeded random points of their
 * variables; points where either is undefined are skipped, and at least three must remain. Falls back to
 * `simplify(a - b) == 0` when too few points are defined.
 */
export function sameFunction(a: ParsedExpr, b: ParsedExpr, textA: string, textB: string): boolean {
  const names = [...new Set([...a.variables, ...b.variables])];
  const rng = createRng(`mathEquivalent|${names.join(',')}`);
  let defined = 0;
  for (let k = 0; k < 8; k++) {
    const scope = Object.fromEntries(names.map((n) => [n, 0.3 + 2.2 * rng.next()]));
    const va = a.evaluate(scope);
    const vb = b.evaluate(scope);
    if (va === null || vb === null || !Number.isFinite(va.re) || !Number.isFinite(vb.re)) continue;
    if (!closeTo(va, vb, 1e-6)) return false;
    defined++;
  }
  if (defined >= 3) return true;
  try {
    return simplify(`(${textA}) - (${textB})`).toString() === '0';
  } catch {
    return false;
  }
}
